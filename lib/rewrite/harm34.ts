/**
 * harm34 (thirty-fourth session): an offer blank where the draft already gives the way forward, in both languages.
 *
 * The blind readers' wrong and awkward rows of late27-late33, re-run on this code, showed one kind in every split from
 * late27 on, in English and in Persian: a refusal's template that adds "What we can do is ___" / «ولی کاری که می‌شه کرد
 * اینه که ___» when the agent has already said what the customer can do, in the rest of the sentence or in the next one:
 * a question that offers ("next one at 4.15 has heaps of room, want me to move ya?", "2nd or 3rd ok?"), an alternative
 * ("They are most welcome to join the Scratch group", «سانسش رو میشه عوض کرد»), a step of the agent's or of someone
 * named («شنبه اول وقت در خدمتیم», «فردا صبح اکیپ میاد», "The coordinator will meet you at 1400"), or a request to the
 * customer («یه ساعت دیگه امتحان کنید», «با شرکت … تماس بگیرین»). The blank then offers a second way forward that the
 * draft contradicts or repeats, and Apply all leaves the blank after the offer ("…، بیا برات مُزنیم، ولی کاری که … ___").
 * seams30.en.ts and wrong31.fa.ts read narrower forms of it (an "I/we can" next sentence; a request inside the refusal's
 * own words); this reads the rest of the sentence and the next sentence of the same paragraph, for every offer blank.
 *
 * The suggestion stays, as advice over the same words (a guard changes the kind, never whether a sentence is flagged).
 * An after-reader, last in engine.ts's AFTER_READERS. Look-alikes and contrasts: tests/unit/rewrite/harm34.test.ts.
 */
import type { Suggestion } from './engine.ts';
import { asAdvice } from './advice.ts';
import { faFold } from './guard.fa.text.ts';
import { tokenize } from '../nlp/index.ts';

/** An English offer blank: the template adds a way forward for the agent to fill. */
const EN_OFFER_BLANK = /\b(?:what (?:i|we|you) (?:can do|do offer) is ___|but ___ (?:is|are)\b)/i;
/** A Persian offer blank: «کاری که … ___», «آنچه … ___», «ولی/اما ___», «ولی می‌تونیم ___». */
const FA_OFFER_BLANK = /(?:کاری که|آنچه|اونچه)[^_]*___|(?:ولی|اما)[\s\u200c]+(?:(?:می|مي)[\s\u200c]?(?:تونیم|توانیم|تونم|توانم)[\s\u200c]+)?___/;

/**
 * The customer's way forward, said in English: a question that offers, an alternative that is open, a step of the
 * agent's or of someone named, a request to come back. Negated forms are left out ("you can't", "won't be in touch").
 */
const EN_WAY =
  /\b(?:(?:do )?(?:you )?want me to|would you like|shall (?:i|we)|should i|fancy|how about|what about|(?:is|are|would) [^.?!\n]{0,30}(?:ok|okay|alright|fine|suit you|work for you)\s*\?|(?:ok|okay)\s*\?|(?:has|have) (?:heaps|plenty|lots|loads|a lot) of (?:room|space|seats|spaces|availability)|(?:is|are) (?:still )?(?:open|available|free) (?:on|for|from|at|in|to)\b|(?:most |very |more than )?welcome to (?:join|book|come|try|use|bring|call|pop)|(?:you|they) (?:can|could) (?!not\b|never\b|only\b)(?:still |also |always |just )?[a-z]+|will (?:meet|call|ring|contact|email|text|collect|see|greet|bring|send|deliver|take) you\b|(?:drop|give) (?:me|us) a (?:line|call|ring|shout|message)|(?:pop|come) (?:back|in|by|round)\b|(?:try|call|ring) (?:again|back|us|me)\b|get (?:back )?in touch\b|instead\b)/i;

/**
 * The customer's way forward, said in Persian (folded, spaced): a positive "can" («میشه عوض کرد», «می‌تونید»), a request
 * to come, call or try («مراجعه کنید», «تماس بگیرین», «امتحان کنید», «بیا»), the service's coming step («در خدمتیم», «اکیپ
 * میاد», «تحویل … داده میشود», «اطلاع داده می‌شود»), or someone else who does it («واحد اسناد … انجام می‌دهد»).
 */
