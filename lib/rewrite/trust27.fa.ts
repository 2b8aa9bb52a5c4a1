/**
 * Persian alternatives a person can trust (rwfa27, from the blind reading of late26's applied rows). One pass over every
 * Persian rewrite, after the packs and the other readers have built theirs, for three kinds of wrong alternative:
 *
 *  - A must made a please while an adverb that intensified the must stays behind: «الزاماً می‌بایست … مراجعه نمایید» ->
 *    «الزاماً لطفاً …». The adverb (الزاماً، حتماً، اکیداً، قطعاً، ضرورتاً، لزوماً، به هیچ وجه / عنوان, «حتماً و حتماً») goes
 *    with the must when it stands right before it (or right after «لطفاً», except «حتماً», which reads well as «لطفاً
 *    حتماً»); one further back in the clause, with other words between, leaves no clean cut: advice.
 *  - A must about time passing or a process, not an order to the customer: «باید ۲۴ ساعت از ثبت درخواست بگذره», «باید سه
 *    روز کاری طی بشه», «می‌بایست ۴۸ ساعت سپری گردد», and the impersonal «باید صبر کرد تا …», «باید منتظر ماند». There is
 *    no command to soften, and «لطفاً ۲۴ ساعت بگذره» asks the customer to make time pass: no please-rewrite, no flag
 *    from the must (another rule over the same words, a system refusing, keeps its own).
 *  - Blame made a passive that still names the customer as its doer («… توسط شما اشتباه وارد شد»): the finger stays;
 *    advice.
 *  - A reminder lead taken out while the rest points back at the message it named («… تو پیام قبلی گفتم، فاکتور توش
 *    هست»): advice.
 */
import type { Suggestion } from './engine.ts';
import { asAdvice } from './advice.ts';

import { faFold, faTokens } from './guard.fa.text.ts';
import { POINTS_BACK } from './repeat-lead.fa18.ts';

const SP = '[\\s\\u200c]';
/** An adverb that intensifies a must (tanvin optional, «ن» for the tanvin as people type it). */
const INTENSIFIER = `(?:الزام|حتم|اکید|قطع|ضرورت|لزوم)(?:اً|ا|ن|ًا)|به${SP}+هیچ${SP}+(?:وجه|عنوان)`;
/** The adverb (or «X و X») ending right before the must. */
const ADVERB_BEFORE = new RegExp(`(?:^|[\\s\\u200c،,:؛;.!؟?])((?:${INTENSIFIER})(?:${SP}+و${SP}+(?:${INTENSIFIER}))?(?:${SP}+و)?)${SP}*$`);
/** The adverb anywhere before in the clause (read after ADVERB_BEFORE failed). */
const ADVERB_IN_CLAUSE = new RegExp(`(?:^|[\\s\\u200c])(?:${INTENSIFIER})(?=[\\s\\u200c]|$)`);
/** After «لطفاً», an adverb of obligation that does not go with a request («لطفاً الزاماً»); «لطفاً حتماً» is idiomatic. */
const ADVERB_AFTER = new RegExp(`^${SP}*(?:(?:الزام|اکید|ضرورت|لزوم)(?:اً|ا|ن|ًا))(?=[\\s\\u200c]|$)${SP}*`);
/** «شما / جنابعالی» right before the must, opening its clause or after a word that is no preposition. */
const SUBJECT_BEFORE = /(?:^|[\s\u200c](?!(?:به|از|برای|با|توسط|واسه|پیش)[\s\u200c]+(?:شما|جنابعال))\S+[\s\u200c]+|^[\s\u200c]*)(?:شما|جنابعال[یي])[\s\u200c]+$/;
const PREPOSITION_BEFORE = /(?:^|[\s\u200c])(?:به|از|برای|با|توسط|واسه|پیش)[\s\u200c]*$/;
const PLEASE = /^[\s\u200c]*لطف(?:اً|ا|ن|ًا)(?=[\s\u200c]|$)/;
/** «لطفاً … از دست بدهید / بده / بدید». */
const LOSE_PLEASE = /لطف.*از[\s\u200c]+دست[\s\u200c]+(?:ب?ده|ب?دهید|ب?دید|ب?دین)(?![\u0600-\u06ff])/;
const LOST_NEG = /از[\s\u200c]+دست[\s\u200c]+ندا?د/;
const CLAUSE_END = /[.!?؟\n؛;،,]/;

