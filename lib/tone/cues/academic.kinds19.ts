/**
 * Academic signature, the nineteenth session's kinds (read off late18, late13, late10 and late8 by kind, built in
 * scripts/tone-register-matrix19.ts with look-alikes). Writers' rule: the signature shows a scholar (a title or an
 * academic role with its institution). Not academic:
 *
 * - A bare English "Dr" that does not sign the message (academic.sig38.ts: a "Dr" in the signature shows the cue, a
 *   physician's too, since the thirty-eighth session's convention).
 * - University staff who are not scholars: the signature names the institution and an office role (administrative
 *   officer, IT services coordinator, finance, admissions; «کارشناس امور مالی دانشگاه», «کارمند دانشکده») and no
 *   academic role; a professor named in the body is the person they write for.
 * - A university named only inside the body's sentences ("My university says my fee has not come through", "the
 *   university portal"): where the customer or their child studies, not a signature.
 */
import type { CueContext } from '../cue.ts';
import type { Evidence } from '../types.ts';

const DOCTOR_EN = /^dr\.?$/i;
const INSTITUTION = /^(?:university|univ|universit\S*|universidad|universiteit|universitet|faculty of|department of|dept\. of|school of|institute|college|laboratory|lab|facultad|دانشگاه|دانشکده|پژوهشگاه|پژوهشکده)$/i;
const ROLE_SIG = /\b(?:dr\.?|prof\.?|professor|lecturer|phd|ph\.d|researcher|research\s+fellow|postdoc\S*|reader|scientist|teaching\s+fellow|(?:research|teaching|graduate)\s+assistant|doctoral)\b|دکتر|استاد|دانشیار|استادیار|هی[ئا]ت\s*علمی|دانشجوی\s*دکتر|پژوهشگر|مدرس|پسادکتر/i;
const STAFF_SIG = /\b(?:officer|administrator|administration|administrative|coordinator|co-ordinator|manager|assistant|secretary|services|finance|accounts|procurement|registry|admissions|librarian|technician|receptionist|clerk)\b|کارشناس|کارمند|مسئول|امور\s*مالی|کارپرداز|دبیرخانه|منشی|اداره/i;

const inOuter = (ctx: CueContext, e: Evidence) => ctx.outer.some((r) => e.start >= r.span.start && e.end <= r.span.end);

/** Whether the academic evidence belongs to one of the kinds above (no cue). */
export function notAcademic19(ctx: CueContext, evidence: readonly Evidence[], signed = false): boolean {
  if (evidence.length === 0) return false;
  const words = evidence.map((e) => e.text.trim());
  // A bare "Dr" in an English message, unless it signs the message (academic.sig38.ts).
  if (!signed && !ctx.fa && words.every((w) => DOCTOR_EN.test(w))) return true;
  // University staff: the signature (closing region, or the body's last lines) holds an office role and no academic one.
  const sig = ctx.outer.length > 0 ? ctx.outer.map((r) => ctx.message.slice(r.span.start, r.span.end)).join('\n') : ctx.message.slice(Math.max(ctx.offset, ctx.message.lastIndexOf('\n\n')));
  if (STAFF_SIG.test(sig) && !ROLE_SIG.test(sig) && evidence.filter((e) => inOuter(ctx, e) || ctx.outer.length === 0).every((e) => INSTITUTION.test(e.text.trim()))) return true;
  // Only institutions, all inside the body's sentences (none opens a line or follows a comma).
  if (words.every((w) => INSTITUTION.test(w)) && evidence.every((e) => !inOuter(ctx, e))) {
    const inSentence = evidence.every((e) => /[\p{L}\p{N}][^\S\n]+(?:the[^\S\n]+|of[^\S\n]+)?$/u.test(ctx.message.slice(Math.max(0, e.start - 30), e.start)));
    if (inSentence) return true;
  }
  return false;
}
