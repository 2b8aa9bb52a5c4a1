/**
 * dialect32: English dialect, chat and learner spellings of common words, read by the language layer (en.ts) so every
 * pack rule and reader sees the word meant (Caribbean "cyaan", "yuh", "need fi"; Geordie "divvent"; dropped g's "tryin",
 * "nothin'"; "dunno"; chat "bc", "b4"; learner "informations"). Data and small pure checks only; the written form and its
 * offsets stay on the token. Trust before coverage: a form that is also an ordinary word, a name or a code in another
 * sense is read only in the context that makes it the dialect word (DIALECT_GUARDED, the context words below).
 */
import { dict } from './dict.ts';

const words = (s: string) => s.trim().split(/\s+/);

/** Forms that are no other English word: read as the word meant wherever they stand (merged into MISSPELLINGS). */
export const DIALECT_WORDS: Record<string, string> = dict({
  // Caribbean (Jamaican) pronouns and verbs.
  // Not "nuttin"/"nutten": after a Caribbean negative it is "anything" ("nuh haffi worry bout nutten" is reassurance).
  yuh: 'you', sumting: 'something', sumtin: 'something',
  // Scots / Northern past forms.
  telt: 'told',
  // Chat.
  tho: 'though', thru: 'through',
  // Learner plurals of uncountable nouns ("the informations you asked", "some advices").
  informations: 'information', advices: 'advice', equipments: 'equipment', feedbacks: 'feedback', furnitures: 'furniture',
  luggages: 'luggage', baggages: 'baggage', softwares: 'software',
});

/** Contractions and fused forms of two words (merged into NO_APOSTROPHE: [split position, first norm, second norm]). */
export const DIALECT_SPLITS: Record<string, [number, string, string]> = dict({
  // Caribbean "cyaan"/"caan"/"kyaan" (can't); not "cyan" (a colour) or "can" (a tin).
  cyaan: [3, 'can', 'not'], kyaan: [3, 'can', 'not'], caan: [2, 'can', 'not'],
  // Geordie "divvent" (don't).
  divvent: [3, 'do', 'not'], divvint: [3, 'do', 'not'],
  // Not the fused "-a" forms ("musta", "shoulda", "hafta", "haffi", "lemme"): readers of the twenty-ninth to thirty-first
  // sessions read them as written (kinds29, kinds31's blame-musta, recall29's keep-calling-shoulda).
});

/** Bases of "n't" written in dialect (merged into en.ts's NT_BASE): Geordie "divn't" (don't). */
export const DIALECT_NT_BASE: Record<string, string> = dict({ div: 'do' });

/**
 * Chat and dialect forms that are also a name, an initialism or a code in capitals ("BC", "B4" paper, "COS", "WID"):
 * read as the word meant only when written in lower case, or capitalised as a sentence's first word.
 */
export const DIALECT_GUARDED: Record<string, string> = dict({
  bc: 'because', b4: 'before', cos: 'because', mek: 'make', tek: 'take', neva: 'never',
});

/** Words read by their neighbours in en.ts (dialectInContext): never kept in the table of plain words. */
export const DIALECT_CONTEXT = new Set(['mi', 'wi', 'fi', 'nah', 'nuh', 'r', 'possible', ...Object.keys(DIALECT_GUARDED)]);

/** Subjects before Caribbean "nah" (not) and chat "r" (are): "we nah gonna", "mi nah able", "we r closed". */
export const DIALECT_SUBJECTS = new Set(words('i we you u they he she it mi wi yuh dem unu ya'));
/** After "nah" as "not": "nah gonna", "nah going", "nah able". Otherwise "nah" is the "no" of an answer ("nah, that's fine"). */
export const NAH_NOT_NEXT = new Set(words('gonna going go goin able have got do doing'));
/**
 * After Caribbean "mi" as "I" and "wi" as "we" ("mi cyaan help", "wi cyaan do", "mi nah know"): a modal, an auxiliary, a
 * negative or a verb of knowing. Otherwise "mi" is read as written ("mi casa", Xiaomi's "Mi 11", the note "mi") and "wi" as
 * the Scots "with" ("wi the keys").
 */
export const MI_I_NEXT = new Set(
  words(`cyaan caan kyaan cannot cant can can't can’t nah nuh no never neva dunno don't don’t dont didn't didn’t didnt did
  will would could should must have haffi affi need know tink think sorry understand see`),
);
/** Before Caribbean "fi" as "to" ("need fi call", "have fi wait", "going fi check"); never "wi fi", "hi fi", "sci fi". */
export const FI_TO_BEFORE = new Set(words('need needs needed have has had ha affi want wants wanted try tried going supposed able got time gwine'));
/** A person as the subject of a learner "not possible to" ("we are not possible to refund" is "we are not able to"). */
export const POSSIBLE_SUBJECTS = new Set(words('i we you they u'));
/** Written "we're", "i'm" … (one raw word) before a learner "not possible to". */
export const POSSIBLE_SUBJECT_BE = new Set(words("we're i'm they're you're we’re i’m they’re you’re im theyre youre"));

/**
 * Dropped g's ("tryin", "nothin'", "gettin", "waitin"): the "-ing" form meant, when it is the "-ing" of a verb the layer
 * knows (checked by the caller with its lemma) or one of these pronouns and nouns. Never words that end in "-in" on their
 * own ("login", "checkin", "plugin", "raisin" would read as "logging", "checking", "plugging", "raising").
 */
export const DROPPED_G_NOUNS = new Set(words('nothin somethin anythin everythin mornin evenin'));
export const NOT_DROPPED_G = new Set(words('login checkin plugin signin raisin addin logn admin begin within again cabin margin'));
