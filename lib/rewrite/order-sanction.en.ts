/**
 * en38: a bare order right before the sanction that enforces it ("Bring the receipt. No receipt, no exchange.", "Must
 * bring helmet. No helmet no lesson.", "bring the receipt. no receipt no return"): the sanction sentence is flagged as an
 * obligation (constructions.en.ts), but the order one sentence before reads as a plain instruction within its own
 * sentence; the sanction after it is what makes it an order. Read across the sentence break, by kind (lib/rewrite/README.md
 * "en38": late23, late29 and late32 writers, kept in every leave-one-split-out fold).
 *
 * Only a short bare order of one of the customer's duties (bring, show, wear, carry …, "must" before it allowed) as the
 * whole sentence, no "please", no "you", no question, no condition, right before a sanction the engine already flagged as an
 * obligation ("No X(,) no Y", "Without X …"). Advice over the order with the obligation's explanation; nothing rewritten.
 */
import type { Suggestion } from './engine.ts';
import { explainGeneric } from './generic/index.ts';

const ORDER = /^(?:must\s+)?(?:bring|show|wear|carry|present|print|have|keep|book|arrive|pay|sign|fill\s+(?:in|out)|upload|send|remove|return)\b[^.!?\n]{0,60}$/i;
const NOT_BARE = /\b(?:please|pls|plz|you|u|if|when|once|unless|whether|kindly)\b|\?/i;
const SANCTION = /^\s*(?:no|without)\s+\S/i;

/** Whether [a, b) overlaps any suggestion of the list: starts sorted once, with the running maximum of their ends. */
function takenIn(list: readonly Suggestion[]): (a: number, b: number) => boolean {
  const starts = list.map((o) => [o.start, o.end] as const).sort((x, y) => x[0] - y[0]);
  const maxEnd: number[] = [];
  for (const [, e] of starts) maxEnd.push(Math.max(e, maxEnd[maxEnd.length - 1] ?? -1));
  return (a, b) => {
    // The last suggestion starting before b; any one before it that ends after a overlaps.
    let lo = 0;
    let hi = starts.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (starts[mid][0] < b) lo = mid + 1;
      else hi = mid;
    }
    return lo > 0 && maxEnd[lo - 1] > a;
  };
}

export function orderBesideSanctionEn(draft: string, list: Suggestion[]): Suggestion[] {
  let added: Suggestion[] | undefined;
  let taken: ((a: number, b: number) => boolean) | undefined;
  for (const s of list) {
    if (s.language !== 'en' || s.category !== 'commands' || !SANCTION.test(s.original)) continue;
    // The sanction opens its sentence; the order is the sentence just before it, on the same line or the line above.
    const head = draft.slice(Math.max(0, s.flagged.start - 120), s.flagged.start);
    const m = /(?:^|[.!?\n]\s*)([^.!?\n]+?)([.!]+)[ \t]*\n?[ \t]*$/.exec(head);
    if (!m) continue;
    const order = m[1].trim();
    if (!ORDER.test(order) || NOT_BARE.test(order) || /^\s*>/.test(m[1])) continue;
    const start = s.flagged.start - head.length + m.index + m[0].indexOf(m[1]) + (m[1].length - m[1].trimStart().length);
    const end = start + order.length;
    if ((taken ??= takenIn(list))(start, end) || added?.some((o) => o.start < end && start < o.end)) continue;
    const ui = /[\u0600-\u06FF]/.test(s.explanation) ? 'fa' : 'en';
    (added ??= []).push({
      ruleId: 'order-beside-sanction',
      packId: s.packId,
      kind: 'advice',
      start,
      end,
      original: draft.slice(start, end),
      flagged: { start, end },
      replacements: [],
      explanation: explainGeneric('en', 'customer-obligation', ui, draft.slice(start, end)),
      category: 'commands',
      severity: s.severity,
      language: 'en',
    });
  }
  return added ? [...list, ...added].sort((a, b) => a.start - b.start || a.end - b.end) : list;
}
