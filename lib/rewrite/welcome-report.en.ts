/**
 * "You're welcome" offered to a complaint (rwen19, a kind a blind reader called wrong in late18's applied sample): en-core's
 * `no-problem-at-all` -> "my pleasure" and `no-problem-comma` -> "of course," read "no problem" as the answer to a request
 * or a thank-you. After a customer's report of something that went wrong ("Thanks for flagging that the chicken arrived
 * warm, no problem at all, I'll pass it on", "Sorry the parcel was damaged, no problem, …") the "no problem" waves the
 * complaint away, and "my pleasure" would thank the customer for the fault: the suggestion stays advice there (the flag
 * and its explanation remain; the agent chooses the words).
 *
 * Read in the suggestion's sentence only (the guard's callers bound `before` and `after` to it): a report is a thanks for
 * being told or an apology for the news ("thanks for flagging / letting us know / reporting / pointing out", "sorry to
 * hear / about / that"), or a fault word of an order or a service (arrived warm, damaged, missing, wrong, faulty, late,
 * charged twice). A request done ("No problem, I've changed the address"), a thank-you ("Thanks so much! No problem at
 * all") and a permission keep the rewrite.
 */

/** The welcome a rewrite offers. */
const WELCOME = /^(?:my pleasure|of course|happy to help|you['’]re welcome|glad to help)\b/i;
/** The draft's words it replaces. */
const NO_PROBLEM = /^(?:no|not a) (?:problem|prob|probs|worries)\b/i;
/** Being told of a fault, or regret for it. */
const TOLD = /\b(?:thanks?|thank you|cheers)(?: (?:so much|very much|again))? for (?:flagging|letting (?:us|me) know|reporting|telling (?:us|me)|pointing (?:that |this |it )?out|raising|bringing (?:this|that|it) (?:up|to (?:our|my) attention)|the heads[- ]up|the report|the photos?)|\bsorry (?:to hear|about|that|the|your)\b|\b(?:apologies|we apologi[sz]e|i apologi[sz]e) (?:for|that|about)\b/i;
/** What went wrong with an order or a service. */
const FAULT = /\b(?:arrived|came|turned up|was|were|is|are)(?: (?:a bit|slightly|completely|badly|very))? (?:warm|cold|late|damaged|broken|crushed|dented|wet|leaking|open(?:ed)?|stale|missing|wrong|faulty|cracked|torn|stained|short|incomplete)\b|\b(?:missing|damaged|faulty|broken|wrong) (?:item|items|part|parts|order|parcel|delivery|size|colour|color|charge)\b|\bcharged (?:twice|double|two times)\b|\bovercharg(?:ed|ing)\b|\bnever (?:arrived|turned up|came)\b/i;

/** A complaint named or a fault told another way: "your comments about the cold food", "the soggy chips", "the delay". */
const COMPLAINT =
  /\b(?:comments?|feedback|complaints?|concerns?) (?:about|on|regarding|re)\b|\b(?:cold|warm|soggy|stale|spilt|spilled|squashed|crushed|damaged|broken|missing|wrong|faulty|late|leaking|cracked) (?:food|meal|order|pizza|chips|fries|coffee|drinks?|parcel|package|delivery|item|items|box|cake|lamp|screen|part|size|colour|color)\b|\b(?:delay(?:ed|s)?|disappoint(?:ed|ing|ment)|rude|double[- ]charged|didn['’]?t (?:arrive|come|work)|not (?:arrived|working))\b/i;

/**
 * rwen23: a fault told with sympathy or by what the thing did ("that's a shame the print faded after one wash", "oh no, the
 * heel snapped", "what a pity the paint peeled"): "no problem" after it waves the fault away too.
 */
const SYMPATHY_FAULT =
  /\b(?:(?:that|it)(?:['’]?s| is| was) (?:a )?(?:real |such a |bit of a )?(?:shame|pity)|what a (?:shame|pity)|oh no|oh dear)\b|(?:^|[.!?]\s*)(?:shame|pity)\b|\b(?:faded|peeled|chipped|snapped|shrank|shrunk|ripped|tore|cracked|dented|scratched|frayed|warped|rusted|broke|leaked|burst|stopped working|came apart|fell apart|came off|fell off|fell to bits)\b/i;

/** Whether the text tells of a fault or a complaint: "no problem" there waves it away (also ./neutral19.en.ts). */
export const toldOfFault = (text: string): boolean => TOLD.test(text) || FAULT.test(text) || COMPLAINT.test(text) || SYMPATHY_FAULT.test(text);
/** rwen27: the fault itself named (not only a thanks for being told, which may be of any news). */
export const faultNamed = (text: string): boolean => FAULT.test(text) || COMPLAINT.test(text) || SYMPATHY_FAULT.test(text);

/** Why a welcome rewrite of "no problem" stays advice in this sentence, or null. */
export function welcomeToReportReason(before: string, original: string, rep: string, after: string): string | null {
  if (!WELCOME.test(rep.trim()) || !NO_PROBLEM.test(original.trim())) return null;
  return toldOfFault(`${before} ${after}`) ? 'welcome-to-report' : null;
}
