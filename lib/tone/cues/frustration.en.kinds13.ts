/**
 * English frustration, session 13 (issue 13): kinds of misses read off late8 that are general families, each a family of
 * wordings, never one sentence. Words join frustration.ts's categories (the matcher merges them), so negation, hedges and
 * the threshold apply as before:
 * - judgement words missing from the lists: "this kind of nonsense", "careless and disrespectful", "extremely poor", "you have
 *   the nerve to", "the attitude of your staff";
 * - challenges and held-down anger: "Do you want my money or not?", "DO NOT tell me to clear my cache again", "I'm trying to
 *   stay calm here", "Is there a reason nobody can…";
 * - "how hard can it be" said of "this" or "that" (a question that is a complaint; "how hard is it to…" stays a question);
 * - a pointed demand for the company's remedy: "What are you going to do about it?";
 * - review-site threats: "on every review site", "review sites"; never coming back: "would never order again", "never using you again";
 * - "this kind of", "that sort of": a noun phrase, not the hedge "kind of" ("a bit", "sort of") it contains.
 */
import type { CueContext } from '../cue.ts';
import type { LexiconPart } from '../tokens.ts';
import type { Evidence } from '../types.ts';

// Regular expressions the functions below test per token or per character, made once (a literal inside a function is a new object each time it is reached).
const DO_WORD = /^(?:does|do)$/;
const ANYONE_WORD = /^(?:anyone|anybody)$/;
const ANOTHER_WORD = /^(?:another|more|yet)$/;

export const enKinds13Lexicon: LexiconPart = {
  'frustration.judgement': {
    nonsense: 1, 'utter nonsense': 1.2, 'complete nonsense': 1.2,
    // Judgement adjectives of conduct the lists lacked; "poor" only intensified or of an experience ("poor signal" is a fault).
    careless: 0.9, disrespectful: 1.1, 'extremely poor': 1.1, 'poor communication': 0.9, 'poor handling': 1,
    // "You have the nerve to…", "the audacity" ("the nerve of a saint" is praise).
    'the nerve to': 1.2, 'the audacity to': 1.2, 'the cheek to': 1.1,
    // The staff's manner as the reason: "because of the attitude of your staff" (0.6: "I loved the attitude of your staff").
    'the attitude of your': 0.6, 'attitude of your staff': 0.6, "your staff's attitude": 0.6, 'because of the attitude': 0.6,
  },
  'frustration.rhetorical': {
    'how hard can this be': 1.3, 'how hard can that be': 1.3, 'how difficult can this be': 1.3, 'how difficult can that be': 1.3,
    'how hard could it be': 1.2, 'how hard could this be': 1.2,
  },
  'frustration.complaint': {
    // A challenge that dares the company to want the custom: "Do you want my money or not?"
    'want my money or not': 1.2, 'want my business or not': 1.2, 'want my custom or not': 1.2, 'want customers or not': 1.1,
    // "DO NOT tell me to clear my cache again": the stock advice refused.
    'do not tell me to': 0.9, 'please do not tell me to': 0.9, 'do not ask me to': 0.6,
    // Anger held down, said: "I'm trying to stay calm here".
    // (said of now: "I was trying to stay calm on the flight" tells another time).
    'i am trying to stay calm': 1, 'i am trying to keep calm': 1, 'i am trying to remain calm': 1, 'trying to stay calm here': 1.1, 'trying very hard to stay calm': 1,
    'i am trying to be patient': 0.8, 'trying to stay calm': 0.4,
    // The script named as the answer (hyphenated words are one token): "a copy-pasted template", "an actual answer".
    'copy-pasted': 0.8, 'copy-paste': 0.7, 'cut-and-paste': 0.7, 'an actual answer': 0.7, 'an actual reply': 0.7, 'an actual response': 0.7, 'same reply i got': 0.8,
    // Loyalty answered badly, said as a statement-question: "and this is how you treat me?"
    'this is how you treat me': 1.2, 'this is how you treat': 1.1, 'how you treat loyal customers': 1.2, 'how you treat long-standing customers': 1.2,
    // Anger worn out into resignation: "I'm not even angry anymore, just tired".
    'not even angry anymore': 0.9, 'not even angry any more': 0.9, 'not even mad anymore': 0.9, 'not even annoyed anymore': 0.9, 'past being angry': 1,
    // What was agreed, denied: "That is not what I agreed to", "a fee nobody ever mentioned".
    'not what i agreed to': 0.9, 'not what we agreed': 0.9, 'nobody ever mentioned': 0.7, 'no one ever mentioned': 0.7,
    // The company's mistake named as theirs: "I'm not paying a penalty for your system's mistake".
    'for your mistake': 1, 'for your error': 1, "your system's mistake": 0.9, 'for your own mistake': 1.1, 'for your own error': 1.1,
    // "Is there a reason nobody … can": a question that is a charge.
    'is there a reason nobody': 1.1, 'is there a reason no one': 1.1, 'is there a reason why nobody': 1.1, 'is there a reason why no one': 1.1,
    'what are you going to do about it': 1, 'what are you going to do about this': 1, 'what do you intend to do about it': 1,
    'what do you intend to do about this': 1, 'what are you gonna do about it': 1,
  },
  // Sarcasm that praises the failure's size: "at this point it's almost impressive".
  'frustration.sarcasm': { 'almost impressive': 1.1, 'almost impressed': 1, 'impressively bad': 1.1 },
  'frustration.escalation': {
    'review site': 0.8, 'review sites': 0.8, 'every review site': 1.1, 'review website': 0.8, 'review websites': 0.8,
    // Never coming back, with the verb between "never" and "again".
    'never order again': 1, 'never ordering again': 1, 'never be ordering again': 1, 'never order from you again': 1.1, 'never buy from you again': 1.1,
    'never be using you again': 1.1, 'never using you again': 1.1, 'never use you again': 1.1, 'never shop here again': 1, 'never shop with you again': 1.1,
    'never fly with you again': 1.1, 'never book with you again': 1.1, 'never stay here again': 1, 'never be back': 0.9,
  },
  // Weight 0: the longest hedge match, which the shared weighing skips (the hedge "kind of" is not read inside "this kind of").
  'mod.hedge': {
    'this kind of': 0, 'that kind of': 0, 'these kind of': 0, 'those kind of': 0, 'what kind of': 0, 'the kind of': 0, 'any kind of': 0, 'some kind of': 0,
    'this sort of': 0, 'that sort of': 0, 'these sort of': 0, 'what sort of': 0, 'the sort of': 0, 'any sort of': 0, 'some sort of': 0,
  },
};

