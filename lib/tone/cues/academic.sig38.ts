/**
 * Academic signature, the thirty-eighth session's convention (tone38). The cue tells the agent to answer formally, use the
 * title and send no emoji: right for anyone who signs with a title or an institution, a physician's "Dr" included. So a
 * title or affiliation IN THE SIGNATURE shows the cue whatever the trade ("Dr Amaka Eze, Consultant Haematologist",
 * "Dr. Omar Haddad, MD", «دکتر علی صفایی\nمتخصص مغز و اعصاب», "Chen Wei\nSchool of Informatics, University of Edinburgh",
 * «محصل پوهنتون هرات»), and the older guards that kept a physician or a bare "Dr" quiet (academic.kinds15 `physicianOnly`,
 * academic.kinds19's bare "Dr") apply only when no title or affiliation is in the signature.
 *
 * Not a signature title:
 * - a doctor named in the body ("my Dr said", "a Dr's note", "I was given your email by Dr Evans", «نوبت دکتر», «دکترم
 *   گفته», «اسم دکتر را»): a bare Dr / «دکتر» in the body's sentences weighs nothing;
 * - "Dr" as Drive in an address ("14 Maple Dr, Springfield", "Oak Dr."): a word before it on its line and no name after;
 *   «خیابان دکتر فاطمی» (a street named after a doctor);
 * - text quoted below the message (never in the latest words or their closing);
 * - the greeting ("Dear Dr. Smith": the agent's title).
 */
import type { CueContext } from '../cue.ts';
import type { Hit, LexiconPart } from '../tokens.ts';

/** Off in the leave-one-writer-split-out script only (scripts/tone38-loso.ts). */
export const sig38 = { on: true };

const BARE_TITLE = /^(?:dr\.?|دکتر)$/i;
/** Institutions that make an affiliation on a signature line ("School of Informatics, University of Edinburgh"). */
const INSTITUTION38 = /^(?:university|universit\S*|universidad|universiteit|universitet|institute|faculty of|department of|dept\. of|دانشگاه|دانشکده|پژوهشگاه|پژوهشکده|پوهنتون|پوهنځی)$/i;
/** Words that put «دکتر» in a street or place name. */
const FA_STREET = /(?:خیابان|خ\.|بلوار|میدان|کوچه|بزرگراه|اتوبان|چهارراه|پل)\s*$/;

/** A "Dr" that is a street: a word (not a closing) right before it on its line, and no name after it. */
export function isStreetDr(text: string, start: number, end: number): boolean {
  const word = text.slice(start, end);
  if (/^دکتر/.test(word)) return FA_STREET.test(text.slice(Math.max(0, start - 20), start));
  if (!/^dr\.?$/i.test(word)) return false;
  const line = text.slice(text.lastIndexOf('\n', start - 1) + 1, start);
  const after = text.slice(end, end + 30);
  const wordBefore = /[\p{L}\p{N}][\p{L}\p{N}'’-]*\.?[^\S\n]+$/u.test(line) && !/(?:^|[\s,])(?:regards|thanks|thank you|wishes|sincerely|faithfully|best|cheers|from|by|am|is|I'm|signed|ask|asking|see|saw|with|to|and|or|&)[^\S\n]*,?[^\S\n]*$/i.test(line);
  const nameAfter = /^\.?[^\S\n]+\p{Lu}/u.test(after);
  return wordBefore && !nameAfter;
}

/**
 * A bare Dr / «دکتر» inside one of the body's sentences (a word before it on its line: "my Dr said", «نوبت دکتر»): weighs
 * nothing under the convention. One opening a line ("Dr. Wei Zhang\nInstitute of …" under an unparsed closing) still counts.
 */
export function bodyBareTitle38(ctx: CueContext, h: Hit, tailStart: number | null): boolean {
  if (!sig38.on) return false;
  if (tailStart !== null && h.start >= tailStart) return false;
  const text = ctx.doc.text;
  if (!BARE_TITLE.test(text.slice(h.start, h.end).trim())) return false;
  const line = text.slice(text.lastIndexOf('\n', h.start - 1) + 1, h.start);
  // "I'm Dr. Rao from the Department of …", «اینجانب دکتر …» introduce the writer: it counts.
  return /[\p{L}\p{N}][^\S\n]*$/u.test(line) && !/(?:\b(?:I'm|I’m|Im|I am|this is|it's|it’s|name is)|(?<![\p{L}\p{M}])(?:اینجانب|بنده))[^\S\n]*$/iu.test(line);
}

/**
 * Whether the signature holds a title or an affiliation: a title hit of the closing / signature regions (not a street), or a
 * title of the guessed signature tail (the body's last short lines) that opens a line, or an institution on a tail line.
 */
export function signatureTitle38(ctx: CueContext, titleCategory: string, tailStart: number | null): boolean {
  if (!sig38.on) return false;
  for (const r of ctx.outer) {
    for (const h of r.hits) {
      if (h.category !== titleCategory) continue;
      if (isStreetDr(ctx.message, r.span.start + h.start, r.span.start + h.end)) continue;
      return true;
    }
  }
  if (tailStart === null) return false;
  const text = ctx.doc.text;
  for (const h of ctx.hits) {
    if (h.category !== titleCategory || h.start < tailStart) continue;
    if (isStreetDr(text, h.start, h.end)) continue;
    const word = text.slice(h.start, h.end).trim();
    const before = text.slice(Math.max(0, h.start - 40), h.start);
    if (/(?:^|\n)[^\S\n]*$/.test(before)) return true;
    if (INSTITUTION38.test(word) && /(?:^|\n|[,،@—–-])[^\S\n]*(?:the[^\S\n]+)?$/iu.test(before)) return true;
  }
  return false;
}

/** Affiliation words the lexicon lacked: Dari «پوهنتون» (university), «پوهنځی» (faculty), «دانش‌آموخته دکتری». */
export const academicSig38Lexicon: LexiconPart = {
  academic: { 'پوهنتون': 1, 'پوهنځی': 1, 'دانش آموخته دکتری': 1 },
};