const FA_WAY = new RegExp(
  [
    // a positive "can": «میشه/می‌شه/می‌شود … کرد», «می‌تونید/می‌توانید/میتونین» (no «ن» before: «نمیشه» is the refusal)
    String.raw` (?:می|مي) ?(?:تونید|تونین|توانید|تونی|توانی)(?: |$)`,
    String.raw` (?:\S+ ){1,3}(?:رو |را )?(?:می|مي) ?(?:شه|شود) (?:\S+ )?(?:کرد|گرفت|داد|زد|خرید|رزرو کرد)(?: |$)`,
    // a request to come, call, try, follow up, be in touch (formal, colloquial, Dari, southern spellings)
    String.raw` (?:تماس|زنگ|مراجعه|امتحان|پیگیری|سر|تشریف) (?:\S+ )?(?:بگیرید|بگیرین|بگیر|بزنید|بزنین|بزن|کنید|کنین|بکنید|بکنین|فرمایید|بفرمایید|بیارید|بیارین|بیاورید|نمایید|شوید)(?: |$)`,
    String.raw` (?:بیا|بیاین|بیایید|بیاید|برید|بروید|برین)(?: |$)`,
    // the service's coming step
    String.raw` در خدمت(?:یم|یم|تون|تان|م)(?: |$)`,
    String.raw` (?:اکیپ|مامور|مأمور|تکنسین|پیک|ماشین|راننده|همکارم|همکارمون|همکاران)\S* (?:\S+ ){0,3}(?:میاد|میاید|می آید|میآید|خواهد آمد|مراجعه می ?کنه|مراجعه می ?کند)(?: |$)`,
    String.raw` (?:تحویل|اطلاع|ارسال|خبر) (?:\S+ ){0,3}(?:داده|رسانده) (?:می ?شود|میشه|می شه|خواهد شد)(?: |$)`,
    String.raw` (?:خیالت|خیالتون|خیالتان) راحت`,
    // a first-person plural step in the present/future (colloquial «میذاریمتون», southern «مُزنیم»)
    String.raw` (?:می|مي) ?(?!(?:دونیم|دانیم|فهمیم|خواستیم|خواهیم|تونستیم|توانستیم|کردیم|شدیم|بودیم|گفتیم|دونستیم|دانستیم)(?: |$))\S{2,}(?:یم|یمتون|یمتان|یمش|یمت)(?: |$)`,
    String.raw` م(?:زنیم|دیم|کنیم|گیریم|ذاریم|فرستیم|رسونیم)(?: |$)`,
    // someone else who does it: «… واحد اسناد … انجام می‌دهد»
    String.raw` (?:واحد|بخش|دفتر|شعبه|صندوق|آژانس|شرکتی) (?:\S+ ){0,6}(?:انجام (?:می ?دهد|می ?ده|می ?دن|میدن)|رسیدگی (?:می ?کند|می ?کنه|می ?کنن))(?: |$)`,
    String.raw` بهتر(?:ه| است) (?:\S+ ){0,4}(?:تماس|مراجعه|زنگ)`,
  ].join('|'),
);

/** The end of the sentence holding `from` (its end marks included), within its line; a mark inside a number or a time ("4.15") ends nothing. */
function sentenceEnd(draft: string, from: number): number {
  const m = /[.!?؟]+(?=\s|$)|\n/.exec(draft.slice(from, from + 600));
  return m ? from + m.index + (m[0] === '\n' ? 0 : m[0].length) : Math.min(draft.length, from + 600);
}

/** The rest of the sentence after `from` and the next sentence of the same paragraph (nothing past a blank line). */
function restAndNext(draft: string, from: number): string {
  const end = sentenceEnd(draft, from);
  const gap = /^[ \t]*\n?[ \t]*/.exec(draft.slice(end, end + 80))?.[0] ?? '';
  const nextFrom = end + gap.length;
  if (nextFrom >= draft.length || draft[nextFrom] === '\n' || draft[nextFrom] === '>') return draft.slice(from, end);
  return draft.slice(from, sentenceEnd(draft, nextFrom));
}

