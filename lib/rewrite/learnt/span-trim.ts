/**
 * (ml32) Tighter spans for the learnt readers: the panel highlights a reader's span, so a span that runs onto a
 * neighbouring article, preposition, conjunction or object pronoun ("for the third", "Clear your", «پاسخ پیشین این واحد
 * که») shows the agent words that are fine. A span loses such words at either edge (never its last content word), and
 * a span that holds a negated verb loses the clause tail after it beyond `TAIL_KEEP` words ("we can't refund | the
 * listing fee once the ad has gone live"). Read over the language layer's tokens (lib/nlp), after the gates by kind (which
 * read the span as found). SPAN_TRIM switches it off per language (evaluation).
 */
import type { Token } from '../../nlp/index.ts';

/** Evaluation only: trim the readers' spans (on as shipped). */
export const SPAN_TRIM = { en: true, fa: true, tail: true };

/**
 * English words that carry no phrasing at a span's start (and end): a joiner or a greeting. An article, a preposition
 * or "as" there opens the phrase ("The computer says no", "To be fair", "As I stated", "handled by Apple"): the CV's
 * spans (ml32) lost their pointing word when those went.
 */
const LEAD_EN: ReadonlySet<string> = new Set(['and', 'or', 'but', 'so', 'then', 'also', 'hi', 'hello', 'dear', 'thanks', 'thank', 'well', 'ok', 'okay']);
/**
 * And at its end: an article, a demonstrative or a possessive waiting for its noun, a subordinator waiting for its
 * clause ("I hope this", "Clear your", "will see what"). A preposition at the end stays ("not down to", "refer to").
 */
const TRAIL_EN: ReadonlySet<string> = new Set([...LEAD_EN, 'the', 'a', 'an', 'this', 'that', 'these', 'those', 'my', 'our', 'their', 'his', 'her', 'its', 'some', 'any', 'which', 'who', 'what', 'when', 'if', 'once', 'because']);

/**
 * Persian (folded forms, as the layer's `norm`): at the start only a joiner or an object mark («و», «را», «که»); a
 * preposition or a demonstrative there belongs to its phrase («با دقت», «این واحد»). At the end a preposition, a
 * demonstrative or a joiner waits for its words («… این واحد که», «… بر»).
 */
const LEAD_FA: ReadonlySet<string> = new Set(['و', 'را', 'رو', 'که', 'یا', 'اما', 'ولی']);
const TRAIL_FA: ReadonlySet<string> = new Set([...LEAD_FA, 'به', 'از', 'در', 'با', 'برای', 'تا', 'این', 'آن', 'اون', 'یه', 'یک', 'ی', 'بر', 'بابت', 'اگر', 'اگه', 'چون', 'وقتی']);

/** A preposition left at the end once its object's first word went ("I apologise for | this"). */
const PREP: Record<'en' | 'fa', ReadonlySet<string>> = {
  en: new Set(['for', 'of', 'in', 'on', 'at', 'with', 'by', 'from', 'about', 'to', 'into']),
  fa: new Set(['به', 'از', 'در', 'با', 'برای', 'بر', 'بابت']),
};

/** Words kept after a negated verb: "can't refund" keeps its object's first words, not the rest of the clause. */
export const TAIL_KEEP = 3;

/**
 * The span [start, end) of a sentence trimmed at its edges: `words` are the sentence's word tokens inside the span, in
 * order. Returns the trimmed offsets, or the span as it was when trimming would leave no content word.
 */
export function trimSpan(lang: 'en' | 'fa', words: readonly Token[], contentWord: (t: Token) => boolean): [number, number] | undefined {
  if (!words.length || !(lang === 'en' ? SPAN_TRIM.en : SPAN_TRIM.fa)) return undefined;
  const lead = lang === 'en' ? LEAD_EN : LEAD_FA;
  const trail = lang === 'en' ? TRAIL_EN : TRAIL_FA;
  let a = 0;
  let b = words.length;
  // The clause tail: past the last negation (or negated verb) of the span, keep TAIL_KEEP words.
  if (SPAN_TRIM.tail) {
    let lastNeg = -1;
    for (let k = 0; k < b; k++) if (words[k].neg) lastNeg = k;
    if (lastNeg >= 0) {
      // A negator's verb comes after it in English ("not | able to refund"), in the word itself in Persian.
      let v = lastNeg;
      if (lang === 'en') for (let k = lastNeg + 1; k < Math.min(b, lastNeg + 4); k++) if (words[k].pos === 'VERB' || words[k].pos === 'ADJ') { v = k; break; }
      if (b > v + 1 + TAIL_KEEP && words.slice(a, v + 1).some(contentWord)) b = v + 1 + TAIL_KEEP;
    }
  }
  const drop = (t: Token, atEnd: boolean) => !t.neg && (atEnd ? trail : lead).has(t.norm);
  while (a < b - 1 && drop(words[a], false) && words.slice(a + 1, b).some(contentWord)) a++;
  let cut = false;
  while (b - 1 > a && (drop(words[b - 1], true) || (cut && PREP[lang].has(words[b - 1].norm))) && words.slice(a, b - 1).some(contentWord)) {
    b--;
    cut = true;
  }
  if (a === 0 && b === words.length) return undefined;
  return [words[a].start, words[b - 1].end];
}
