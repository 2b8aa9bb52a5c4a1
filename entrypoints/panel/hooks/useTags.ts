/** Root-cause tags of the conversation: which are set, the likely one, and a click with its undo toast. */
import { useCallback, useEffect, useMemo, useState } from 'react';
import { send } from '../../../lib/messaging/client.ts';
import type { Translate } from '../../../lib/i18n/index.ts';
import { suggestTag, type Taxonomy } from '../../../lib/tags/index.ts';

export function useTags(conversation: string, site: string, customerText: string, taxonomy: Taxonomy | null, t: Translate) {
  const [active, setActive] = useState<Set<string>>(new Set());
  const [undo, setUndo] = useState<{ label: string; onUndo(): void } | null>(null);
  useEffect(() => {
    if (!conversation) return;
    setUndo(null);
    void send('tags.forConversation', { conversation }).then((ids) => setActive(new Set(ids))).catch(() => {});
  }, [conversation]);
  const suggested = useMemo(() => {
    const s = customerText && taxonomy ? suggestTag(customerText, taxonomy) : null;
    return s ? { tagId: s.tagId, evidence: s.evidence } : null;
  }, [customerText, taxonomy]);
  const onToggle = useCallback(
    async (tagId: string) => {
      if (!conversation) return;
      const res = await send('tags.toggle', { tagId, conversation, site });
      setActive(new Set(res.active));
      setUndo({
        label: t(res.action === 'add' ? 'core.tag.added' : 'core.tag.removed'),
        onUndo: async () => {
          await send('tags.restore', { events: res.undo });
          setActive(new Set(await send('tags.forConversation', { conversation })));
          setUndo(null);
        },
      });
    },
    [conversation, site, t],
  );
  return { active, undo, suggested, onToggle };
}