const spacedFa = (raw: string): string =>
  ` ${faFold(raw).replace(/\u200c/g, ' ').replace(/[.،,!؛;:؟?«»"()]/g, ' ').replace(/[\u{1F300}-\u{1FAFF}\u{2600}-\u{27BF}]/gu, ' ').replace(/\s+/g, ' ').trim()} `;

/** An English negation: where the refusal's own words end and what it says after may begin. */
const EN_NEG = /\b(?:can(?:no|['’])t|cant|won['’]?t|don['’]?t|dont|doesn['’]?t|isn['’]?t|aren['’]?t|not|never|no|unable|unavailable)\b/i;

/**
 * Where to read for a way forward: past the refusal's first negated word. A template's flagged span can run to its
 * sentence's end ("I can't reset it from here, drop me a line once you're at your desk"), so its own words count too.
 */
function readFrom(draft: string, s: Suggestion): number {
  // At most 600 characters: a run-on's clause-long spans are each read a window, not the draft (linear33).
  const span = draft.slice(s.flagged.start, Math.min(s.flagged.end, s.flagged.start + 600));
  if (s.language === 'en') {
    const m = EN_NEG.exec(span);
    return m ? s.flagged.start + m.index + m[0].length : s.flagged.end;
  }
  const neg = tokenize(span).find((t) => t.word && t.neg);
  return neg ? s.flagged.start + neg.end : s.flagged.end;
}

/** Whether a template offers a blank where the draft already gives the customer's way forward. */
export function blankAfterWayForward34(draft: string, s: Suggestion): boolean {
  if (s.kind !== 'template' || !s.replacements.length) return false;
  const r0 = s.replacements[0];
  if (!r0.includes('___')) return false;
  if (s.language === 'en') {
    if (!EN_OFFER_BLANK.test(r0)) return false;
    return EN_WAY.test(restAndNext(draft, readFrom(draft, s)));
  }
  if (s.language === 'fa') {
    if (!FA_OFFER_BLANK.test(r0)) return false;
    return FA_WAY.test(spacedFa(restAndNext(draft, readFrom(draft, s))));
  }
  return false;
}

/**
 * "No problem" that says the customer's worry is no problem ("About the brake noise: no problem, it is just the pads";
 * "No problem, site is down only 10 minutes"; "That's no problem, people mix that up all the time"): "of course" answers
 * a request, and here none was made. Read by what follows: a statement that the thing is minor, normal or common.
 */
const NO_PROBLEM = /^\s*(?:of course)\b/i;
const MINOR_AFTER =
  /^[^.!?\n]{0,60}?\b(?:(?:is|are|it['’]s|its|that['’]s)\s+(?:(?:completely|totally|perfectly|quite|very|really|pretty)\s+)?(?:just|only|normal|common|usual|expected|harmless|safe|nothing)|just\s+(?:the|a|an|some)\b|only\s+\d|(?:is|are)\s+\w+\s+only\b|all the time|happens|(?:very|quite|really|totally|perfectly)\s+(?:normal|common|usual)|nothing to worry)/i;

function reassuranceMadeConsent(draft: string, s: Suggestion): boolean {
  if (s.language !== 'en' || s.kind !== 'rewrite' || !s.replacements.length || !NO_PROBLEM.test(s.replacements[0])) return false;
  if (!/\b(?:no|not a) problem\b/i.test(s.original)) return false;
  return MINOR_AFTER.test(draft.slice(s.end, s.end + 200).replace(/^[\s,;:]*(?:sorry[,!]*\s*)?/i, ''));
}

export function harm34(draft: string, list: Suggestion[]): Suggestion[] {
  if (!list.some((s) => s.kind === 'template' || s.kind === 'rewrite')) return list;
  let out: Suggestion[] | null = null;
  for (let i = 0; i < list.length; i++) {
    const s = list[i];
    if (!blankAfterWayForward34(draft, s) && !reassuranceMadeConsent(draft, s)) continue;
    out ??= list.slice();
    out[i] = asAdvice(draft, s);
  }
  return out ?? list;
}
