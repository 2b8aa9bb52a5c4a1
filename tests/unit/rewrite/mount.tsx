import { act } from 'react';
import { createRoot } from 'react-dom/client';
import { RewriteList, type RewriteListProps } from '../../../components/rewrite/RewriteList.tsx';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

/** Renders RewriteList into the test document; `rerender` swaps props, `unmount` cleans up. */
export function mountRewriteList(props: RewriteListProps) {
  const el = document.createElement('div');
  document.body.appendChild(el);
  const root = createRoot(el);
  act(() => root.render(<RewriteList {...props} />));
  return {
    el,
    rerender: (over: Partial<RewriteListProps>) => act(() => root.render(<RewriteList {...props} {...over} />)),
    unmount: () => {
      act(() => root.unmount());
      el.remove();
    },
  };
}
