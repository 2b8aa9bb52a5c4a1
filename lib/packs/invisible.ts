/**
 * Invisible characters in pack text that Tactful writes into a customer's reply (replacements).
 * A shared pack could hide a bidi override (U+202E turns "gnp.exe" into "exe.png" on screen),
 * an isolate, a zero-width space or tag characters (ASCII smuggled invisibly) in a suggestion the
 * agent inserts with one click without seeing them. They are refused at validation with their place.
 *
 * Persian needs one of them: ZWNJ (U+200C) is part of the orthography (می‌خواهم, کتاب‌ها), so it is
 * allowed in Persian rules between two letters (or a letter and a {slot}). Emoji sequences need ZWJ
 * and variation selectors 15/16, so those are allowed next to pictographs.
 */
import type { PackError } from './parse.ts';
import { ruleLanguage, type PhrasePack } from './schema.ts';

/** Names for the message; a character not listed is named by its code point alone. */
const NAMES: Record<number, string> = {
  0x00ad: 'soft hyphen',
  0x034f: 'combining grapheme joiner',
  0x061c: 'Arabic letter mark',
  0x115f: 'Hangul choseong filler',
  0x1160: 'Hangul jungseong filler',
  0x180e: 'Mongolian vowel separator',
  0x200b: 'zero-width space',
  0x200c: 'zero-width non-joiner',
  0x200d: 'zero-width joiner',
  0x200e: 'left-to-right mark',
  0x200f: 'right-to-left mark',
  0x202a: 'left-to-right embedding',
  0x202b: 'right-to-left embedding',
  0x202c: 'pop directional formatting',
  0x202d: 'left-to-right override',
  0x202e: 'right-to-left override',
  0x2060: 'word joiner',
  0x2061: 'function application',
  0x2062: 'invisible times',
  0x2063: 'invisible separator',
  0x2064: 'invisible plus',
  0x2066: 'left-to-right isolate',
  0x2067: 'right-to-left isolate',
  0x2068: 'first strong isolate',
  0x2069: 'pop directional isolate',
  0x3164: 'Hangul filler',
  0xfeff: 'zero-width no-break space (byte order mark)',
  0xffa0: 'halfwidth Hangul filler',
};

// Bidi controls, zero-width and other invisible format characters, deprecated format characters
// (U+206A-206F), variation selectors and tag characters.
const INVISIBLE = /[\u00ad\u034f\u061c\u115f\u1160\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u206f\u3164\ufe00-\ufe0f\ufeff\uffa0]|[\u{e0000}-\u{e007f}\u{e0100}-\u{e01ef}]/u;
const LETTER_OR_SLOT = /[\p{L}\p{M}{}]/u;
const PICTOGRAPH = /\p{Extended_Pictographic}/u;

export interface InvisibleChar {
  /** 1-based character position (in code points) in the text. */
  at: number;
  code: number;
}

const codeOf = (code: number) => `U+${code.toString(16).toUpperCase().padStart(4, '0')}`;

/** The invisible characters of `text` that may not be written into a reply in `language`. */
export function findInvisible(text: string, language: string): InvisibleChar[] {
  const found: InvisibleChar[] = [];
  const chars = [...text];
  chars.forEach((ch, i) => {
    if (!INVISIBLE.test(ch)) return;
    const code = ch.codePointAt(0)!;
    const before = chars[i - 1] ?? '';
    const after = chars[i + 1] ?? '';
    if (code === 0x200c && language === 'fa' && LETTER_OR_SLOT.test(before) && LETTER_OR_SLOT.test(after)) return;
    if (code === 0x200d && PICTOGRAPH.test(before) && PICTOGRAPH.test(after)) return;
    if ((code === 0xfe0e || code === 0xfe0f) && PICTOGRAPH.test(before)) return;
    found.push({ at: i + 1, code });
  });
  return found;
}

/** What a trainer reads for one invisible character. */
export function invisibleMessage(c: InvisibleChar, language: string): string {
  const name = NAMES[c.code];
  const what = `${codeOf(c.code)}${name ? ` (${name})` : ''}`;
  const zwnjHint = c.code === 0x200c ? (language === 'fa' ? ': in Persian it may only stand between two letters' : ': it belongs only in Persian rules') : '';
  return `character ${c.at} is the invisible character ${what}, which would go unseen into the customer's reply${zwnjHint}; remove it`;
}

/** Every invisible character in every replacement of the pack, located (`rules[3].replacements[0]`). */
export function invisibleTextErrors(pack: PhrasePack): PackError[] {
  const errors: PackError[] = [];
  pack.rules.forEach((rule, r) => {
    const language = ruleLanguage(pack, rule);
    rule.replacements.forEach((rep, i) => {
      for (const c of findInvisible(rep, language)) errors.push({ path: `rules[${r}].replacements[${i}]`, message: invisibleMessage(c, language) });
    });
  });
  return errors;
}
