/**
 * Calm readings over the parts of a message (issue 13, tcalm8; read off scripts/tone-calm-matrix.ts, messages assembled
 * from a greeting, a strong fault, worry, a feeling aimed elsewhere, emoji, "!!", caps and signatures). The older guards
 * each read one construction at the word they guard; new writers combine the same parts differently, so this reads one
 * condition over the whole message, after everything else was weighed:
 *
 *   nothing in the message is aimed at the company (no complaint, escalation, rhetorical question, sarcasm, broken
 *   promise, implicit reading, count or blame), and every word of displeasure that is left has an experiencer or a
 *   target that is not the company (a third party named as its target or its subject: "furious with the driver", "so
 *   annoying of him", "the bank … they are useless", «از دست همسایه»; the customer themself: "I feel like an idiot",
 *   "annoyed with myself") or is worry rather than displeasure ("super stressed"): then the fault told beside it is a
 *   plain fault report, and marks (!!, capitals, emoji) do not tip it;
 *
 *   with no word of displeasure at all, an emoji alone never tips a message (😐 beside a fault report).
 *
 * The company's delivery people ("the driver was so rude") are read as a third party only as the target named after a
 * feeling ("furious with the driver" after the van hit the gate), never as the subject whose conduct is judged.
 *
 * The caller caps the score under the threshold when `calmReading16` holds.
 */
import type { CueContext } from '../cue.ts';
import type { Hit } from '../tokens.ts';
import type { ToneToken } from '../layer.ts';

type Toks = readonly ToneToken[];

const YOU = /^(?:you|your|yours|u|ur|yourselves)$/;
/**
 * People and bodies that are rarely the company written to (its own staff are named with "your"). Firms (a bank, an airline,
 * a hotel, an insurer) are left out: to a bank or an airline, "the bank" and "this airline" are the company itself.
 */
const PARTY = /^(?:him|her|them|himself|herself|themselves|driver|drivers|courier|couriers|postman|postie|neighbour|neighbours|neighbor|neighbors|landlord|landlady|council|builder|builders|workmen|husband|wife|partner|son|daughter|kids|kid|brother|sister|mum|mom|dad|flatmate|roommate|police|he|she|they)$/;
/** A party named with these is someone's own or a stranger ("this airline", "that company" is most often the one written to). */
const OWN = /^(?:the|my|our|his|her|their|a|an|some)$/;
const SELF = /^(?:myself|me)$/;
const DET = /^(?:the|my|our|that|this|his|her|their|a|an|some)$/;
/** Feelings of strain, not of displeasure: worry by the labelling rule. */
const STRAIN = /^(?:stressed|stressing|stress|overwhelmed|frazzled)$/;

const companyInSentence = (t: Toks, s: number) => t.some((y, k) => y.sentence === s && YOU.test(y.key) && !/^(?:not|nt)$/.test(t[k - 1]?.key ?? ''));

/** "furious with the driver", "so annoying of him", "annoyed at my neighbour", "annoyed with myself": its target after it. */
function targetAfter(t: Toks, h: Hit): 'party' | 'self' | null {
  const x = t[h.from];
  for (let k = h.to; k < t.length && k <= h.to + 2 && t[k].clause === x.clause; k++) {
    if (!/^(?:with|at|of|about)$/.test(t[k].key)) continue;
    let j = k + 1;
    while (j < t.length && j <= k + 3 && DET.test(t[j].key)) j++;
    const n = t[j];
    if (!n || n.sentence !== x.sentence) return null;
    // "the driver you sent", "the courier your shop uses": the company's own after all.
    for (let m = j + 1; m < t.length && m <= j + 3 && t[m].clause === n.clause; m++) if (YOU.test(t[m].key)) return null;
    if (SELF.test(n.key)) return 'self';
    if (PARTY.test(n.key) && n.key !== 'he' && n.key !== 'she' && n.key !== 'they') return 'party';
    return null;
  }
  return null;
}

