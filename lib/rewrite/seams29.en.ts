/**
 * rwen29: English alternatives read at their seams, by kind (late28's Apply-all rows a person judged wrong or awkward at the
 * session's start). An after-reader (engine.ts's AFTER_READERS, right before applied21's pass), over the whole list:
 *
 * - **an apology said more than once, then thanked for** ("sorry sorry sorry for the wait" -> "Sorry thank you for your
 *   patience"; "Sorry, sorry for the delay" -> "Sorry, thank you …"): the thanks takes the whole apology, its repetitions, its
 *   intensifiers and its subject ("I'm so sorry, sorry for …"), and the suggestions inside it go ("sorry sorry" -> "sorry");
 *   with an intensifier the thanks is the rule's own "thank you so much". An intensifier or a subject alone before one apology
 *   is seams28's advice, as before;
 * - **blame about the past made an instruction** ("You should have told us about the tent earlier, …" -> "Next time, just let
 *   us know about the tent earlier, …"): "next time, just let us know" reads where nothing of this case follows ("You should have contacted us first.", "… within 48
 *   hours of delivery"); with a thing of this case ("about the tent"), a time before now ("earlier", "sooner", "before the
 *   day") or what it would have changed ("…, so we could have held it") after it, it is advice;
 * - **an offer blank before the sentence that restates the rule** ("… excluded under section 4.2. What we can do is ___.
 *   That's how we handle this …"): where the next sentence is itself a policy or refusal flag ("We can't X. We can't Y either."),
 *   or says "that's the policy / the rules / how it works", the blank would interrupt the refusal: the earlier template becomes
 *   advice, and the offer, if any, comes after the last one; so does a blank where the next words name who does it instead
 *   ("the flowers aren't something we handle 😕 the florist does those directly");
 * - **a hedge left before a recommendation** ("I think you'll have to contact the council" -> "I think I'd recommend reaching
 *   out …"): the recommendation takes the hedge ("I think / I guess / I reckon / probably"), with the suggestions inside it;
 *   in a sentence that ends with "?" (an unsure question) it is advice.
 */
import type { Suggestion } from './engine.ts';
import { asAdvice } from './advice.ts';

const APOLOGY_WORD = String.raw`(?:sorry|soz|sry|apologies|my apologies)`;
/** (perfen31) Built once (it was built at every call). */
const APOLOGY_WORD_RE = new RegExp(APOLOGY_WORD, 'i');
const INTENSIFIER = String.raw`(?:so+|very|really|truly|terribly|awfully|extremely|super|deeply|so so)`;
/** An apology's head right before the thanked apology: subject, intensifiers and at least one more apology word. */
const APOLOGY_HEAD = new RegExp(
  String.raw`(?:\b(?:i['’]?m|im|i am|we['’]?re|we are)\s+)?(?:(?:${INTENSIFIER})[\s,]+)*(?:${APOLOGY_WORD}(?:[\s,.!…]+|$)(?:(?:${INTENSIFIER})[\s,]+)*)+$`,
  'i',
);
const HAS_INTENSIFIER = new RegExp(String.raw`\b${INTENSIFIER}\b`, 'i');

