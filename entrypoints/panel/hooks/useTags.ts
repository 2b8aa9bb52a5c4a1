/**
 * Root-cause tags of the conversation: which are set (and their notes), the likely one, and a
 * click with its undo toast. The toast names the tag it changed, so a stray Alt+digit is noticed.
 */
import { useCallback, useEffect, useMemo, useState } from 'react';
import { send } from '../../../lib/messaging/client.ts';
import type { Translate, UiLang } from '../../../lib/i18n/index.ts';
import { findTag, suggestTag, tagName, type Taxonomy } from '../../../lib/tags/index.ts';

export interface TagToast {
  label: string;
  onUndo?(): void;
}

export function useTags(conversation: string, site: string, customerText: string, taxonomy: Taxonomy | null, lang: UiLang, t: Translate) {
  const [active, setActive] = useState<Set<string>>(new Set());
  const [notes, setNotes] = useState<Record<string, string>>({});
  const [undo, setUndo] = useState<TagToast | null>(null);
  useEffect(() => {
    if (!conversation) return;
    setUndo(null);
    void send('tags.forConversation', { conversation }).then((ids) => setActive(new Set(ids))).catch(() => {});
    void send('tags.notes', { conversation }).then(setNotes).catch(() => setNotes({}));
  }, [conversation]);
  const suggested = useMemo(() => {
    const s = customerText && taxonomy ? suggestTag(customerText, taxonomy) : null;
    return s ? { tagId: s.tagId, evidence: s.evidence } : null;
  }, [customerText, taxonomy]);
  const nameOf = useCallback((tagId: string) => {
    const tag = taxonomy ? findTag(taxonomy, tagId) : undefined;
    return tag ? tagName(tag, lang) : tagId;
  }, [taxonomy, lang]);
  const reload = useCallback(async () => {
    setActive(new Set(await send('tags.forConversation', { conversation })));
    setNotes(await send('tags.notes', { conversation }));
  }, [conversation]);
  const onToggle = useCallback(
    async (tagId: string) => {
      if (!conversation) return;
      const res = await send('tags.toggle', { tagId, conversation, site });
      setActive(new Set(res.active));
      const name = nameOf(tagId);
      setUndo({
        label: t(res.action === 'add' ? 'tags.bar.added' : 'tags.bar.removed', { name }),
        onUndo: async () => {
          await send('tags.restore', { events: res.undo });
          await reload();
          setUndo({ label: t(res.action === 'add' ? 'tags.bar.undoneAdd' : 'tags.bar.undoneRemove', { name }) });
        },
      });
    },
    [conversation, site, t, nameOf, reload],
  );
  const onNote = useCallback(
    async (tagId: string, note: string) => {
      if (!conversation) return;
      try {
        setNotes(await send('tags.setNote', { tagId, conversation, note }));
        setUndo({ label: t(note ? 'tags.bar.noteSaved' : 'tags.bar.noteCleared', { name: nameOf(tagId) }) });
      } catch (e) {
        setUndo({ label: String((e as Error).message ?? e) });
      }
    },
    [conversation, t, nameOf],
  );
  return { active, notes, undo, suggested, onToggle, onNote };
}
