/**
 * The twenty-fifth session's English readings (rwen25, issue 12).
 *
 * - **"do my / our best" for a result for this customer** (`bestForCustomer`, read by constructions.en.ts's readBestEffort and
 *   by guard.ts): "I'll do my best to have your car ready by 5" is the same hedge as "I'll try" (the lead's decision): advice,
 *   never a rewrite into "I will" (a promise). The packs' "I'll try my best / hardest" -> "I'll do my best" is withheld (advice)
 *   where the sentence then reads as that hedge.
 */
import { analyzeSentenceTokens, type Token } from '../../nlp/index.ts';
import { nextWord, words } from './en.ts';

/** Verbs of help in general: "I'll do my best to assist / help / resolve …" is how calm assistants offer help (Bitext). */
const HELP_VERBS = words('assist help support address resolve answer accommodate provide ensure guide handle respond serve meet satisfy understand explain make keep expedite prioritise prioritize process investigate facilitate fulfil fulfill');
/** Words that name when ("by Friday", "before 6", "today", "this week"): a result promised for a time. */
const BEST_WHEN = words(`
  today tonight tomorrow asap monday tuesday wednesday thursday friday saturday sunday weekend christmas morning afternoon evening
  week month
`);
/**
 * rwen25: "I'll / we'll do my / our best to" + a result for this customer is the same hedge as "I'll try" (the lead's decision,
 * issue 12): the verb phrase after "to", up to the clause's end, names the customer ("you / your / u / ur") or a time ("by
 * Thursday", "before the weekend", "today"), and its verb is not one of general help ("to assist you", "to resolve your
 * concerns promptly": every Bitext response). A help verb with a time still counts ("to resolve this by Monday").
 */
export function bestForCustomer(toks: Token[], v: number): boolean {
  const verb = toks[v];
  if (!verb || !verb.word) return false;
  let you = false;
  let when = false;
  for (let k = v + 1; k < toks.length && k < v + 16; k++) {
    const t = toks[k];
    if (!t.word) {
      if (/[,.;!?:]/.test(t.text)) break;
      continue;
    }
    if (/^(?:but|though|although|so|and|because|as|if|unless|while)$/.test(t.norm) && k > v + 1) break;
    if (/^(?:you|your|u|ur|yours)$/.test(t.norm)) you = true;
    else if (BEST_WHEN.has(t.norm) || /^(?:by|before)$/.test(t.norm) && toks[k + 1]?.word && /^(?:\d|the|end|then|close|noon|midday|lunch|tonight|tomorrow|next|this)/.test(nextNorm(toks, k))) when = true;
  }
  if (when) return true;
  return you && !HELP_VERBS.has(verb.norm) && !HELP_VERBS.has(verb.lemma);
}

function nextNorm(toks: Token[], k: number): string {
  const n = nextWord(toks, k);
  return n >= 0 && n < toks.length ? toks[n].norm : '';
}

/** Whether an English sentence holds "I'll / we'll do my / our best to" + a result for this customer (the guard's reading). */
export function hedgedBestIn(sentence: string): boolean {
  if (!/\bbest\s+to\b/i.test(sentence)) return false;
  const toks = analyzeSentenceTokens(sentence);
  for (let i = 0; i + 2 < toks.length; i++) {
    if (toks[i].norm !== 'best' || toks[i + 1].norm !== 'to') continue;
    const p = toks[i - 1]?.norm;
    const d = toks[i - 2]?.norm;
    if (/^(?:my|our)$/.test(p ?? '') && d === 'do' && bestForCustomer(toks, i + 2)) return true;
  }
  return false;
}
