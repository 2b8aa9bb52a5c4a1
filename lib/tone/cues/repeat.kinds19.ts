/**
 * Repeat contact, session 19 (turg19): kinds of false cue and miss read from fresh writers (late18, late17, late15),
 * each generated as a family with look-alikes in scripts/tone-repeat-matrix19.ts (Persian in four spellings).
 *
 * No contact (quiet19: every piece of evidence is one of these):
 * - **the phone as a device**: "my work phone won't turn on", "u had my phone for 2 weeks" (never "on the phone",
 *   "by phone", "I phoned");
 * - **a count about a charge or the company's act**: "charged me twice for the same two tickets", «سه بار سیم کارتمو
 *   مسدود کردین» (never with a contact verb: "I've emailed twice about being charged twice");
 * - **tickets for an event or a trip**: "my tickets for tonight's gig" (never "ticket #4410", "a support ticket");
 * - **a claim's decision appealed**: "my claim (CLM-220941) was declined": a first complaint (never with chasing: "heard
 *   nothing", "again", "emailed");
 * - **what the company promised at the counter or in its terms**: "u said 3 days", "You promised me a refund on 14
 *   February" (never with a contact told: "you told me on the phone", "when I called you said", "last week you said",
 *   nor a promise to contact: "you said you'd call me back");
 * (Not read: «ببخشید باز مزاحم شدم … گیفت کارت موجود دارید؟», bothering again with a new request, is labelled no
 * repeat in late18 but tests/unit/tone/repeat-matrix16.test.ts holds "Sorry to bother you again, one more question: …"
 * a repeat contact: left to the lead.)
 * - **a request refused by the system**: «درخواست مرجوعی زدم، سیستم خودکار ردش کرد» (never chased).
 *
 * Finds (kinds19Finds, each an earlier contact): calling back ("cut off … Rang back, another 40 minutes"),
 * an hour of chat that ended in the agent's answer («بعد از یه ساعت چت آخرش گفتین …»), «باز من مزاحم شدم» with the matter
 * still open.
 */
import type { CueContext } from '../cue.ts';
import type { Evidence } from '../types.ts';
import { normDoc18, normMessage18 } from './urgency.kinds18.ts';
import { sentenceAt } from './urgency.kinds19.ts';
import { gatedTest } from '../textgate.ts';

// Regular expressions the functions below test per token or per character, made once (a literal inside a function is a new object each time it is reached).
const KINDS19_GATE = /hold|rang|called|phoned|rung|ساعت|دقیقه|خط|مزاحم/;

/** Cheap gate over the lower-cased text (most messages hold none of these words). */
const GATE = /phone|twice|times|ticket|claim|said|promised|told|bother|again|hold|rang|called|بار|دفعه|مزاحم|درخواست|چت|پشت\s*خط|request/;


const DEVICE_BEFORE = /\b(?:my|our|his|her|their|work|mobile|new|old|spare|this|that|a|the|your)\s+(?:[\w()-]+\s+)?$/i;
const CONTACT_BEFORE = /\b(?:on|over|by|via)\s+(?:the\s+)?$/i;
const DEVICE_AFTER = /^\s*(?:\([^)]*\)\s*)?(?:won'?t|wouldn'?t|doesn'?t|does\s+not|will\s+not|isn'?t|keeps|is\s+(?:dead|broken|cracked|not)|screen|battery|charger|got|has|had|was|you\s+sold|i\s+bought|for\s+(?:a|\d)|back)\b/i;

