/**
 * The generic readers, one per language: they recognise the constructions of negative phrasing
 * (a refusal, an obligation put on the customer, blame, …) in wordings no pack rule lists, and the
 * engine shows what they find as advice (no text change) where no pack rule matched the clause.
 * Their suggestions belong to a built-in pseudo-pack, GENERIC_PACK_ID, so an agent silences one
 * construction as `tactful-generic/<construction>` and a team turns them all off by putting the
 * id in `disabledPacks`, like any pack.
 *
 * A reader's explanations may hold `{words}`, replaced by the words it read (shortened when long).
 */
import { isolate } from '../../i18n/index.ts';
import type { Token } from '../../nlp/index.ts';
import type { PackLanguage, RuleCategory, Severity } from '../../packs/schema.ts';
import { readConstructionsEn } from './constructions.en.ts';
import { EXPLAIN_EN, readGenericEn } from './en.ts';
import { readConstructionsFa } from './constructions.fa.ts';
import { EXPLAIN_FA, readFinglish, readGenericFa } from './fa.ts';
import { readFinglishB27 } from './breadth27.fa.ts';
import { readFinglish28 } from './kinds28.fa.ts';
import { readFinglish30 } from './kinds30.fa.ts';
import { readFinglish37 } from './kinds37.fa.ts';
import { readFinglish32 } from './kinds32.fa.ts';
import { EXPLAIN_KINDS20_FA } from './kinds20.fa.ts';
import { EXPLAIN_FAMILIES_EN, readFamiliesEn } from './families.en.ts';
import { readKindsEn } from './kinds.en.ts';
import { EXPLAIN_DEPT_EN, readDeptEn } from './dept.en.ts';
import { EXPLAIN_REMIND19_EN, readRemind19En } from './remind19.en.ts';
import { EXPLAIN_KINDS16_EN, readKinds16En } from './kinds16.en.ts';
import { EXPLAIN_KINDS20_EN, readKinds20En } from './kinds20.en.ts';
import { EXPLAIN_KINDS21_EN, readKinds21En } from './kinds21.en.ts';
import { readKinds22En } from './kinds22.en.ts';
import { EXPLAIN_JARGON, readJargonEn, readJargonFa } from './jargon.ts';
import { readJargon19En } from './jargon19.en.ts';
import { readJargon21En } from './jargon21.en.ts';
import { readJargon30En, readJargon30Finglish } from './jargon30.ts';
import { readJargon31En, readJargon31Fa } from './jargon31.ts';
import { EXPLAIN_JARGON32, readJargon32En, readJargon32Fa } from './jargon32.ts';
import { readJargon33En, readJargon33Fa } from './jargon33.ts';
import type { GenericExplain, GenericHit, GenericReader } from './types.ts';

export type { GenericExplain, GenericHit, GenericReader } from './types.ts';

/** The pseudo-pack id of generic suggestions (silence keys, disabledPacks). */
export const GENERIC_PACK_ID = 'tactful-generic';

/** A reader, then a second one whose hits give way to any hit of the first over the same words. */
const withSecond =
  (read: GenericReader, second: GenericReader): GenericReader =>
  (text, tokens) => {
    const hits = read(text, tokens);
    const more = second(text, tokens);
    if (!more.length) return hits;
    return [...hits, ...more.filter((h) => !hits.some((e) => e.start < h.end && e.end > h.start))].sort((a, b) => a.start - b.start);
  };
/**
 * (perfen31) withSecond applied in turn, as one loop: the English chain of 18 readers was 18 nested closures, each call
 * through them all. The same hits in the same order: each reader's hits give way to any hit kept before it.
 */
const chain =
  (readers: readonly GenericReader[]): GenericReader =>
  (text, tokens) => {
    let hits = readers[0](text, tokens);
    for (let k = 1; k < readers.length; k++) {
      const more = readers[k](text, tokens);
      if (!more.length) continue;
      hits = [...hits, ...more.filter((h) => !hits.some((e) => e.start < h.end && e.end > h.start))].sort((a, b) => a.start - b.start);
    }
    return hits;
  };