/** "The bank blocked my card for no reason, they are useless": a party named earlier in the sentence, then a pronoun subject of the word's clause. */
function partySubject(t: Toks, h: Hit): boolean {
  const x = t[h.from];
  let named = false;
  for (let k = 0; k < h.from; k++) {
    if (t[k].sentence !== x.sentence) continue;
    if (PARTY.test(t[k].key) && OWN.test(t[k - 1]?.key ?? '') && !/^(?:him|her|them|he|she|they)$/.test(t[k].key)) named = true;
  }
  if (!named) return false;
  for (let k = h.from - 1; k >= 0 && t[k].clause === x.clause; k--) if (/^(?:they|he|she|theyre|hes|shes)$/.test(t[k].key)) return true;
  // "My neighbour knocked it off the table, so annoying": the party's act told just before, in the same sentence.
  return false;
}

/** "The postman threw it over the fence, so annoying!!": a party named as the subject of its sentence's verb, whose act the feelings beside it are about. */
function partyActs(t: Toks, s: number): boolean {
  for (let k = 1; k + 1 < t.length; k++) {
    if (t[k].sentence !== s || !PARTY.test(t[k].key) || /^(?:him|her|them|he|she|they|himself|herself|themselves|driver|drivers|courier|couriers)$/.test(t[k].key) || !OWN.test(t[k - 1].key)) continue;
    // The noun opens its clause ("the postman", "Honestly the council", not "… gave it to the postman").
    let j = k - 2;
    while (j >= 0 && t[j].clause === t[k].clause && /^(?:honestly|so|well|ugh|and|but|then|plus|also)$/.test(t[j].key)) j--;
    if (j >= 0 && t[j].clause === t[k].clause) continue;
    const v = t[k + 1];
    if (v.clause === t[k].clause && (v.past || /^[a-z]{3,}ed$/.test(v.key) || /^(?:is|are|was|were|has|have|had|keeps|kept|just|never|always|threw|left|lost|broke|took|put|hit|ran|let|sent|gave|told|said|stole|tore|bent|shut|cut|sold|won|wont|refused|keeps)$/.test(v.key))) return true;
  }
  return false;
}

/** "I feel like an idiot", "I'm such an idiot", "my own stupid mistake": the customer's word about themself. */
function aboutSelf(t: Toks, h: Hit): boolean {
  const x = t[h.from];
  let i = h.from - 1;
  while (i >= 0 && t[i].clause === x.clause && /^(?:a|an|such|complete|total|absolute|right|proper|like|feel|felt|am|m|was|so|bit|of)$/.test(t[i].key)) i--;
  if (i >= 0 && i < h.from - 1 && t[i].clause === x.clause && /^(?:i|im)$/.test(t[i].key)) return true;
  // "my own stupid mistake", "totally my own fault": "own" before it in its clause.
  for (let k = h.from - 1; k >= 0 && k >= h.from - 3 && t[k].clause === x.clause; k--) if (t[k].key === 'own' && t[k - 1]?.key === 'my') return true;
  return false;
}

function elsewhereEn(ctx: CueContext, h: Hit): boolean {
  const t = ctx.doc.tokens;
  const x = t[h.from];
  if (!x || x.fa) return false;
  // A target named after the feeling ("frustrated with myself", "furious with the driver") holds whatever request to the company
  // shares its sentence ("… AGAIN 😅 can you reset it?").
  if (targetAfter(t, h)) return true;
  if (companyInSentence(t, x.sentence)) return false;
  if (STRAIN.test(x.key) && (h.to - h.from === 1 || (h.to - h.from === 2 && t[h.from + 1].key === 'out'))) return true;
  if (partySubject(t, h) || partyActs(t, x.sentence)) return true;
  return h.category === 'frustration.rude' && aboutSelf(t, h);
}

/** Persian: «از دست همسایه/خودم …», not the company («از دست پشتیبانی», «از دستتون»). */
const FA_COMPANY = /^(?:پیک|کارشناس|پشتیبان|پشتیبانی|اپراتور|مامور|تکنسین|نماینده|مسئول|فروشگاه|شرکت|سایت|اپ|اپلیکیشن|برنامه|شما|شماها|این|اون|راننده)$/;
const FA_YOU = (y: ToneToken) => (y.verb && y.second && y.key !== 'بدون') || y.key === 'شما' || y.key === 'شماها' || (/(?:تون|تان)$/.test(y.key) && y.key.length > 4 && !/(?:ستان|ستون|زیتون|بتون|خاتون|پاتون)$/.test(y.key));