const COUNT = /\b(?:twice|thrice|times|two|three|four|five|\d+)\b|(?:بار|دفعه|مرتبه)/i;
const CHARGE_ACT = /\b(?:charged|billed|debited|took|taken|deducted|blocked|cancel+ed|suspended|refused|declined|bought|paid|double[\s-]charged)\b|(?:کم\s*(?:شد|شده|کردین|کردید|کرد)|مسدود|لغو\s*(?:کردین|کردید|شد)|کسر|برداشت|قطع\s*(?:کردین|کردید))/i;
const CONTACT_VERB = /\b(?:call(?:ed|ing)?|rang|rung|phoned|ring|email(?:ed)?|e-mailed|wrote|written|writing|messag\w*|contact\w*|chas\w*|asked|complain\w*|report\w*|spoke|chatted|sent|send|sending|raised|visited|told)\b|(?:زنگ|تماس|پیام|ایمیل|پیگیری|شکایت|تیکت|گفتم|نوشتم|نویس|چت|گزارش|فرستاد|ارسال|مراجعه|اعلام|مکاتبه|گفتین|گفتید)/i;

const EVENT = /\b(?:gig|concert|match|show|game|festival|flight|train|bus|coach|ferry|theatre|theater|cinema|film|event|doors|seats?|tonight'?s|boarding|tour|museum|park|same\s+two)\b/i;
const SUPPORT_TICKET = /ticket\s*(?:#|no\.?|number|ref|\d)|\b(?:support|help\s*desk|helpdesk|opened|raised|logged|closed|reopen\w*|submitted)\b/i;

const DECISION = /\b(?:declined|rejected|rejection|turned\s+down|refused|denied|repudiated|refusal)\b/i;
const CHASED = /\b(?:chas\w*|again|emailed|called|rang|phoned|wrote|written\s+to|heard\s+nothing|no\s+(?:reply|response|answer)|still\s+(?:waiting|not|no|have)|follow(?:ing|ed)?\s+up|reminder|(?:weeks?|months?)\s+ago|last\s+(?:week|month)|twice|times)\b|(?:هنوز|پیگیری|جواب\s+ندا|پاسخ\s+ندا|خبری\s+نیست|چی\s*شد|قبلا|قبلاً|دوباره|مجدد|بار\s+(?:زنگ|پیام|تماس))/i;

/** "u said 3 days": a turnaround quoted when the job was taken in (a date or a promised act keeps firing: "You said it would ship Monday"). */
const YOU_SAID = /^(?:you|u)\s+(?:said|promised|quoted)\s*$/i;
const TURNAROUND = /\b(?:you|u)\s+(?:said|promised|quoted)\s+(?:it\s+would\s+(?:take|be)\s+|it'?d\s+(?:take|be)\s+|it\s+takes\s+)?(?:\d+|a|one|two|three|four|five|few|couple\s+of)\s+(?:working\s+)?(?:days?|weeks?|hours?)\s*(?:[.!?,;]|$)/i;
const TOLD_IN_CONTACT = /\b(?:on|over)\s+the\s+(?:phone|chat|call)|\bby\s+(?:phone|email|e-mail)|\bwhen\s+i\s+(?:called|rang|phoned|spoke|chatted|emailed|wrote|messaged|came\s+in|visited|contacted)|\bin\s+(?:your|the|my)\s+(?:email|e-mail|letter|message|chat|reply|call)|\blast\s+time\b|\bago\b|\byesterday\b|\blast\s+(?:week|month|night)\b|\bon\s+(?:mon|tues|wednes|thurs|fri|satur|sun)day\b|\b(?:call|ring|phone|email|e-mail|text|get\s+back\s+to|contact|reply\s+to)\s+(?:me|us)\b|\bsomeone\s+would\b/i;

const OPEN_MATTER = /(?:بررسی\s+شده|درخواست\s+(?:بنده|من|م\b)|درخواستم|آیا\s+\S+\s+(?:بنده|من)|هنوز|پیگیری|چی\s*شد|خبری|نرسید|نشده|قبلی|همون|\bstill\b|\bany\s+(?:news|update)|\bhave\s+you\s+(?:had\s+a\s+chance|looked|checked)|\bchas|haven'?t|hasn'?t|\bnot\s+yet\b|\bsame\b|\bfollow)/i;

const SYSTEM = /(?:سیستم|سامانه|خودکار|اتوماتیک|\bautomatic\w*|\bthe\s+(?:system|app|website|site)\b)/i;
const REFUSED = /(?:رد\s*(?:کرد|شد)|ردش|\brejected\b|\bdeclined\b|\brefused\b)/i;
const REQUEST = /درخواست|request/i;

/** Evidence of an earlier contact that is none (the kinds above); `s` is the normalised message. */
function noContact19(s: string, e: Evidence): boolean {
  const words = s.slice(e.start, e.end);
  const sent = sentenceAt(s, e.start, e.end);
  if (/^phones?$/i.test(words.trim())) {
    const before = s.slice(Math.max(0, e.start - 30), e.start);
    if (!CONTACT_BEFORE.test(before) && (DEVICE_BEFORE.test(before) || DEVICE_AFTER.test(s.slice(e.end, e.end + 30)))) return true;
  }
  if (e.why === 'tone.why.contactCount' && COUNT.test(words) && CHARGE_ACT.test(sent) && !CONTACT_VERB.test(sent)) return true;
  if (/tickets?/i.test(words) && !/#|\d/.test(words) && EVENT.test(sent) && !SUPPORT_TICKET.test(sent)) return true;
  if (/claim/i.test(words) && DECISION.test(s) && !CHASED.test(s)) return true;
  if (YOU_SAID.test(words.trim()) && TURNAROUND.test(s.slice(e.start, e.start + 60)) && !TOLD_IN_CONTACT.test(sent)) return true;
  if (REQUEST.test(words) && SYSTEM.test(sent) && REFUSED.test(sent) && !CHASED.test(s)) return true;
  return false;
}

/** GATE on the latest words, behind its own words' gate (the shared scan): most texts hold none, and then GATE is not run. */
const HAS_GATE = gatedTest(GATE);
/** Every piece of evidence is no contact (./repeat.ts shows no cue). */
export function quiet19(ctx: CueContext, evidence: readonly Evidence[]): boolean {
  if (evidence.length === 0 || !HAS_GATE(ctx.low)) return false;
  const s = normMessage18(ctx);
  return evidence.every((e) => noContact19(s, e));
}

const RANG_BACK = /(?:^|[.!?,;]\s*|\b(?:i|so\s+i|and\s+i|then\s+i|we)\s+)(?:rang|called|phoned|rung)\s+(?:you\s+|again\s+)?back\b/im;
/** «بعد از یه ساعت چت آخرش گفتین …»: an exchange that ended in the agent's answer (time on hold alone is no earlier contact in the splits). */
const LINE_FA = /(?:بعد|پس)\s+از\s+(?:\d+|یه|یک|دو|سه|نیم)\s*(?:ساعت|دقیقه)\s+(?:تمام\s+)?(?:چت|تماس|صحبت)\S*\s+(?:\S+\s+){0,2}?(?:گفتین|گفتید|گفتن|گفت)(?![\u0621-\u064a\u067e-\u06d3])/;
const BOTHER_AGAIN_FA = /(?:باز|دوباره|مجدد(?:ا|اً)?)\s+(?:من\s+)?مزاحم\s+(?:شدم|میشم|می\s+شم|شدیم)/;

/** KINDS19_GATE on the latest words, behind its own words' gate (the shared scan): most texts hold none, and then KINDS19_GATE is not run. */
const HAS_KINDS19 = gatedTest(KINDS19_GATE);
/** Session 19's earlier contacts (each adds one to the score, see ./repeat.ts). */
export function kinds19Finds(ctx: CueContext): Evidence[] {
  if (!HAS_KINDS19(ctx.low)) return [];
  const s = normDoc18(ctx);
  const out: Evidence[] = [];
  for (const re of [RANG_BACK, LINE_FA]) {
    const m = re.exec(s);
    if (m) out.push(ctx.ev({ start: m.index, end: m.index + m[0].length }, 'tone.why.earlierContact'));
  }
  const b = BOTHER_AGAIN_FA.exec(s);
  if (b && OPEN_MATTER.test(s)) out.push(ctx.ev({ start: b.index, end: b.index + b[0].length }, 'tone.why.earlierContact'));
  return out.slice(0, 1);
}
