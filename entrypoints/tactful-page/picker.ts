/**
 * "Point at it": outlines the element under the pointer and reports the one the agent clicks.
 * The outline lives in our own closed shadow root, never inside the host's editor; Escape cancels.
 * Only the agent's own input counts: events the page makes up (`isTrusted` false) are ignored, so
 * a page cannot teach Tactful a place by dispatching a click.
 */
export interface PickerHandle {
  stop(): void;
}

export function mountPicker(doc: Document, allowed: (el: Element) => boolean, onPick: (el: Element) => void, onCancel: () => void): PickerHandle {
  const host = doc.createElement('tactful-picker');
  const shadow = host.attachShadow({ mode: 'closed' });
  const box = doc.createElement('div');
  box.setAttribute('style', 'position:fixed;pointer-events:none;z-index:2147483647;border:2px solid #7c3aed;background:rgba(124,58,237,.12);border-radius:4px;display:none;');
  shadow.appendChild(box);
  doc.documentElement.appendChild(host);
  let current: Element | null = null;

  const move = (e: MouseEvent) => {
    if (!e.isTrusted) return;
    const el = doc.elementFromPoint(e.clientX, e.clientY);
    if (!el || el === host || !allowed(el)) return;
    current = el;
    const r = el.getBoundingClientRect();
    box.style.display = 'block';
    box.style.left = `${r.left}px`;
    box.style.top = `${r.top}px`;
    box.style.width = `${r.width}px`;
    box.style.height = `${r.height}px`;
  };
  const click = (e: MouseEvent) => {
    if (!e.isTrusted || !current) return;
    e.preventDefault();
    e.stopPropagation();
    const picked = current;
    stop();
    onPick(picked);
  };
  const key = (e: KeyboardEvent) => {
    if (e.isTrusted && e.key === 'Escape') {
      stop();
      onCancel();
    }
  };
  const stop = () => {
    doc.removeEventListener('mousemove', move, true);
    doc.removeEventListener('click', click, true);
    doc.removeEventListener('keydown', key, true);
    host.remove();
  };
  doc.addEventListener('mousemove', move, true);
  doc.addEventListener('click', click, true);
  doc.addEventListener('keydown', key, true);
  return { stop };
}
