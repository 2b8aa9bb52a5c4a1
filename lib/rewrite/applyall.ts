/**
 * Apply all, planned before anything is written: which suggestions it takes (rewrites only,
 * never a template, advice or anything touching quoted text), the exact edits for the page, and
 * the whole draft after them with every change marked, for the agent to read and confirm.
 */
import { overlapsAny, type TextRange } from '../text/quotes.ts';
import { TEMPLATE_BLANK } from './blank.ts';
import { sharesCapital, type Suggestion } from './engine.ts';

export { TEMPLATE_BLANK };

export interface PlannedEdit {
  start: number;
  end: number;
  /** The text [start, end) holds now: the page refuses the edit if it moved away. */
  expected: string;
  text: string;
}

/** A piece of the draft after Apply all: unchanged text, quoted text, or a change. */
export interface PreviewPiece {
  kind: 'same' | 'quote' | 'change';
  /** The text as it will read. */
  text: string;
  /** For a change: the text it replaces ('' for a pure insertion). */
  removed?: string;
}

export interface ApplyAllPlan {
  edits: PlannedEdit[];
  /** The whole draft after the edits. */
  result: string;
  pieces: PreviewPiece[];
  /** Suggestions Apply all leaves to the agent (templates, advice, overlapping or stale ones). */
  skipped: number;
}

/**
 * Whether text written at the end of `out` starts a sentence: at the draft's start, after a line
 * break, or after . ! ? (and closing quotes) and a space. Looks at the tail only.
 */
function atSentenceStart(out: string): boolean {
  let i = out.length;
  while (i > 0 && /[ \t\u00a0]/.test(out[i - 1])) i--;
  if (i === 0 || out[i - 1] === '\n') return true;
  if (i === out.length) return false;
  let j = i;
  while (j > 0 && /["'’”)\]]/.test(out[j - 1])) j--;
  return j > 0 && /[.!?…]/.test(out[j - 1]);
}

/**
 * Every rewrite's first replacement, left to right. A word that ends up starting a sentence (after
 * a deleted "Unfortunately,") gets its capital, whether it is the next replacement or draft text.
 */
export function planApplyAll(draft: string, suggestions: readonly Suggestion[], quotes: readonly TextRange[] = []): ApplyAllPlan {
  const list = [...suggestions].sort((a, b) => a.start - b.start);
  const edits: PlannedEdit[] = [];
  const pieces: PreviewPiece[] = [];
  let out = '';
  let pos = 0;
  let skipped = 0;
  const keep = (upTo: number) => {
    if (upTo > pos) {
      pushSame(pieces, draft, pos, upTo, quotes);
      out += draft.slice(pos, upTo);
    }
    pos = Math.max(pos, upTo);
  };
  for (let n = 0; n < list.length; n++) {
    const s = list[n];
    const usable =
      s.kind === 'rewrite' && s.replacements.length > 0 && !s.replacements[0].includes(TEMPLATE_BLANK) && s.start >= pos && s.start <= s.end && s.end <= draft.length &&
      draft.slice(s.start, s.end) === s.original && !overlapsAny(quotes, s.start, s.end);
    if (!usable) {
      skipped++;
      continue;
    }
    keep(s.start);
    let text = s.replacements[0];
    let end = s.end;
    const next = list[n + 1];
    if (sharesCapital(s, next) && next.kind === 'rewrite' && !next.replacements[0].includes(TEMPLATE_BLANK)) {
      // The next suggestion starts at the letter this deletion capitalised: the letter is its (a
      // template or an advice is not applied here, so then the letter stays with this deletion).
      text = text.slice(0, -1);
      end--;
    }
    const atStart = atSentenceStart(out);
    if (atStart && /^[a-z]/.test(text)) text = text[0].toUpperCase() + text.slice(1);
    if (atStart && text.trim() === '') {
      // A deletion at a sentence start: the next word is the sentence's first now.
      const nextStart = n + 1 < list.length ? list[n + 1].start : Infinity;
      let k = end;
      while (k < draft.length && /[ \t\u00a0]/.test(draft[k])) k++;
      if (k < draft.length && k < nextStart && /[a-z]/.test(draft[k]) && !overlapsAny(quotes, k, k + 1)) {
        text = draft[k].toUpperCase();
        end = k + 1;
      }
    }
    edits.push({ start: s.start, end, expected: draft.slice(s.start, end), text });
    pushChange(pieces, draft.slice(s.start, end), text);
    out += text;
    pos = end;
  }
  keep(draft.length);
  return { edits, result: out, pieces, skipped };
}

function pushSame(pieces: PreviewPiece[], draft: string, a: number, b: number, quotes: readonly TextRange[]): void {
  let p = a;
  for (const [qa, qb] of quotes) {
    if (qb <= p || qa >= b) continue;
    if (qa > p) pieces.push({ kind: 'same', text: draft.slice(p, qa) });
    const e = Math.min(qb, b);
    pieces.push({ kind: 'quote', text: draft.slice(Math.max(qa, p), e) });
    p = e;
  }
  if (p < b) pieces.push({ kind: 'same', text: draft.slice(p, b) });
}

const WORD = /[\p{L}\p{N}\p{M}'’\u200c]/u;
const isWord = (ch: string | undefined) => ch !== undefined && WORD.test(ch);

/**
 * A change marked as narrowly as it reads: whole words both sides share at the start and (ignoring
 * case, so a capitalised "We" still reads as kept) at the end are shown unchanged.
 */
function pushChange(pieces: PreviewPiece[], removed: string, inserted: string): void {
  let pre = 0;
  while (pre < removed.length && pre < inserted.length && removed[pre] === inserted[pre]) pre++;
  // Never split a word ("I can't" -> "I'll" shares "I" but not the word).
  while (pre > 0 && isWord(removed[pre - 1]) && (isWord(removed[pre]) || isWord(inserted[pre]))) pre--;
  let suf = 0;
  while (
    suf < removed.length - pre && suf < inserted.length - pre &&
    removed[removed.length - 1 - suf].toLowerCase() === inserted[inserted.length - 1 - suf].toLowerCase()
  ) suf++;
  while (suf > 0 && isWord(removed[removed.length - suf]) && (isWord(removed[removed.length - suf - 1]) || isWord(inserted[inserted.length - suf - 1]))) suf--;
  if (pre > 0) pieces.push({ kind: 'same', text: inserted.slice(0, pre) });
  pieces.push({ kind: 'change', text: inserted.slice(pre, inserted.length - suf), removed: removed.slice(pre, removed.length - suf) });
  if (suf > 0) pieces.push({ kind: 'same', text: inserted.slice(inserted.length - suf) });
}