/** The hedge before "you'll have to contact …". */
const HEDGE_BEFORE = /\b(?:i\s+(?:think|guess|reckon|suppose|believe|imagine|feel)|i['’]?d\s+(?:think|say|guess)|probably|maybe|perhaps)(?:\s+that)?[\s,]*$/i;

/** The rest of a should-have's clause tied to this case's past: a time before now, a thing of this case ("about the tent"). */
const PAST_BOUND = /\b(?:earlier|sooner|beforehand|in advance|in time|at the time|already|then|yesterday|last\s+\w+|ago|before\s+(?:the|you|we|it|this|that|your)\b|about\s+(?:the|your|this|that|those|these|it|them|his|her|their|any|an?)\b|that\b)/i;
/** What it would have changed, said after it ("…, so we could have held the room"). */
const COUNTERFACTUAL_AFTER = /\b(?:could|would|might)(?:\s+(?:have|['’]ve|of))\b|\b(?:could|would)['’]?ve\b/i;

/** Who does it instead, named right after the refusal ("… 😕 the florist does those directly", "the council handles that"). */
const HANDLER_NAMED = /\b(?:the|your|their|our) (?:[a-z-]+ ){0,2}(?:does|do|handles?|deals? with|takes? care of|looks? after|sorts?|arranges?|manages?) (?:those|these|that|this|it|them|all (?:of )?th(?:ose|ese|at))\b|\b(?:that['’]?s|that is|it['’]?s|it is|they['’]?re|they are) (?:handled|done|dealt with|arranged|sorted|looked after|taken care of) (?:directly )?by\b/i;

/** The next sentence restating the rule. */
const RULE_RESTATED = /^\s*(?:that['’]?s|thats|that is|this is|it['’]?s|its|it is)\s+(?:just\s+)?(?:(?:the|our|company|store|shop|club)\s+)*(?:policy|policies|rules?|terms)\b|^\s*(?:that['’]?s|thats|that is|it['’]?s|its)\s+(?:just\s+)?how\s+(?:it|things|our policy)\s+(?:works?|is|are)\b|^\s*rules\s+are\s+rules\b/i;

/** The sentence's text before `at` (back to the last sentence end or line; at most 300 characters). */
export function headOf(draft: string, at: number): string {
  let k = at;
  const lim = Math.max(0, at - 300);
  while (k > lim && !/[.!?\n]/.test(draft[k - 1])) k--;
  return draft.slice(k, at);
}

/** The end of the sentence that starts at or after `from` (its closing mark included), within its paragraph. */
function sentenceEnd(draft: string, from: number): number {
  const m = /[.!?]+|\n/.exec(draft.slice(from));
  return m ? from + m.index + m[0].length : draft.length;
}

const atSentenceHead = (draft: string, at: number) => /(?:^|[.!?\n]\s*)$/.test(draft.slice(Math.max(0, at - 20), at));
const capitalise = (s: string) => s.replace(/^(\s*)([a-z])/, (_, a: string, b: string) => a + b.toUpperCase());

/** A suggestion widened to [start, s.end) with a replacement, flagged over the whole. */
function widened(draft: string, s: Suggestion, start: number, rep: string): Suggestion {
  return { ...s, start, original: draft.slice(start, s.end), flagged: { start: Math.min(start, s.flagged.start), end: s.flagged.end }, replacements: [rep] };
}

export function seams29En(draft: string, list: Suggestion[]): Suggestion[] {
  if (!list.some((s) => s.language === 'en' && s.kind !== 'advice')) return list;
  let changed = false;
  let out = list.slice();
  const drop = new Set<Suggestion>();
  for (let i = 0; i < out.length; i++) {
    const s = out[i];
    if (s.language !== 'en' || s.kind === 'advice' || drop.has(s)) continue;
    const r0 = s.replacements[0] ?? '';
    // An apology said more than once, thanked for.
    if (s.kind === 'rewrite' && /^\s*thank/i.test(r0) && /\b(?:sorry|soz|sry|apologi[sz]e|apologies)\b/i.test(s.original)) {
      const head = headOf(draft, s.start);
      const m = APOLOGY_HEAD.exec(head);
      if (m && APOLOGY_WORD_RE.test(m[0])) {
        const start = s.start - head.length + m.index;
        let rep = r0;
        if (HAS_INTENSIFIER.test(m[0]) && !/\bso much\b/i.test(rep)) rep = rep.replace(/^(\s*thank you)\b/i, '$1 so much');
        rep = atSentenceHead(draft, start) ? capitalise(rep) : rep.replace(/^(\s*)T/, '$1t');
        out[i] = widened(draft, s, start, rep);
        for (const o of out) if (o !== s && o !== out[i] && o.start < s.end && start < o.end) drop.add(o);
        changed = true;
        continue;
      }
    }
    // Blame about the past made an instruction: only where the should-have ends its sentence.
    if (s.kind === 'rewrite' && /^\s*next time\b/i.test(r0) && /\bshould/i.test(s.original)) {
      const rest = /^[^.!?\n]*/.exec(draft.slice(s.end))?.[0] ?? '';
      const clause = rest.split(/[,;:\u2013\u2014]/)[0];
      if (PAST_BOUND.test(clause) || COUNTERFACTUAL_AFTER.test(rest)) {
        out[i] = asAdvice(draft, s);
        changed = true;
        continue;
      }
    }
    // An offer blank before the sentence that restates the rule.
    if (s.kind === 'template' && /(?:^|[.!?]\s+|,\s*but\s+)what (?:i|we) can do is ___/i.test(r0)) {
      const end = sentenceEnd(draft, s.flagged.end);
      const nextEnd = sentenceEnd(draft, end);
      const next = draft.slice(end, nextEnd);
      const sameParagraph = !/\n\s*\n/.test(draft.slice(s.flagged.end, end));
      const handler = HANDLER_NAMED.test(draft.slice(s.flagged.end, sameParagraph ? nextEnd : end));
      if (handler || (sameParagraph && next.trim())) {
        const flaggedNext = out.some((o) => o !== s && o.language === 'en' && o.start >= end && o.start < nextEnd && (o.category === 'policy' || o.category === 'cant-wont'));
        if (handler || flaggedNext || RULE_RESTATED.test(next)) {
          out[i] = asAdvice(draft, s);
          changed = true;
          continue;
        }
      }
    }
    // A hedge left before a recommendation.
    if (s.kind === 'rewrite' && /^\s*i['’]d recommend\b/i.test(r0)) {
      const head = headOf(draft, s.start);
      const m = HEDGE_BEFORE.exec(head);
      if (m) {
        if (/^[^.!\n]*\?/.test(draft.slice(s.end))) {
          out[i] = asAdvice(draft, s);
          changed = true;
          continue;
        }
        const start = s.start - head.length + m.index;
        const rep = atSentenceHead(draft, start) ? capitalise(r0) : r0;
        out[i] = widened(draft, s, start, rep);
        for (const o of out) if (o !== s && o !== out[i] && o.start < s.end && start < o.end) drop.add(o);
        changed = true;
      }
    }
  }
  if (drop.size) out = out.filter((o) => !drop.has(o));
  return changed ? out : list;
}
