/**
 * Filling a replacement for one match: slots get the agent's own words, <lemma> words take the form
 * of the matched word without its negation (person and register kept in Persian), polarity words
 * in the slots follow the negation out ("any" -> "some"), and capitals fit the place.
 */
import { analyzeSentenceTokens, faImperative, inflectFa, positiveFa, timeKind, type FaVerb, type Token } from '../nlp/index.ts';
import type { LemmaFeatures, ReplacementPiece } from '../packs/pattern.ts';
import type { PackLanguage } from '../packs/schema.ts';

export interface RenderInput {
  slots: Map<string, string>;
  atSentenceStart: boolean;
  /** The matched text, for capital decisions. */
  original: string;
  info: { lemmaToks: Token[]; lemmas: string[]; faVerb: Token | null };
  language: PackLanguage;
  /** The match held a negation that this replacement drops: slot words change polarity. */
  flipPolarity: boolean;
}

const I_FORMS = new Set(['i', "i'm", "i'll", "i've", "i'd", 'i’m', 'i’ll', 'i’ve', 'i’d']);

const upperFirst = (s: string) => (/^[a-z]/.test(s) ? s[0].toUpperCase() + s.slice(1) : s);

function firstWord(s: string): string {
  const m = /[\p{L}\p{N}'’]+/u.exec(s);
  return m ? m[0] : '';
}

const keepCase = (from: string, to: string) => (/^[A-Z]/.test(from) ? to[0].toUpperCase() + to.slice(1) : to);

/**
 * "a" or "an" before `word` by its sound: initialisms by the name of their first letter ("an RMA",
 * "a KB article"), a few silent h and "you"-sounding u words, otherwise the first letter.
 */
export function articleFor(word: string): 'a' | 'an' {
  if (/^[A-Z]{2,}\b/.test(word) || /^[A-Z]\b/.test(word)) return /^[AEFHILMNORSX]/.test(word) ? 'an' : 'a';
  const w = word.toLowerCase();
  if (/^(?:hour|honest|honou?r|heir)/.test(w)) return 'an';
  if (/^(?:uni|use|usu|uti|ura|uro|eu|ewe|one\b|once)/.test(w)) return 'a';
  return /^[aeiou]/.test(w) ? 'an' : 'a';
}

const DETERMINERS = new Set(['a', 'an', 'the', 'our', 'your', 'my', 'their', 'his', 'her', 'its', 'this', 'that', 'these', 'those', 'some', 'any']);

/**
 * The article the draft has just before a replaced span, fitted to each replacement's first word
 * ("an RMA" -> "a return"). Returns the widened start and replacements, or null when nothing needs
 * to change (the article already fits, or a replacement is empty or keeps the original's first word).
 */
export function fitArticle(draft: string, start: number, lo: number, original: string, replacements: readonly string[]): { start: number; replacements: string[] } | null {
  const m = /(?:^|[^\p{L}\p{N}'’])(an?)(\s+)$/iu.exec(draft.slice(Math.max(lo, start - 6), start));
  if (!m || !replacements.length) return null;
  const article = m[1];
  const firstOrig = firstWord(original).toLowerCase();
  let change = false;
  for (const r of replacements) {
    const w = firstWord(r);
    if (!w || !/^[\p{L}\p{N}]/u.test(r) || w.toLowerCase() === firstOrig) return null;
    if (DETERMINERS.has(w.toLowerCase()) || articleFor(w) !== article.toLowerCase()) change = true;
  }
  if (!change) return null;
  // A replacement that brings its own determiner ("our specialist team") takes the article's place.
  const fitted = (r: string) => (DETERMINERS.has(firstWord(r).toLowerCase()) ? keepCase(article, r) : keepCase(article, articleFor(firstWord(r))) + m[2] + r);
  return { start: start - article.length - m[2].length, replacements: replacements.map(fitted) };
}

/**
 * Negative-polarity words in a slot, once the negation that licensed them is gone: "any seats" ->
 * "some seats", "anything" -> "something", "anymore"/"at all" dropped; Persian «هیچ» dropped.
 */
export function flipPolarity(text: string, language: PackLanguage): string {
  if (language === 'fa') return text.replace(/(^|[\s\u200c])هیچ[\s\u200c]*/g, '$1').trim() || text;
  return text
    .replace(/\s*\b(?:any ?more|any longer|at all)\b/gi, '')
    .replace(/\bany(thing|one|body|where)?\b/gi, (m, tail: string | undefined) => keepCase(m, `some${tail ?? ''}`));
}

function lemmaText(lemma: string, inp: RenderInput, feats: LemmaFeatures | undefined): string {
  const { lemmaToks, lemmas, faVerb } = inp.info;
  for (let k = 0; k < lemmaToks.length; k++) {
    const t = lemmaToks[k];
    if (t.lemma !== lemma && lemmas[k] !== lemma) continue;
    if (t.lang === 'fa') return feats && t.fa ? inflectLike(lemma, t.fa, t.text, feats) : positiveFa(t.text);
    if (t.lemma === lemma) return t.norm;
  }
  if (inp.language === 'fa' && faVerb?.fa) return inflectLike(lemma, faVerb.fa, faVerb.text, feats ?? {});
  // No Persian verb in the match: the features say it all (formal, 3rd person singular unless set).
  if (inp.language === 'fa' && feats) {
    const person = { person: feats.person ?? 3, plural: feats.plural ?? false };
    return inflectFa(lemma, { person, colloquial: feats.register === 'colloquial', mood: feats.mood }) ?? lemma;
  }
  return lemma;
}

/**
 * `lemma` inflected like the matched verb `v` (written `text`): its person, number, register and
 * spelling of می (ZWNJ, space or joined), with what `feats` sets instead.
 */
function inflectLike(lemma: string, v: FaVerb, text: string, feats: LemmaFeatures): string {
  const joiner = /می\u200c/.test(text) ? '\u200c' : /می /.test(text) ? ' ' : /^ن?می/.test(text) ? '' : '\u200c';
  const person = { person: feats.person ?? v.person.person, plural: feats.plural ?? v.person.plural };
  const samePerson = person.person === v.person.person && person.plural === v.person.plural;
  const colloquial = feats.register ? feats.register === 'colloquial' : v.colloquial;
  // The writer's own ending («می‌تونید», not «ـین») only where person and register stay: a formal
  // «می‌شود» written for a colloquial «نمی‌شه» must not keep its «ـه».
  return inflectFa(lemma, { person, colloquial, joiner, ending: samePerson && colloquial === v.colloquial ? v.ending : undefined, mood: feats.mood }) ?? lemma;
}

/** English subject pronouns and the present and past forms of be, have and do that agree with them. */
const AGREE: Record<string, { be: [string, string]; have: string; do: string }> = {
  i: { be: ['am', 'was'], have: 'have', do: 'do' },
  we: { be: ['are', 'were'], have: 'have', do: 'do' },
  you: { be: ['are', 'were'], have: 'have', do: 'do' },
  they: { be: ['are', 'were'], have: 'have', do: 'do' },
  he: { be: ['is', 'was'], have: 'has', do: 'does' },
  she: { be: ['is', 'was'], have: 'has', do: 'does' },
  it: { be: ['is', 'was'], have: 'has', do: 'does' },
};
const PAST_FORMS = new Set(['was', 'were', 'had', 'did']);

/**
 * An English <be>, <have> or <do> right after a subject pronoun in the replacement ("I <be>",
 * "{who} <have>") agrees with it, so a replacement that swaps the subject (we -> I) keeps
 * agreement: "we are" -> "I am". The tense of the matched form is kept (was/were).
 */
function agreeEn(lemma: string, form: string, before: string): string {
  if (lemma !== 'be' && lemma !== 'have' && lemma !== 'do') return form;
  const subject = /([A-Za-z]+)\s+$/.exec(before)?.[1].toLowerCase();
  const a = subject ? AGREE[subject] : undefined;
  if (!a) return form;
  const past = PAST_FORMS.has(form.toLowerCase());
  if (lemma === 'be') return a.be[past ? 1 : 0];
  if (past) return form;
  return lemma === 'have' ? a.have : a.do;
}

const EN_TIME_WORDS = new Set(
  `monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thur thurs fri sat sun january february
  march april may june july august september october november december jan feb mar apr jun jul aug sep sept oct nov dec
  today tomorrow tonight morning afternoon evening noon midday midnight weekend week month year quarter am pm
  christmas easter eod`.split(/\s+/),
);

/**
 * What a slot after "once" names: 'point' only when it is plainly a time ("Monday",
 * "next week", "the 15th", "10am") and has no verb; 'duration' for a length ("3 days"); otherwise
 * 'clause' (leave the word alone).
 */
function slotTime(text: string): 'point' | 'duration' | 'clause' {
  const toks = analyzeSentenceTokens(text);
  const kind = timeKind(toks, 0, toks.length);
  // A bare length ("3 days", "10 working days"), not "3 days after payment".
  if (kind === 'duration') {
    if (toks.some((t) => t.norm === 'after' || t.norm === 'before')) return 'point';
    return toks.filter((t) => t.word).length <= 4 ? 'duration' : 'clause';
  }
  if (kind !== 'point') return kind;
  return toks.some((t) => t.word && (EN_TIME_WORDS.has(t.norm) || /^\d/.test(t.norm))) ? 'point' : 'clause';
}

/**
 * "once" before a point in time reads wrong ("we can ship once Monday"): a rule written for
 * "until <event>" that also caught "until <day>" says "from Monday"; before a length of time,
 * "after 3 days". Only "once" written in the replacement changes ("as soon as Monday" reads well).
 */
function timeWordAgreement(out: string, slotText: string): string {
  const m = /\b(once)(\s+)$/i.exec(out);
  if (!m) return out;
  const kind = slotTime(slotText);
  if (kind === 'clause') return out;
  return out.slice(0, m.index) + keepCase(m[1], kind === 'point' ? 'from' : 'after') + m[2];
}

/** A time or certainty adverb opening a slot right before its question word ("yet what", "for sure when", "exactly what time": a confirmed answer is an exact one). */
const LEADING_ADVERB_BEFORE_WH =
  /^(?:(?:yet|as yet|still|for sure|for certain|right now|at the moment|at this (?:point|stage|time)|currently|exactly|precisely|offhand|off-hand|off hand|off the top of my head|off the cuff|just now|for definite|without checking)\s*,?\s+)(?=(?:what|when|why|how|whether|if|where|who|which)\b)/i;

export function renderReplacement(pieces: readonly ReplacementPiece[], inp: RenderInput): string {
  const { slots, atSentenceStart, original } = inp;
  let out = '';
  for (const p of pieces) {
    if (typeof p === 'string') out += p;
    else if ('match' in p) out += original;
    else if ('lemma' in p) {
      const form = lemmaText(p.lemma, inp, p.feats);
      out += inp.language === 'en' ? agreeEn(p.lemma, form, out) : form;
    } else {
      let v = slots.get(p.slot) ?? '';
      if (p.mood === 'imp' && inp.language === 'fa') v = faImperative(v);
      if (inp.flipPolarity) v = flipPolarity(v, inp.language);
      // A slot that starts a sentence inside the replacement gets a capital ("that product" -> "That product").
      if (out === '' ? atSentenceStart : /[.!?]["')\]]*\s+$/.test(out)) v = upperFirst(v);
      if (inp.language === 'en' && v) out = timeWordAgreement(out, v);
      // "we don't know yet what is causing it" -> "… a confirmed answer yet on what …": an adverb the agent put between
      // "know" and its question word would land between the replacement's preposition and that word ("on yet what").
      // "i dont know if the rebate covers it" -> "… a confirmed answer yet on whether …" (a preposition takes no "if").
      if (inp.language === 'en' && /\b(?:on|about|regarding|as to)\s+$/i.test(out)) v = v.replace(LEADING_ADVERB_BEFORE_WH, '').replace(/^if\b/, 'whether').replace(/^If\b/, 'Whether');
      out += v;
    }
  }
  if (atSentenceStart) return upperFirst(out);
  // Mid-sentence, a replacement written "Please ..." is capitalised only because of how the rule
  // was written: lower-case it, unless the draft itself had a capital there for its own reasons
  // (a name) or the word is "I".
  if (typeof pieces[0] === 'string') {
    const w = firstWord(out);
    const o = firstWord(original);
    const styleCapital = /^[A-Z][a-z'’]*$/.test(w) && w.length > 0 && !I_FORMS.has(w.toLowerCase());
    const draftLower = o !== '' && (/^[a-z]/.test(o) || I_FORMS.has(o.toLowerCase()) || !/^[A-Za-z]/.test(o));
    if (styleCapital && draftLower && out.startsWith(w)) return w[0].toLowerCase() + out.slice(1);
  }
  return out;
}