/** Verbs of a demand: "I need a date", "I expect a replacement", "I want my money". */
const DEMAND = new Set(['need', 'want', 'expect', 'like', 'require', 'asked', 'asking', 'demand', 'deserve']);
const ATTENTION = /^(?:read|reads|reading|check|checks|checking|listen|listens|listening|look|looks|open|opens)$/;

/**
 * English constructions of session 13 read from the tokens:
 * - "I need a date, not another apology", "I expect a replacement, not another form to fill in": what they want set against
 *   more of what they keep getting (0.7: never enough alone);
 * - "does anyone at your company read the tickets before closing them?": a question doubting anyone attends (1; "does anyone
 *  know…" and "did anyone read my email?" ask).
 */
export function readEnKinds13(ctx: CueContext): { score: number; evidence: Evidence[] } {
  const evidence: Evidence[] = [];
  let score = 0;
  const t = ctx.doc.tokens;
  if (ctx.fa || t.length < 4) return { score, evidence };
  for (let i = 1; i + 1 < t.length; i++) {
    if (t[i].key !== 'not' || !ANOTHER_WORD.test(t[i + 1].key)) continue;
    let demanded = false;
    for (let k = i - 1; k >= 0 && k >= i - 8 && t[k].sentence === t[i].sentence; k--) {
      if (DEMAND.has(t[k].key) && (t[k - 1]?.key === 'i' || t[k - 1]?.key === 'we' || t[k - 2]?.key === 'i' || t[k - 2]?.key === 'we')) demanded = true;
    }
    if (!demanded) continue;
    // 0.7: "I need the invoice, not another copy of the receipt" can be a calm correction; with any other sign it is pointed.
    score += 0.7;
    evidence.push(ctx.ev({ start: t[i].start, end: t[i + 1].end }, 'tone.why.complaint'));
    break;
  }
  for (const q of ctx.a.questions) {
    let opener = -1;
    for (let i = 0; i < t.length; i++) {
      if (t[i].start < q.start || t[i].end > q.end) continue;
      // "Does anyone actually read these?": frustration.ts's doubt reader weighs it (once).
      if (t[i].key === 'actually' || t[i].key === 'even') break;
      if (opener < 0 && DO_WORD.test(t[i].key) && ANYONE_WORD.test(t[i + 1]?.key ?? '')) opener = i;
      else if (opener >= 0 && i - opener <= 7 && ATTENTION.test(t[i].key)) {
        score += 1;
        evidence.push(ctx.ev({ start: t[opener].start, end: t[i].end }, 'tone.why.rhetorical'));
        return { score, evidence };
      }
    }
  }
  return { score, evidence };
}
