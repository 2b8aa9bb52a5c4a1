/**
 * Repeat contact, session 14 guards: evidence that reads as a contact but, read with its construction, is about
 * something else (read off the false alarms of fresh4, late10, late8 and fresh3; false cues only). aboutNoContact
 * (repeat.kinds14.ts, the one predicate repeat.ts asks) reads these beside its own: a cue whose every piece of evidence
 * is one of these is not shown.
 *
 * Kinds:
 * - The company's sending, not the customer's: «پیامکی که دیروز فرستادین», «بسته‌ای که ۱۰ روز پیش فرستادین» (a verb
 *   in the second person); "I got an email saying new device sign-in" (mail received).
 * - The agent's own chasing: "Appreciate you chasing it", "thanks for chasing".
 * - A reply to the agent's own request: "Ticket #88012 — attaching the photo you asked for", «عطف به ایمیل مورخ …،
 *   مدارک تکمیلی درخواستی … ارسال می‌گردد».
 * - A count of tries, not of contacts: «سه بار کد تایید زدم»; «هر دفعه میخوام وارد شم میگه رمز اشتباهه» (every
 *   time the fault comes back).
 * - «هر سه بار نوشت منقضی شده»: each of the tries, what the app answered.
 * - The company's person came out: «کارشناس شما برای ارزیابی خسارت آمد» (a visit, not a contact).
 * - «دوباره» / "again" in what the customer may do next: «باید دوباره به درمانگاه مراجعه کنیم؟».
 * - «گفتم» before an order to someone else: «گفتم خاموش کن» (told the driver to put it out).
 * - A request filed through a self-service channel (the matter itself, not a contact about it): "I requested it
 *   through the app on Monday", «از طریق سامانه ثبت گردیده», «از طریق امانت بین‌کتابخانه‌ای درخواست داده بودم»;
 *   «طبق درخواست خودم» (as I had asked: an instruction).
 */
import type { CueContext } from '../cue.ts';
import type { ToneToken } from '../layer.ts';

type T = readonly ToneToken[];

const SENT_FA = /^(?:فرستادین|فرستادید|فرستادن|فرستادند|ارسال کردین|ارسال کردید|زدین|زدید|دادین|دادید)$/;
const CONTACT_FA = /^(?:فرستادم|مینویسم|می‌نویسم|براتون|بهتون|برایتان|زنگ|تماس|پیام|پیامک|ایمیل|پیگیری|مراجعه|شکایت|تیکت|گزارش|نامه|گفتم|گفتیم|نوشتم|پرسیدم|پشتیبانی|اپراتور|کارشناس|جواب|پاسخ)/;
const CONTACT_EN = /^(?:call|called|calling|calls|email|emailed|emails|chat|chatted|chats|ticket|tickets|message|messaged|messages|wrote|written|spoke|phoned|contacted|complaint|complained|reply|replied|response|agent|support)$/;
/**
 * A reply to the agent's own request: "the photo you asked for", "as requested", "the document you needed", «مدارک
 * درخواستی», «خواسته بودید». Group 1 ("you needed") and group 2 (the Persian forms) mark the wider kinds, which
 * aboutNoContact's "again / earlier / already" rule does not read (replyToAgent).
 */
const REPLY_TO_AGENT = /\byou (?:asked (?:me )?for|requested|(needed))\b|\bas (?:you )?requested\b|\bas you asked\b|(درخواستی|خواسته بودید|خواسته بودین|خواستید|خواستین|خواسته شده)/gi;

export interface ReplyToAgent {
  /** Some form of REPLY_TO_AGENT is in the text. */
  any: boolean;
  /** One of its narrow English forms ("you asked for", "you requested", "as requested", "as you asked"). */
  asked: boolean;
}

const NO_REPLY: ReplyToAgent = { any: false, asked: false };
let replyText: string | null = null;
let reply: ReplyToAgent = NO_REPLY;

/** Whether (and how) the text answers the agent's own request; the last text's answer is kept. */
export function replyToAgent(text: string): ReplyToAgent {
  if (text === replyText) return reply;
  let any = false;
  let asked = false;
  for (const m of text.matchAll(REPLY_TO_AGENT)) {
    any = true;
    if (m[1] === undefined && m[2] === undefined) {
      asked = true;
      break;
    }
  }
  replyText = text;
  reply = any ? { any, asked } : NO_REPLY;
  return reply;
}
const TICKET_REF = /^(?:ticket|case|ref|reference|تیکت|شماره)$/;
const TRIED_FA = /^(?:زدم|کردم|خریدم)$/;
const NEXT_FA = /^(?:باید|بیایم|بیام|بریم|برم|کنیم|کنم|بکنیم|بکنم)$/;
const ORDER_FA = /^(?:کن|بکن|نکن|برو|بیا|بده|بزن|بشین|پاشو|وایسا|نزن)$/;
const CHANNEL = /\b(?:through|via|in|on|using) (?:the|your) (?:app|website|site|portal|online form|system)\b|از طریق (?:سامانه|سایت|اپ|اپلیکیشن|برنامه|درگاه|امانت)/i;
const NOT_THING = /^(?:ticket|tickets|complaint|callback|call|تیکت|شکایت|تماس)$/;

/**
 * Whether a piece of repeat evidence, read with its construction, is about no contact of the customer's: its tokens
 * `at` (evidenceTokens, not empty) and their keys (aboutNoContact reads them once for both files' kinds).
 */