/** English sentences also go through the Finglish reader (Persian in Latin letters is read as English by lib/text). */
// The second English pass (lib/rewrite/generic/constructions.en.ts): its hit over words the first reader already read gives way.
// The third pass (lib/rewrite/generic/families.en.ts): families read in many shapes; its hit over words already read gives way.
// The fourth pass (lib/rewrite/generic/kinds.en.ts): blame and reproach by construction; its hit over words already read gives way.
// The fifth pass (lib/rewrite/generic/kinds16.en.ts): refusal as loss, blame as a question, tone policed, threats; it gives way too.
// The sixth pass (lib/rewrite/generic/dept.en.ts): not-my-department and the system as the reason, in the forms the others leave.
// The seventh (lib/rewrite/generic/remind19.en.ts): a pointed reminder, "you weren't supposed to".
// The eighth (lib/rewrite/generic/kinds20.en.ts): a duty by role, a scope denial, the system blocking, told already, absence blamed.
// The ninth (lib/rewrite/generic/kinds21.en.ts): told already in writing, "read it again", the scheduling tool, a reflex "Sorry!!".
// The tenth (lib/rewrite/generic/kinds22.en.ts): an apology before news that needs none, "try" with a bare verb, "let me see if I can".
const EN_BOTH: readonly GenericReader[] = [readGenericEn, readConstructionsEn, readFamiliesEn, readKindsEn, readKinds16En, readDeptEn, readRemind19En, readKinds20En, readKinds21En, readKinds22En];
// (rwfab27) Then this session's Finglish kinds (lib/rewrite/generic/breadth27.fa.ts): a hit over words already read gives way.
// (rwfa28) Then lib/rewrite/generic/kinds28.fa.ts's Finglish kinds.
// (rwfa30) Then lib/rewrite/generic/kinds30.fa.ts's Finglish kinds.
// (rwfa32) Then lib/rewrite/generic/kinds32.fa.ts's: God willing before the service's step.
const EN_WITH_FINGLISH: readonly GenericReader[] = [...EN_BOTH, (text) => readFinglish(text), (text) => readFinglishB27(text), (text) => readFinglish28(text), (text) => readFinglish30(text), (text) => readFinglish32(text), (text) => readFinglish37(text)];
// Then the jargon reader (lib/rewrite/generic/jargon.ts): a jargon hit over words the reader already read gives way.
// Then the back-office stage reader (lib/rewrite/generic/jargon19.en.ts): stages, teams and statuses that are not codes.
// Then unlisted capitals codes read by their role (lib/rewrite/generic/jargon21.en.ts): a fault, a regime, a hand-over, a procedure.
// (jargon30) Then a trade's loanword in Latin letters inside Persian written in Latin letters, and a code made a verb (lib/rewrite/generic/jargon30.ts).
// (jargon31) Then a code no list holds, read by the slot it sits in (a status, a stage, what a record is set to; lib/rewrite/generic/jargon31.ts), both languages.
// (jargon32) Then a word customers do not write, in a process slot (lib/rewrite/generic/jargon32.ts), both languages.
// (jargon33) Then a code in Finglish, a code in slots jargon31 does not know; Persian: a back-office label named by its number (lib/rewrite/generic/jargon33.ts).
const READERS: Partial<Record<PackLanguage, GenericReader>> = { en: chain([...EN_WITH_FINGLISH, readJargonEn, readJargon19En, readJargon21En, (text) => [...readJargon30Finglish(text), ...readJargon30En(text)], (text) => readJargon31En(text), (text) => readJargon32En(text), (text) => readJargon33En(text)]), fa: withSecond(withSecond(withSecond(withSecond(withSecond(readGenericFa, readConstructionsFa), readJargonFa), (text) => readJargon31Fa(text)), (text) => readJargon32Fa(text)), (text) => readJargon33Fa(text)) };
const EXPLAIN: Partial<Record<PackLanguage, GenericExplain>> = { en: { ...EXPLAIN_FA, ...EXPLAIN_EN, ...EXPLAIN_FAMILIES_EN, ...EXPLAIN_KINDS16_EN, ...EXPLAIN_DEPT_EN, ...EXPLAIN_REMIND19_EN, ...EXPLAIN_KINDS20_EN, ...EXPLAIN_KINDS21_EN, ...EXPLAIN_JARGON, ...EXPLAIN_JARGON32 }, fa: { ...EXPLAIN_FA, ...EXPLAIN_KINDS20_FA, ...EXPLAIN_JARGON, ...EXPLAIN_JARGON32, exasperation: EXPLAIN_KINDS16_EN.exasperation } };

