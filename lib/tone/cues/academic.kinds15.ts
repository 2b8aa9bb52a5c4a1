/**
 * Academic signature, more kinds (fifteenth session, issue 13), read off the development splits by construction.
 * Writers' rule: the sign-off or signature shows an academic (Dr/Prof with a university or department, PhD
 * candidate, lecturer, research fellow); a medical "Dr" at a clinic is not academic.
 *
 * - A signature block without a closing line that opens with the name ("Wanjiru Kamau\nPhD Candidate, Dept. of
 *   Geography\nUniversity of Nairobi"), or under a closing the message parser does not know ("Saludos,", "With best
 *   regards,", «با تقدیم احترام»): the last short lines count when one of them opens with a title or a role ("Prof.",
 *   «دانشجوی دکتری …»), or when they hold a role and an institution together (weight 1.8 or more).
 * - Roles the lexicon lacked: «مدرس» (lecturer), «مربی گروه …» (instructor of a department), «پسادکتری»; "Universidad", "Facultad", "Università".
 * - A "Dr" whose only affiliation is medical (clinic, a practice, GP, MD, «مطب», «متخصص», «درمانگاه») is a physician:
 *   no cue when the title is not in the signature (`physicianOnly`); a physician signing with the title shows the cue
 *   (academic.sig38.ts, the thirty-eighth session's convention).
 */
import type { CueContext } from '../cue.ts';
import type { LexiconPart } from '../tokens.ts';
import type { Evidence } from '../types.ts';

/** More title words, in academic.ts's category. */
export const academicKinds15Lexicon: LexiconPart = {
  academic: {
    universidad: 1, 'università': 1, universiteit: 1, universitet: 1, facultad: 0.9, 'senior lecturer': 1, 'teaching fellow': 1,
    'مدرس': 0.8, 'مربی گروه': 1, 'پسادکتری': 1, 'پسادکترا': 1, 'دانشجوی دکترا': 1,
  },
};

/** The two title words of a role and its institution make a signature tail without a title first. */
export const TAIL_EVIDENCE = 1.8;

/** Whether the guessed signature tail [tailStart, end) is a signature: a line opens with a title, or role + institution. */
export function tailIsSignature(ctx: CueContext, tailStart: number, titleCategory: string, openerCategory: string): boolean {
  const text = ctx.doc.text;
  let weight = 0;
  for (const h of ctx.hits) {
    if (h.start < tailStart) continue;
    if (h.category === titleCategory) weight += h.weight;
    // A title or a role opening one of the tail's lines ("Saludos,\nProf. Camila Rojas", "…\nدانشجوی دکتری جامعه‌شناسی").
    const opensLine = /(?:^|\n)[ \t]*$/.test(text.slice(Math.max(0, h.start - 40), h.start));
    if (opensLine && (h.category === openerCategory || (h.category === titleCategory && h.weight >= 1))) return true;
  }
  return weight >= TAIL_EVIDENCE;
}

const DOCTOR = /^(?:dr|دکتر)\.?$/i;
const MEDICAL = /\b(?:clinic|practice|medical|md|gp|hospital|surgery|pharmacy|dental|dentist|physician|veterinary|vet|nhs)\b|مطب|متخصص|درمانگاه|بیمارستان|کلینیک|داروخانه|دندانپزشک|دامپزشک|پزشک/i;

/** A "Dr" whose affiliation is medical: the evidence is only the title, and the signature names a clinic. */
export function physicianOnly(ctx: CueContext, evidence: readonly Evidence[]): boolean {
  if (evidence.length === 0 || !evidence.every((e) => DOCTOR.test(e.text.trim()))) return false;
  const last = evidence[evidence.length - 1];
  // The lines from the title on (the signature), the closing and signature regions included.
  const tail = ctx.message.slice(last.start, Math.min(ctx.message.length, last.start + 200));
  return MEDICAL.test(tail.replace(/^\S+\s*/, ''));
}
