/**
 * What each suggestion button says it does: "Remove “Obviously”" for a deletion (never the lone
 * capital a deletion also rewrites), the replacement text itself, or "Insert template: …".
 */
import type { Translate } from '../../lib/i18n/index.ts';
import type { Suggestion } from '../../lib/rewrite/index.ts';
import { TEMPLATE_BLANK } from '../../lib/rewrite/applyall.ts';

export interface OptionLabel {
  kind: 'remove' | 'replace' | 'template';
  /** The button's text. */
  text: string;
  /** Its accessible name: what happens to which words. */
  aria: string;
}

const squash = (s: string) => s.replace(/\s+/g, '').toLowerCase();

/** The words the rule matched (a deletion's span also takes a space and the next letter). */
export function flaggedText(draft: string, s: Suggestion): string {
  const f = s.flagged ?? s;
  return draft.slice(f.start, f.end).trim() || s.original.trim();
}

/**
 * True when replacement `r` only removes the flagged words: what is left of [start, end) outside
 * them (spaces, a re-capitalised letter) is all the replacement holds.
 */
export function isDeletion(draft: string, s: Suggestion, r: string): boolean {
  const f = s.flagged ?? s;
  const outside = draft.slice(s.start, Math.max(s.start, f.start)) + draft.slice(Math.min(s.end, f.end), s.end);
  return squash(r) === squash(outside);
}

export function optionLabel(draft: string, s: Suggestion, index: number, t: Translate): OptionLabel {
  const r = s.replacements[index] ?? '';
  const original = flaggedText(draft, s);
  if (s.kind === 'template' || r.includes(TEMPLATE_BLANK)) {
    const text = r.trim();
    return { kind: 'template', text: t('rewrite.insertTemplate', { text }), aria: t('rewrite.templateLabel', { original, text }) };
  }
  if (isDeletion(draft, s, r)) return { kind: 'remove', text: t('rewrite.removeWord', { original }), aria: t('rewrite.removeLabel', { original }) };
  const text = r.trim();
  return { kind: 'replace', text, aria: t('rewrite.applyLabel', { original, text }) };
}
