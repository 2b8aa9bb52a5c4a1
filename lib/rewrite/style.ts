/**
 * English replacements written the way the draft around them is written. A rule's replacement is
 * written in sentence case with contractions ("Rather than {action}, we can ___", "That's how we
 * handle this"); spliced into a draft typed in capitals or in full forms it reads like a second
 * writer ("Rather than RESEND THE CODE, we can ___", "We do not ... While we don't ..."). So:
 *
 * - capitals: when the matched words are all capitals (two words or more: "WE CANNOT", not "ETA"),
 *   the replacement is too;
 * - full forms: when the matched words spell a contraction out ("do not", "cannot", "that is") and
 *   their sentence contracts nothing, the replacement's contractions are spelt out as well;
 * - apostrophes: a sentence typed with curly apostrophes ("I’ll try to …") and no straight one gets
 *   curly ones in the replacement too ("I’ll aim to …", not "I'll aim to …" beside "I’ve").
 *
 * The slots hold the agent's own words, which come from the matched text, so changing the whole
 * replacement never changes their words (capitals were capitals, and full forms hold no contraction).
 */

const LETTER_WORDS = /[A-Za-z]+/g;

/** At least two words with letters, and no lower-case letter. */
export function isShouting(original: string): boolean {
  const words = original.match(LETTER_WORDS) ?? [];
  return words.length >= 2 && !/[a-z]/.test(original) && words.join('').length >= 4;
}

// "it is", "that is" count only before more words: "where it is" cannot be contracted anyway.
const FULL_FORM = /\b(?:(?:do|does|did|is|are|was|were|have|has|had|will|would|should|could|must|can) not|I am|we are|you are|they are|we will|I will|(?:it|that|there) is(?=\s+[A-Za-z]))\b/i;
/** A contraction, with or without its apostrophe ("don't", "dont", "I'm", "Im", "thats"). */
const CONTRACTED = /\b\w+['’](?:t|s|re|ll|ve|d|m)\b|\b(?:dont|doesnt|didnt|cant|wont|isnt|arent|wasnt|werent|havent|hasnt|couldnt|shouldnt|wouldnt|im|ive|youre|theyre|thats|theres|its|ill|weve|youll|theyll)\b/i;

/** The draft writes full forms here: the matched words spell a contraction out, and the sentence contracts nothing. */
export function prefersFullForms(original: string, sentence: string): boolean {
  return FULL_FORM.test(original) && !CONTRACTED.test(sentence);
}

const EXPANSIONS: Record<string, string> = {
  "don't": 'do not', "doesn't": 'does not', "didn't": 'did not', "can't": 'cannot', "won't": 'will not',
  "isn't": 'is not', "aren't": 'are not', "wasn't": 'was not', "weren't": 'were not', "haven't": 'have not',
  "hasn't": 'has not', "couldn't": 'could not', "wouldn't": 'would not', "shouldn't": 'should not',
  "i'm": 'I am', "i'll": 'I will', "i'd": 'I would', "i've": 'I have', "we're": 'we are', "we'll": 'we will',
  "we'd": 'we would', "we've": 'we have', "you're": 'you are', "you'll": 'you will', "it's": 'it is',
  "that's": 'that is', "there's": 'there is', "here's": 'here is', "what's": 'what is', "they're": 'they are',
};
const CONTRACTION = /\b[A-Za-z]+['’][a-z]+\b/g;

/** Contractions spelt out, keeping a leading capital ("That's" -> "That is", "I'd" -> "I would"). */
export function expandContractions(text: string): string {
  return text.replace(CONTRACTION, (m) => {
    const full = EXPANSIONS[m.toLowerCase().replace('’', "'")];
    if (!full) return m;
    return /^[A-Z]/.test(m) ? full[0].toUpperCase() + full.slice(1) : full;
  });
}

/** Upper-case everything but the template blank (it has no case anyway). */
const shout = (text: string) => text.toUpperCase();

/** The sentence writes its apostrophes curly (’) and never straight. */
export function prefersCurlyApostrophes(sentence: string): boolean {
  return /[A-Za-z]’[A-Za-z]/.test(sentence) && !/[A-Za-z]'[A-Za-z]/.test(sentence);
}

/** An English replacement fitted to how the matched words were written (see the file comment). */
export function fitEnglishStyle(replacement: string, original: string, sentence: string): string {
  if (!replacement) return replacement;
  if (isShouting(original)) return shout(replacement);
  const fitted = prefersFullForms(original, sentence) ? expandContractions(replacement) : replacement;
  return prefersCurlyApostrophes(sentence) ? fitted.replace(/([A-Za-z])'([A-Za-z])/g, '$1’$2') : fitted;
}