/** Time passing or a step of a process as the verb of the must's clause (folded loosely: ZWNJ or space). */
const PASSING = new RegExp(
  `(?:^|${SP})(?:ب?گذر(?:ه|د|ند|ن)|گذشته${SP}*باش(?:ه|د)|(?:طی|سپری|منقضی)${SP}+(?:ب?ش(?:ه|ود|ن|وند)|گردد|بگردد))(?=[\\s\\u200c.،,!؟?؛]|$)`,
);
/** A span of time in the clause: the subject of the passing («۲۴ ساعت», «سه روز کاری», «یه هفته»). */
const DURATION = /(?:ساعت|روز|هفته|ماه|دقیقه|مدت|زمان|مهلت)/;
/** «باید صبر کرد», «باید منتظر ماند», «باید دید»: a bare past after the must at its clause's end or before «تا / که». */
const IMPERSONAL = new RegExp(`^${SP}*(?:(?:صبر|تحمل|حوصله)${SP}+(?:کرد|نمود)|منتظر${SP}+(?:ماند|بود)|دید)(?=${SP}*(?:$|[.!?؟\\n؛;،,]|تا${SP}|که${SP}))`);
const MUST = /^(?:باید|بایستی|م[یي][\s\u200c]?با[یي]ست[یي]?)(?![\u0600-\u06ff])/;

/** Arabic yeh and kaf as Persian ones, letter for letter (offsets kept). */
const arabicFolded = (s: string) => s.replace(/[يى]/g, 'ی').replace(/ك/g, 'ک');

function clauseStart(draft: string, at: number): number {
  let a = at;
  const floor = Math.max(0, at - 200);
  while (a > floor && !CLAUSE_END.test(draft[a - 1])) a--;
  return a;
}
function clauseEnd(draft: string, at: number): number {
  let b = at;
  const ceil = Math.min(draft.length, at + 200);
  while (b < ceil && !CLAUSE_END.test(draft[b])) b++;
  return b;
}

/** The must in the flagged words is about time passing or a process (see above). */
export function mustOfProcess(raw: string, s: Suggestion): boolean {
  const draft = arabicFolded(raw);
  const fs = s.flagged.start;
  // The must itself: at the flagged start, or after «حتماً» / «شما» inside the flagged words.
  const head = draft.slice(fs, s.flagged.end);
  const m = /(?:^|[\s\u200c])(باید|بایستی|م[یي][\s\u200c]?با[یي]ست[یي]?)(?![\u0600-\u06ff])/.exec(head);
  if (!m || !MUST.test(m[1])) return false;
  const after = fs + m.index + m[0].length;
  const rest = draft.slice(after, clauseEnd(draft, after));
  if (IMPERSONAL.test(rest)) return true;
  if (!PASSING.test(rest) || !DURATION.test(rest)) return false;
  // A second-person verb before the passing («باید صبر کنید تا ۲۴ ساعت بگذره») is a request after all.
  for (const t of faTokens(rest)) {
    if (!t.word || !t.fa) continue;
    if (t.fa.person.person === 2) return false;
  }
  return true;
}

function pleaseAdverb(raw: string, s: Suggestion): Suggestion | null {
  const draft = arabicFolded(raw);
  const before = draft.slice(clauseStart(draft, s.start), s.start);
  const adj = ADVERB_BEFORE.exec(before);
  let start = s.start;
  if (adj) start = s.start - (before.length - before.lastIndexOf(adj[1]));
  else if (ADVERB_IN_CLAUSE.test(before)) return asAdvice(raw, s);
  // «شما موظفید …» -> «شما لطفاً …»: the subject of the must goes with it (not «به شما», «از شما»).
  const subj = SUBJECT_BEFORE.exec(draft.slice(clauseStart(draft, start), start));
  if (subj) start -= subj[0].length - subj[0].search(/شما|جنابعال/);
  const replacements = s.replacements.map((r) => {
    const p = PLEASE.exec(r);
    if (!p) return r;
    const tail = r.slice(p[0].length);
    const a = ADVERB_AFTER.exec(tail);
    return a ? `${p[0]} ${tail.slice(a[0].length)}` : r;
  });
  // «لطفاً» then the adverb in the draft after the span (the span ended at the must: «می‌بایست الزاماً …»).
  let end = s.end;
  const a2 = ADVERB_AFTER.exec(draft.slice(s.end, s.end + 24));
  if (a2 && replacements.every((r) => PLEASE.test(r) && PLEASE.exec(r)![0].length === r.length)) end = s.end + a2[0].length;
  if (start === s.start && end === s.end && replacements.every((r, i) => r === s.replacements[i])) return null;
  const reps = end !== s.end ? replacements.map((r) => `${r} `) : replacements;
  return { ...s, start, end, original: raw.slice(start, end), replacements: reps };
}

