/**
 * jargon30: the second back-office term of a sentence. The jargon readers flag every term they know (a sentence with two
 * listed terms gets two hits); what late29's writers' unflagged second terms had in common was that no reader knew them.
 * Three kinds, each with its condition (look-alikes and contrasts in tests/unit/rewrite/jargon30.test.ts):
 *
 * - «سوئیچ» as the interbank switch that holds, approves or returns a payment («تا ۷۲ ساعت سوئیچ برش می‌گردونه»), in
 *   any position of a payment sentence (jargon.ts reads it only after «در / تو / توسط …»); never the verb «سوئیچ کنید», a
 *   car's key or a network switch.
 * - In Persian written in Latin letters (read as English by lib/text), a trade's back-office loanword in Latin letters
 *   ("alan tu hub ast", "no-show hesab mishe", "manifest shode"), the same list jargon.fa.trades.ts reads inside Persian
 *   letters; and "hub" inside a Persian sentence («تو hub هست», as «هاب» already is). Never "USB hub".
 */
import { analyzeSentenceTokens, type Token } from '../../nlp/index.ts';
import { FA_TRADE_LATIN } from './jargon.fa.trades.ts';
import type { GenericHit } from './types.ts';

/** Folded for the regexes below: Arabic yeh and kaf as Persian, ZWNJ kept (same length, so offsets hold). */
const foldText = (s: string) => s.replace(/[يى]/g, 'ی').replace(/ك/g, 'ک');

const PAYMENT = /تراکنش|واریز|حساب|کارت|بانک|مبلغ|پرداخت|برداشت|وجه|حواله/;
/** A car, a network or a light switch: «سوئیچ» is then the plain word. */
const SWITCH_PLAIN = /ماشین|خودرو|کلید|شبکه|مودم|روتر|اجاره|پارکینگ|برق|لامپ|پریز/;
const SWITCH = /^سو[یئ]یچ(?:ش)?$/;
/** «سوئیچ کنید / کردم / می‌کنیم»: the verb "to switch". */
const LIGHT_VERB = /^(?:ن?می)?(?:کن|کرد)|^(?:بکن|بزن|زد|شد|میشه|بشه)/;

/**
 * Persian letters: the switch of a payment, "hub" in Latin letters. (Not «فریز» of a membership: four older writers use
 * «فریز عضویت / اشتراک» as the gym's plain word for a pause the customer asks for, unmarked.)
 */
export function readJargon30Fa(text: string, tokens: Token[] = analyzeSentenceTokens(text)): GenericHit[] {
  const out: GenericHit[] = [];
  const folded = foldText(text);
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k];
    if (!t.word) continue;
    const norm = t.norm.replace(/\u200c/g, '');
    let next: Token | undefined;
    for (let m = k + 1; m < tokens.length && !next; m++) if (tokens[m].word) next = tokens[m];
    if (t.lang === 'fa' && SWITCH.test(norm)) {
      if (PAYMENT.test(folded) && !SWITCH_PLAIN.test(folded) && !(next && LIGHT_VERB.test(next.norm.replace(/\u200c/g, '')))) out.push({ start: t.start, end: t.end, category: 'jargon', construction: 'internal-jargon' });
    } else if (t.lang === 'en' && (t.norm === 'hub' || t.norm === 'hubs')) {
      const prev = tokens[k - 1];
      if (!(prev && prev.lang === 'en')) out.push({ start: t.start, end: t.end, category: 'jargon', construction: 'loanword' });
    }
  }
  return out;
}

/** Words of Persian in Latin letters that English does not use (verbs, clitics and particles). */
const FINGLISH_WORD = /(?<![a-z'-])(?:ast|hast|hastid|hastin|mishe|misheh|mishavad|mishan|shode|shod|shodan|shodeh|gerefte|kardim|kardam|konid|konin|nakonid|nakonin|nakardid|alan|hanuz|hanooz|shoma|baraye|farda|fardan|mirese|mire|ersal|hesab|vaziat|baste|mersole|gharar|ba|va|ta|tu|too|dar|age|agar)(?![a-z'])/gi;
/** A Persian verb form in Latin letters: one must be there, not only particles. */
const FINGLISH_VERB = /(?<![a-z'-])(?:ast|hast|hastid|hastin|mishe|misheh|mishavad|mishan|shode|shod|shodan|shodeh|gerefte|kardim|kardam|konid|konin|nakonid|nakonin|nakardid|mirese|mire)(?![a-z'])/i;
/** The trade loanwords a Persian writer keeps in English letters, and "hub". */
const FINGLISH_TRADE = /(?<![a-z'-])([a-z][a-z-]*[a-z])(?![a-z'])/gi;

/** Persian in Latin letters: a trade's back-office loanword in English ("tu hub ast", "no-show hesab mishe"). */
export function readJargon30Finglish(text: string): GenericHit[] {
  if (!FINGLISH_VERB.test(text)) return [];
  const seen = new Set<string>();
  for (const m of text.matchAll(FINGLISH_WORD)) seen.add(m[0].toLowerCase());
  if (seen.size < 3) return [];
  const out: GenericHit[] = [];
  for (const m of text.matchAll(FINGLISH_TRADE)) {
    // "hub-e shoma", "manifest-esh": the Persian ezafe or clitic after a hyphen.
    const word = m[1].toLowerCase().replace(/-(?:e|ye|esh|ash|am|et|emun|etun|ha|hash)$/, '');
    if (!(word === 'hub' || word === 'hubs' || FA_TRADE_LATIN.has(word))) continue;
    const start = m.index ?? 0;
    // "USB hub": a thing the customer bought.
    if (/\busb\s+$/i.test(text.slice(Math.max(0, start - 5), start))) continue;
    out.push({ start, end: start + word.length, category: 'jargon', construction: 'loanword' });
  }
  return out;
}

/**
 * Codes everyone makes a verb of: copied in, messaged, approved, identified, knocked out, overdosed, a DJ's set, X'd out.
 * (Any other code made a verb is the desk's shorthand for a step of the case: "DNA'd", "RTS'd", "RMA'd", "QCed".)
 */
const EVERYDAY_CODE_VERBS = new Set(['ok', 'cc', 'bcc', 'dm', 'pm', 'im', 'id', 'ko', 'tko', 'od', 'dj', 'mc', 'x', 'xx', 'tv', 'rsvp', 'ps', 'emcee', 'bbq', 'pr']);
/** Two to five capitals with a verb's ending: "'d", "’d", "ed", "'ed", "-ed", "'ing", "ing". */
const CODE_VERB = /(?<![A-Za-z0-9'’-])([A-Z]{2,5})(['’-]?(?:d|ed|ing))(?![A-Za-z0-9])/g;

/** English: a back-office code made a verb ("you DNA'd your last appt", "the parcel was RTS'd", "we RMA'd the unit"). */
export function readJargon30En(text: string): GenericHit[] {
  if (!/[A-Z]{2}/.test(text)) return [];
  const out: GenericHit[] = [];
  for (const m of text.matchAll(CODE_VERB)) {
    // "'d" after a bare code is the verb only with an apostrophe ("DNA'd"); "REDd" is no word.
    if (m[2] === 'd') continue;
    if (EVERYDAY_CODE_VERBS.has(m[1].toLowerCase())) continue;
    const start = m.index ?? 0;
    out.push({ start, end: start + m[0].length, category: 'jargon', construction: 'internal-jargon' });
  }
  return out;
}