/** People and bodies that are not the company, as the first word of a sentence («همسایه‌مون», «صاحبخونه»); not firms («بانک», «بیمه»), which may be the company written to. */
const FA_PARTY = /^(?:همسایه|همسای|صاحبخونه|صاحبخانه|شهرداری|پلیس|موجر|پیمانکار)/;

/** The sentence of h opens (after a greeting) with a body that is not the company, before h. */
function faPartyFirst(t: Toks, h: Hit): boolean {
  const x = t[h.from];
  let first = t.findIndex((y) => y.sentence === x.sentence);
  while (first >= 0 && first < h.from && /^(?:سلام|با|و|احترام|وقت|بخیر|درود|عرض|ادب|خسته|نباشید)$/.test(t[first].key)) first++;
  // Not a fellow sufferer («همسایه‌ام هم اینترنتش قطعه»: the neighbour's line is the company's too).
  return first >= 0 && first < h.from && FA_PARTY.test(t[first].key) && !/^(?:هم|همینطور|همچنین)$/.test(t[first + 1]?.key ?? '');
}

/** A wait or silence told of a party that is not the company («بیمه هنوز خسارت رو نداده», "the council still haven't come"). */
function waitOfOther(ctx: CueContext, h: Hit): boolean {
  const t = ctx.doc.tokens;
  const x = t[h.from];
  if (!x) return false;
  if (x.fa) return !t.some((y) => y.sentence === x.sentence && FA_YOU(y)) && faPartyFirst(t, h);
  return !companyInSentence(t, x.sentence) && partyActs(t, x.sentence);
}

function elsewhereFa(ctx: CueContext, h: Hit): boolean {
  const t = ctx.doc.tokens;
  const x = t[h.from];
  if (!x || !x.fa) return false;
  if (t.some((y) => y.sentence === x.sentence && FA_YOU(y))) return false;
  // «بانک بی‌دلیل کارتمو مسدود کرده، خیلی بی‌مسئولیتن»: a body named as the first word of the sentence, acting; the judgement beside it is of it.
  if (faPartyFirst(t, h)) return true;
  // «از دست همسایه خیلی عصبانی شدم», «از دست خودم عصبانی‌ام»: the feeling's target named after «از دست», in its clause, before it.
  for (let k = h.from - 1; k >= 1 && t[k].clause === x.clause; k--) {
    if (t[k].key !== 'دست' || t[k - 1].key !== 'از') continue;
    const n = t[k + 1];
    return !!n && k + 1 < h.from && !FA_COMPANY.test(n.key);
  }
  return false;
}

export interface CalmParts {
  /** Words of displeasure still counted (emotion, judgement, rude, complaint, escalation), after every older guard. */
  live: readonly Hit[];
  /** What else was read as aimed at the company: rhetorical questions, sarcasm, patterns, implicit and kind readings, a count, blame. */
  other: number;
  /** The score, and the angry or sad emoji it counted (each added 0.6). */
  score: number;
  emoji: readonly string[];
}

const ANGER_EMOJI = /[\u{1f620}\u{1f621}\u{1f92c}\u{1f44e}\u{1f4a9}]/u;

const FEELING = new Set(['frustration', 'frustration.judgement', 'frustration.rude']);

export function calmReading16(ctx: CueContext, p: CalmParts): boolean {
  if (p.other >= 0.05) return false;
  // 😠 😡 🤬 👎 say anger as plainly as a word; a straight face, a grimace or tears (😐 😬 😢 :/) may be worry or a shrug.
  if (p.live.length === 0) return p.emoji.length > 0 && !p.emoji.some((e) => ANGER_EMOJI.test(e)) && p.score - 0.6 * p.emoji.length < 1;
  const t = ctx.doc.tokens;
  const away = p.live.filter((h) => FEELING.has(h.category) && (ctx.fa ? elsewhereFa(ctx, h) : elsewhereEn(ctx, h)));
  // A preface ("honestly", "to be fair") goes with the feeling of its sentence: "honestly so annoying of him".
  return p.live.every((h) => away.includes(h) || (h.category === 'frustration.complaint' && waitOfOther(ctx, h)) || (h.category === 'frustration.preface' && away.some((o) => t[o.from].sentence === t[h.from].sentence)));
}