/**
 * A reader that throws reads nothing for that sentence, so the agent's page never breaks on an odd draft; under vitest
 * (MODE 'test') the exception is thrown instead, so a reader that goes blind on a sentence fails the tests.
 */
const RETHROW = (import.meta as { env?: { MODE?: string } }).env?.MODE === 'test';

/** The jargon reader alone, Persian reading, over a whole mixed-script sentence (its Latin words are part of the Persian). */
export function readJargonMixed(text: string): GenericHit[] {
  try {
    // (jargon31) and the codes read by their slot, in a Persian sentence with many Latin words too.
    // (jargon32) and a word customers do not write, in a process slot.
    // (jargon33) and a back-office label named by its number.
    return withSecond(withSecond(withSecond((t) => readJargonFa(t), (t) => readJargon31Fa(t)), (t) => readJargon32Fa(t)), (t) => readJargon33Fa(t))(text);
  } catch (e) {
    if (RETHROW) throw e;
    return [];
  }
}

/** Languages with a generic reader. */
export const GENERIC_LANGUAGES: readonly PackLanguage[] = Object.keys(READERS) as PackLanguage[];

/**
 * What one sentence (or one script's run of a mixed sentence) holds, offsets into it; `tokens` are
 * its analyzeSentenceTokens when the caller already has them. Never throws:
 * a reader that fails on odd input yields nothing rather than breaking the whole analysis.
 */
export function readGeneric(lang: PackLanguage, text: string, tokens?: Token[]): GenericHit[] {
  const read = READERS[lang];
  if (!read) return [];
  try {
    return read(text, tokens).filter((h) => h && h.end > h.start && h.start >= 0 && h.end <= text.length);
  } catch (e) {
    if (RETHROW) throw e;
    return [];
  }
}

/** Severity of a generic suggestion: blame and refusals weigh as warnings, the rest as hints. */
export function genericSeverity(category: RuleCategory): Severity {
  return category === 'blame' || category === 'cant-wont' ? 'warning' : 'hint';
}

/** Quoted words in an explanation: at most this many characters (longer ones keep both ends). */
const MAX_WORDS_SHOWN = 60;

function shorten(words: string): string {
  const w = words.replace(/\s+/g, ' ').trim();
  if (w.length <= MAX_WORDS_SHOWN) return w;
  const half = Math.floor((MAX_WORDS_SHOWN - 1) / 2);
  return `${w.slice(0, half).trimEnd()}…${w.slice(w.length - half).trimStart()}`;
}

/**
 * The explanation of `construction` read in a `lang` sentence, in the UI language `ui`, naming the
 * words it read. An unknown construction gets a plain sentence rather than nothing.
 */
export function explainGeneric(lang: PackLanguage, construction: string, ui: 'en' | 'fa', words: string): string {
  const entry = EXPLAIN[lang]?.[construction] ?? EXPLAIN_EN[construction];
  const text = entry ? entry[ui] : ui === 'fa' ? 'این عبارت ({words}) منفی خوانده می‌شود: مثبت‌تر بنویسید.' : 'This reads as negative ({words}): say it more positively.';
  // The quoted words keep their own direction inside a sentence of the other script.
  return text.replace('{words}', isolate(ui, shorten(words)));
}
