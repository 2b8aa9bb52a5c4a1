/**
 * Frustration, session 39 (tonefa39): Persian look-alikes found among the Persian frustration false positives of the
 * development writer splits (late15, late19, late28, late31, late33, late36; tests/fixtures/tone-eval
 * README, section tonefa39). A cue is dropped only when every piece of its evidence is one of these kinds (marks of
 * intensity aside), so a complaint that also says «تاکنون پاسخی دریافت نگردیده» or «قابل قبول نیست» keeps its cue.
 *
 * - `legalTrade`: a lawyer writing for a client (the writer names «موکل اینجانب», «به وکالت از», «وکالت‌نامه», signs
 *   «وکیل پایه یک دادگستری» / «وکیل دادگستری» or writes for «این دفتر» / «دفتر وکالت»): «وکیل», «وکالت», «پیگیری
 *   قانونی», «مراجع قضایی», «پلیس فتا» are the writer's trade and the facts of the file, not a threat to go to law
 *   («گزارش پلیس فتا پیوست می‌باشد», «امکان دریافت آن … برای وکیل»). Not a customer's own lawyer brought in («وکیلم پیگیری
 *   میکنه», «از طریق وکیل خود … پیگیری خواهم نمود»: no client is named, so the letter is the customer's own).
 * - `placeName`: «وکیل» inside a place name («بلوار وکیل آباد», «وکیل‌آباد»), no lawyer at all.
 * - `thirdPartyBlamed`: a feeling, a judgement or an angry face in a clause that names a third party (a neighbour, the
 *   building's guard, the municipality's contractor, a landlord: «پیک بسته رو داده به همسایه … اون آقا الان میگه همچین
 *   چیزی نگرفته 😤 آدم انقد پررو ندیده بودم», «مشکل از نگهبان ساختمون ماست … 🙄 از دست این آقا دیگه کلافه شدیم»). Not a
 *   word that itself speaks to the company («افتضاحید», «شما هم …», «…تون»), not the addressee of a formal letter («آن
 *   شهرداری»), nor a clause of its own after the third party was named («همسایه گفت مأمورتون … رفته. واقعا مسخره‌ست!»,
 *   «پیک‌تون … ول کرد و رفت، از دست این آقا واقعا کلافه شدم 😡»: session 20's matrix, the company's people).
 *
 * Evidence is untouched where the cue stays: the guard only removes a cue, it never adds words.
 */
import type { CueContext } from '../cue.ts';
import type { Evidence } from '../types.ts';

/** Switch for the look-alike guards (scripts/tonefa39-loso.ts turns it off to measure; `fired` collects the kinds that applied). */
export const fa39Switch: { on: boolean; fired: string[] | null } = { on: true, fired: null };

const fold = (s: string): string => s.replace(/[يى]/g, 'ی').replace(/ك/g, 'ک').replace(/\u200c/g, ' ');
const NL = String.raw`(?<![\p{L}\p{M}])`;
const NR = String.raw`(?![\p{L}\p{M}])`;

/** The writer acts for a client: a client named, a power of attorney, a lawyer's signature or office. */
const FOR_CLIENT = new RegExp(String.raw`${NL}(?:موکل(?:\s*(?:اینجانب|این\s+دفتر|ام|م))?|به\s+وکالت\s+از|وکالت\s*نامه|وکالتنامه|وکیل\s+(?:پایه\s+(?:یک|دو|۱|1)\s+)?دادگستری|دفتر\s+وکالت|این\s+دفتر)${NR}`, 'u');
/** The legal words a lawyer's letter carries as its trade or as facts of the file. */
const LEGAL_WORD = new RegExp(String.raw`^(?:وکیل|وکالت|وکلا|پیگیری\s+قانونی|مراجع?\s+قضایی|پلیس(?:\s+فتا)?|دادگاه|قانونی)$`, 'u');
/** «وکیل» as part of a place name. */
const PLACE = new RegExp(String.raw`${NL}وکیل\s*آباد${NR}`, 'u');

/** A third party of the customer's: neighbours, the building's staff, the municipality and its contractors, a landlord or tenant. */
const THIRD = new RegExp(String.raw`${NL}(?<!(?:آن|این)\s)(?:همسایه|همسایه\s*(?:ها|مون|م|مان)|نگهبان|سرایدار|لابی\s*من|مدیر\s+ساختمان|مدیر\s+ساختمون|شهرداری|پیمانکار|پیمانکارشون|پیمانکارشان|صاحبخونه|صاحبخانه|صاحب\s+خونه|مستاجر|مستأجر|موجر)`, 'u');
/** Words that speak to the company. */
const YOU = new RegExp(String.raw`${NL}(?:شما|شماها)${NR}|(?:تون|تان|ید|ین)${NR}`, 'u');
const AT_OTHERS: ReadonlySet<string> = new Set(['tone.why.feeling', 'tone.why.judgement', 'tone.why.emoji', 'tone.why.rude']);

/** The clause around [a, b) of `text`: bounded by . ! ? ؟ ، , ; ؛ and line breaks. */
function clause(text: string, a: number, b: number): { start: number; end: number } {
  let s = a;
  while (s > 0 && !/[.!?؟،,;؛\n]/.test(text[s - 1])) s--;
  let e = b;
  while (e < text.length && !/[.!?؟،,;؛\n]/.test(text[e])) e++;
  return { start: s, end: e };
}

/** A feeling, judgement or angry face in a clause that names a third party, not spoken to the company. */
function atThirdParty(text: string, e: Evidence): boolean {
  if (!e.why || !AT_OTHERS.has(e.why)) return false;
  if (YOU.test(fold(e.text).trim())) return false;
  const c = clause(text, e.start, e.end);
  return THIRD.test(text.slice(c.start, c.end));
}

const ESCALATION = 'tone.why.escalation';
const MARKS: ReadonlySet<string> = new Set(['tone.why.punctuation', 'tone.why.emphasis', 'tone.why.caps', 'tone.why.drawnOut']);

/** The kind that explains one piece of evidence, or null. `text` is the folded message; `a`, `b` the piece's offsets in it. */
function kindOf(text: string, e: Evidence, forClient: boolean): string | null {
  if (atThirdParty(text, e)) return 'thirdPartyBlamed';
  if (e.why !== ESCALATION) return null;
  const w = fold(e.text).trim();
  if (/^وکیل$/u.test(w)) {
    PLACE.lastIndex = 0;
    const m = PLACE.exec(text.slice(e.start, e.start + 20));
    if (m && m.index === 0) return 'placeName';
  }
  if (forClient && LEGAL_WORD.test(w)) return 'legalTrade';
  return null;
}

/**
 * Whether every piece of the frustration evidence is explained by one of this session's look-alike kinds (see the header);
 * then the cue is dropped. Persian messages only.
 */
export function calmFa39(ctx: CueContext, evidence: readonly Evidence[]): boolean {
  if (!fa39Switch.on || !ctx.fa || evidence.length === 0) return false;
  // Offsets of the evidence are in the whole message; the fold keeps every character's length (one letter for one).
  const text = fold(ctx.message);
  const forClient = FOR_CLIENT.test(text);
  const kinds: string[] = [];
  let words = 0;
  for (const e of evidence) {
    if (e.why && MARKS.has(e.why)) continue;
    words++;
    const k = kindOf(text, e, forClient);
    if (!k) return false;
    kinds.push(k);
  }
  if (words === 0) return false;
  fa39Switch.fired?.push(...kinds);
  return true;
}