export function noContactOfMine(ctx: CueContext, at: readonly number[], keys: readonly string[]): boolean {
  const t: T = ctx.doc.tokens;
  const i = at[0];
  const last = at[at.length - 1];
  const x = t[i];
  // «پیامکی که دیروز فرستادین»: the company sent it.
  if (keys.length === 1 && x.fa && (x.second || SENT_FA.test(keys[0])) && /^(?:فرست|ارسال|زد|داد)/.test(keys[0])) return true;
  // "I got an email saying…", "received an email from your system": mail received, not sent.
  if (keys.length === 1 && /^(?:email|e-mail|text|sms|notification)$/.test(keys[0]) && /^(?:an|a)$/.test(t[i - 1]?.key ?? '') && /^(?:got|received|get|receive)$/.test(t[i - 2]?.key ?? '')) return true;
  // "Appreciate you chasing it", "thanks for chasing this up".
  if (keys.length === 1 && /^(?:chasing|chased)$/.test(keys[0]) && /^(?:you|for)$/.test(t[i - 1]?.key ?? '')) return true;
  // "Ticket #88012 — attaching the photo you asked for": the reference of a reply to the agent's request.
  if (TICKET_REF.test(keys[0]) && replyToAgent(ctx.doc.text).any && !t.some((y) => CONTACT_EN.test(y.key) && y.key !== 'ticket')) return true;
  // «عطف به ایمیل مورخ …، مدارک تکمیلی درخواستی … ارسال می‌گردد»: answering the company's letter.
  if (keys[0] === 'عطف' && replyToAgent(ctx.doc.text).any) return true;
  // «سه بار کد تایید زدم»: tries, not contacts (the clause names no contact).
  if (x.fa && keys.length === 2 && keys[1] === 'بار') {
    const clause = t.filter((y) => y.clause === x.clause && y.sentence === x.sentence);
    const verb = clause.find((y) => y.start > t[last].end && y.verb);
    if (/^(?:دو|سه|چهار|پنج|چند|\d+|[۰-۹]+)$/.test(keys[0]) && verb && TRIED_FA.test(verb.key) && !clause.some((y) => CONTACT_FA.test(y.key))) return true;
  }
  // «هر سه بار نوشت منقضی شده»: each of those tries, what the app said.
  if (x.fa && keys.length === 2 && keys[1] === 'بار' && t[i - 1]?.key === 'هر') {
    const clause = t.filter((y) => y.clause === x.clause && y.sentence === x.sentence);
    const verb = clause.find((y) => y.start > t[last].end && y.verb);
    if (verb && verb.past && !verb.pastFirst && !/^(?:گفت|گفتن|گفتند|جواب|پاسخ)/.test(verb.key) && !clause.some((y) => CONTACT_FA.test(y.key))) return true;
  }
  // «کارشناس شما برای ارزیابی خسارت آمد»: the company's person came out (a visit), not a contact of the customer's.
  if (x.fa && /^(?:کارشناس|تکنسین|مامور|مأمور|نصاب|سرویسکار)/.test(keys[0]) && /^(?:شما|تون)$/.test(t[i + 1]?.key ?? keys[1] ?? '')) {
    const verb = t.find((y, k) => k > i && y.clause === x.clause && y.sentence === x.sentence && y.verb);
    if (verb && /^(?:آمد|اومد|اومدن|آمدند|امد)$/.test(verb.key)) return true;
  }
  // «هر دفعه میخوام وارد شم میگه رمز اشتباهه»: every time the fault comes back.
  if (x.fa && keys[0] === 'هر' && /^(?:دفعه|بار)$/.test(keys[1] ?? '')) {
    const next = t.slice(last + 1, last + 4);
    if (next.some((y) => /^(?:میخوام|میخواستم|می‌خواهم|میخواهم|که)$/.test(y.key)) && !t.filter((y) => y.sentence === x.sentence).some((y) => CONTACT_FA.test(y.key))) return true;
  }
  // «باید دوباره به درمانگاه مراجعه کنیم؟»: what may be done next, not what was done.
  if (keys.includes('دوباره') && keys.length <= 3) {
    const clause = t.filter((y) => y.clause === x.clause && y.sentence === x.sentence);
    if (clause.some((y) => NEXT_FA.test(y.key)) && !clause.some((y) => y.past)) return true;
  }
  // «گفتم خاموش کن»: an order told to someone else.
  if (keys.length === 1 && keys[0] === 'گفتم') {
    const after = t.slice(i + 1, i + 4).filter((y) => y.sentence === x.sentence);
    if (after.some((y) => ORDER_FA.test(y.key))) return true;
  }
  // «طبق درخواست خودم»: as the customer had asked (an instruction), not a contact about this matter.
  if (keys[0] === 'درخواست' && t[i - 1]?.key === 'طبق' && /^(?:خودم|من|خود)$/.test(t[i + 1]?.key ?? '')) return true;
  // "I requested it through the app", «از طریق سامانه ثبت گردیده»: the request is the matter itself.
  if (keys.some((k) => /^(?:requested|submitted|درخواست)$/.test(k)) && !keys.some((k) => NOT_THING.test(k))) {
    const s = ctx.doc.sentences[x.sentence];
    const sentence = ctx.doc.text.slice(s.start, s.end);
    const words = t.filter((y) => y.sentence === x.sentence);
    if (CHANNEL.test(sentence) && !words.some((y) => NOT_THING.test(y.key) || /^(?:again|before|already|earlier|twice|times|قبلا|قبلاً|مجدد|دوباره|بار)$/.test(y.key))) return true;
  }
  return false;
}