/** A second person left as the doer of a passive: «توسط شما», «از سوی جنابعالی». */
const DOER_YOU = /(?:توسط|از[\s\u200c]+(?:سوی|طرف|جانب))[\s\u200c]+(?:شما|جنابعال[یي]|حضرتعال[یي]|خودتان|خودتون|خودت)(?![\u0600-\u06ff])/;
const PASSIVE_AUX = /(?:^|[\s\u200c])(?:ن?شد|ن?شده|ن?گردید|ن?گردیده)(?![\u0600-\u06ff])/;

/** Our earlier message named in the words a rewrite takes out. */
const MESSAGE_NOUN = /(?:پیام|ایمیل|پاسخ|نامه|جواب|مکاتب|چت)/;
/**
 * «همونطور که تو پیام قبلی گفتم، فاکتور توش هست» -> «برای یادآوری، فاکتور توش هست»: the rewrite takes out the message
 * the rest of the sentence points back at («توش», «در آن», «اونجا», «مذکور»): advice.
 */
function dropsReferent(draft: string, s: Suggestion): boolean {
  if (!MESSAGE_NOUN.test(faFold(s.original)) || s.replacements.some((r) => MESSAGE_NOUN.test(faFold(r)))) return false;
  let e = s.end;
  while (e < draft.length && e - s.end < 200 && !/[.!?؟\n]/.test(draft[e])) e++;
  return POINTS_BACK.test(` ${faFold(draft.slice(s.end, e)).replace(/[،,؛;]/g, ' ')} `);
}

export function trustRewritesFa(draft: string, list: Suggestion[]): Suggestion[] {
  if (!list.some((s) => s.language === 'fa' && s.kind === 'rewrite')) return list;
  const out: Suggestion[] = [];
  for (let i = 0; i < list.length; i++) {
    const s = list[i];
    if (s.language !== 'fa' || s.kind !== 'rewrite') {
      out.push(s);
      continue;
    }
    // «شما مهلت را از دست نداده‌اید» -> «لطفاً مهلت را از دست بدهید»: «از دست دادن» is to lose; asking the customer to lose
    // it is nonsense. Negated, the words reassure (no flag); otherwise advice.
    if (s.replacements.some((r) => LOSE_PLEASE.test(arabicFolded(r)))) {
      if (!LOST_NEG.test(arabicFolded(s.original))) out.push(asAdvice(draft, s));
      continue;
    }
    const please = s.replacements.length > 0 && s.replacements.every((r) => PLEASE.test(r) || r.includes(' لطفاً ') || r.includes(' لطفا '));
    // «به شما باید بگم که …» -> «به ممنون می‌شوم بگم …»: «شما» after a preposition is no subject; no command to soften.
    if ((please || s.replacements.some((r) => /^[\s\u200c]*ممنون[\s\u200c]+می/.test(arabicFolded(r)))) && /^[\s\u200c]*(?:شما|جنابعال)/.test(arabicFolded(s.original)) && PREPOSITION_BEFORE.test(arabicFolded(draft.slice(Math.max(0, s.start - 8), s.start)))) continue;
    if (please && s.category === 'commands' && mustOfProcess(draft, s)) continue;
    if (please) {
      const r = pleaseAdverb(draft, s);
      if (r && r.kind === 'rewrite' && list.some((o, j) => j !== i && o.start < r.end && r.start < o.end && !(o.start >= s.start && o.end <= s.end))) {
        out.push(asAdvice(draft, s));
        continue;
      }
      out.push(r ?? s);
      continue;
    }
    if (dropsReferent(draft, s)) {
      out.push(asAdvice(draft, s));
      continue;
    }
    if (s.category === 'blame' && s.replacements.some((r) => DOER_YOU.test(r) && PASSIVE_AUX.test(r))) {
      out.push(asAdvice(draft, s));
      continue;
    }
    out.push(s);
  }
  return out;
}
