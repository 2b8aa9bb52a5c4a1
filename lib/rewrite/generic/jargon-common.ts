/**
 * jargon32: how often customers write a word, from the generated bands (./jargon-common.en.ts, ./jargon-common.fa.ts,
 * made by scripts/jargon-rarity.ts from customer-written text). The bands hold keys, not words: an English word's lemma
 * (lib/nlp's lemmaEn), a Persian word without its plural, possessive and object endings, so one key stands for a word's
 * forms and the files stay small. The generator and the readers use the same key.
 */
import { lemmaEn } from '../../nlp/index.ts';
import { foldSlice } from '../../nlp/chars.ts';
import { CUSTOMER_OFTEN_EN, CUSTOMER_SEEN_EN } from './jargon-common.en.ts';
import { CUSTOMER_OFTEN_FA, CUSTOMER_SEEN_FA } from './jargon-common.fa.ts';

/**
 * Persian endings a key drops (longest first): the plural and the plural with a possessive or object marker. A single
 * letter (ی، ش، ت، م، و) is not dropped by the key: «تیکت» is not «تیک»; customerBand tries it on a word it does not find.
 */
const FA_ENDINGS = ['هایشان', 'هایمان', 'هایتان', 'هاشون', 'هامون', 'هاتون', 'هایی', 'هایم', 'هایت', 'هایش', 'های', 'ها'];
/** Single-letter endings (possessive, indefinite, object «و», colloquial «ه») and the plural possessives of a singular. */
const FA_SHORT_ENDINGS = ['شون', 'مون', 'تون', 'شان', 'مان', 'تان', 'رو', 'ی', 'ش', 'ت', 'م', 'و', 'ه'];

/** The key of a word: an English lemma, a Persian word without a plural ending, or '' for no word. */
export function rarityKey(lang: 'en' | 'fa', w: string): string {
  if (lang === 'en') {
    const n = w.toLowerCase().replace(/[’']s$/, '');
    return /^[a-z][a-z'-]*$/.test(n) ? lemmaEn(n) : '';
  }
  // lib/nlp's fold (Arabic yeh and kaf, hamza seats, diacritics, tatweel), ZWNJ and spaces dropped: as token norms are.
  const n = foldSlice(w, 0, w.length, true);
  for (const e of FA_ENDINGS) if (n.endsWith(e) && n.length - e.length >= 3) return n.slice(0, -e.length);
  return n;
}

/**
 * How often customers write the word: 2 in five texts or more, 1 in two to four, 0 in one or none (rare). Persian: the
 * word as written, then without a possessive, object or colloquial ending («سفارشتون» as «سفارش»); `exact` drops only
 * endings of two letters or more (before a light verb «تیکت نشده» is «تیکت», not «تیک» and a possessive).
 */
export function customerBand(lang: 'en' | 'fa', w: string, exact = false): 0 | 1 | 2 {
  const k = rarityKey(lang, w);
  // A short word is never read as rare (the bands keep no English key under four letters, no Persian under three).
  if (!k || k.length < (lang === 'en' ? 4 : 3)) return 2;
  const [often, seen] = lang === 'en' ? [CUSTOMER_OFTEN_EN, CUSTOMER_SEEN_EN] : [CUSTOMER_OFTEN_FA, CUSTOMER_SEEN_FA];
  const band = (x: string): 0 | 1 | 2 => (often.has(x) ? 2 : seen.has(x) ? 1 : 0);
  const b = band(k);
  if (b || lang === 'en' || exact) return b;
  let best: 0 | 1 | 2 = 0;
  for (const e of FA_SHORT_ENDINGS) {
    if (exact && e.length < 2) continue;
    if (k.endsWith(e) && k.length - e.length >= 3) {
      const s = band(k.slice(0, -e.length));
      if (s > best) best = s;
    }
  }
  return best;
}
