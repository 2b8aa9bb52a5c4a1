/**
 * Writes the agent asked for (apply one suggestion, apply all, insert an article link), sent to
 * the page with the draft version they were computed on. When no write strategy applies the
 * text goes to the clipboard, and the panel says so.
 */
import { useCallback } from 'react';
import type { Translate } from '../../../lib/i18n/index.ts';
import type { KbArticle } from '../../../lib/kb/index.ts';
import { formatLinkForInsert } from '../../../lib/kb/index.ts';
import type { PageState, WriteOp, WriteResult } from '../../../lib/messaging/protocol.ts';
import type { Suggestion } from '../../../lib/rewrite/index.ts';
import type { ApplyAllPlan } from '../../../lib/rewrite/applyall.ts';
import type { Notify } from './useData.ts';
import type { PageRequest } from './usePageState.ts';

export function useWriter(request: PageRequest, page: PageState | null, t: Translate, notify: Notify) {
  const draftVersion = page?.draftVersion;
  const write = useCallback(
    async (op: WriteOp, fallbackText: string) => {
      const res: WriteResult | null = await request('page.write', { write: op, draftVersion }).catch(() => null);
      if (res?.ok) {
        notify(null);
        return true;
      }
      try {
        await navigator.clipboard.writeText(fallbackText);
        notify({ kind: 'info', text: t('core.write.copied') });
      } catch {
        notify({ kind: 'error', text: t('core.write.failed', { reason: res?.error ?? t('core.write.noEditor') }) });
      }
      return false;
    },
    [request, draftVersion, t, notify],
  );
  const onApply = useCallback(
    (s: Suggestion, i: number) => void write({ op: 'replace', start: s.start, end: s.end, expected: s.original, text: s.replacements[i] ?? s.replacements[0] }, s.replacements[i] ?? ''),
    [write],
  );
  // Called after the agent confirmed the preview: exactly the edits it showed.
  const onApplyAll = useCallback((plan: ApplyAllPlan) => void write({ op: 'replaceMany', edits: plan.edits }, plan.result), [write]);
  const rich = page?.editor.rich ?? false;
  const onInsertArticle = useCallback(
    (a: KbArticle) => void write({ op: 'link', title: a.title, url: a.url }, formatLinkForInsert(a, rich ? 'rich' : 'plain').text),
    [write, rich],
  );
  return { onApply, onApplyAll, onInsertArticle };
}
