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

/** Persian endings a key drops (longest first): plural, possessive, object marker, indefinite, «-ه» of the colloquial. */
const FA_ENDINGS = ['هایشان', 'هایمان', 'هایتان', 'هاشون', 'هامون', 'هاتون', 'هایی', 'هایم', 'هایت', 'هایش', 'های', 'ها', 'شون', 'مون', 'تون', 'شان', 'مان', 'تان', 'یی', 'ای', 'رو', 'ی', 'ش', 'ت', 'م', 'و'];

/** The key of a word: an English lemma, a Persian stem (at least three letters left), or '' for no word. */
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

/** How often customers write the word: 2 in five texts or more, 1 in two to four, 0 in one or none (rare). */
export function customerBand(lang: 'en' | 'fa', w: string): 0 | 1 | 2 {
  const k = rarityKey(lang, w);
  // A short word is never read as rare (the bands keep no English key under four letters, no Persian under three).
  if (!k || k.length < (lang === 'en' ? 4 : 3)) return 2;
  const [often, seen] = lang === 'en' ? [CUSTOMER_OFTEN_EN, CUSTOMER_SEEN_EN] : [CUSTOMER_OFTEN_FA, CUSTOMER_SEEN_FA];
  if (often.has(k)) return 2;
  if (seen.has(k)) return 1;
  return 0;
}
