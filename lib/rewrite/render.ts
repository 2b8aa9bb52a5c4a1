/**
 * Filling a replacement for one match: slots get the agent's own words, <lemma> words take the form
 * of the matched word without its negation (person and register kept in Persian), polarity words
 * in the slots follow the negation out ("any" -> "some"), and capitals fit the place.
 */
import { inflectFa, positiveFa, type Token } from '../nlp/index.ts';
import type { ReplacementPiece } from '../packs/pattern.ts';
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
 * Negative-polarity words in a slot, once the negation that licensed them is gone: "any seats" ->
 * "some seats", "anything" -> "something", "anymore"/"at all" dropped; Persian «هیچ» dropped.
 */
export function flipPolarity(text: string, language: PackLanguage): string {
  if (language === 'fa') return text.replace(/(^|[\s\u200c])هیچ[\s\u200c]*/g, '$1').trim() || text;
  return text
    .replace(/\s*\b(?:any ?more|any longer|at all)\b/gi, '')
    .replace(/\bany(thing|one|body|where)?\b/gi, (m, tail: string | undefined) => keepCase(m, `some${tail ?? ''}`));
}

function lemmaText(lemma: string, inp: RenderInput): string {
  const { lemmaToks, lemmas, faVerb } = inp.info;
  for (let k = 0; k < lemmaToks.length; k++) {
    const t = lemmaToks[k];
    if (t.lemma !== lemma && lemmas[k] !== lemma) continue;
    if (t.lang === 'fa') return positiveFa(t.text);
    if (t.lemma === lemma) return t.norm;
  }
  if (inp.language === 'fa' && faVerb?.fa) {
    const joiner = /می\u200c/.test(faVerb.text) ? '\u200c' : /می /.test(faVerb.text) ? ' ' : /^ن?می/.test(faVerb.text) ? '' : '\u200c';
    return inflectFa(lemma, { person: faVerb.fa.person, colloquial: faVerb.fa.colloquial, joiner }) ?? lemma;
  }
  return lemma;
}

export function renderReplacement(pieces: readonly ReplacementPiece[], inp: RenderInput): string {
  const { slots, atSentenceStart, original } = inp;
  let out = '';
  for (const p of pieces) {
    if (typeof p === 'string') out += p;
    else if ('lemma' in p) out += lemmaText(p.lemma, inp);
    else {
      let v = slots.get(p.slot) ?? '';
      if (inp.flipPolarity) v = flipPolarity(v, inp.language);
      // A slot that starts a sentence inside the replacement gets a capital ("that product" -> "That product").
      if (out === '' ? atSentenceStart : /[.!?]["')\]]*\s+$/.test(out)) v = upperFirst(v);
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
