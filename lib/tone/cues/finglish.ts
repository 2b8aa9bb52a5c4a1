/**
 * Finglish: Persian typed in Latin letters ("salam, mishe begid chera sefaresham hanooz nayoomade?"). The English
 * layer reads its words as unknown English words; this reader knows them as Persian by two means:
 *
 * - everyday Finglish words (greetings and thanks, question words, time words, the verbs of support messages in their
 *   usual spellings), none of them an English word ("man", "dare", "bad", "begin", "age", "ham" are left out);
 * - Persian word shapes no English word has: the negative present prefix («نمی»: "nemidoonam", "nemikone"), and the
 *   spoken possessive and object endings («ـتون»، «ـشون»، «ـمو»: "peygiritun", "sefareshamo").
 *
 * A message is Finglish with FINGLISH_ENOUGH distinct such words, unless its English function words ("the", "is",
 * "my", "please" …) are as many as its Finglish words: an English message with a Persian greeting ("Salam! My order
 * is late, merci") stays English.
 */

const WORDS = new Set(
  (
    // greetings, thanks, politeness
    'salam slm salaam merci mersi mrc mamnoon mamnun mamnunam mamnoonam lotfan lotfn khahesh khaheshan bebakhshid bebakhshin bebakhshid ' +
    'motasefam motasefane ghorban dastetoon dastet dasteton sepas sepasgozaram khodahafez khodafez vaght bekheir bekheyr ' +
    // question and linking words
    'chera chra chie chiye chiz chizi chetor chetori chetorie chejoori chejuri chegone koja kojast kojaye kei chandta vaghti inke ' +
    'hanooz hanuz hanoz hich hichi hichkas hichvaght dige digeh vali amma chon chun choon agar ageh hamin hamoon hamun inja injast ' +
    'oonja unja shoma shomaha baraye barat barash azash behem behet behesh mesle vaghean vaghan vaghan vaghean ' +
    // time
    'alan alaan emrooz emruz farda dirooz diruz dishab emshab hafte hafteh rooz ruz rooze ruze saat daghighe ' +
    // things of a support message
    'pool pul poolam pulam hesab hesabam hesabamo sefaresh sefareshe sefaresham sefareshamo kharid kharidam ersal ersali javab javabe ' +
    'payam payamam payamamo zang montazer montazeram moshkel moshkeli moshkelam dorost kharab khoob khub kheili kheyli khyli ziad ziyad ' +
    'peygiri tahvil pardakht pardakhtam poshtibani moshtari bargasht ghadimi jadid ' +
    // verbs, spoken and written spellings
    'bayad baiad nabayad mitoonam mitunam mitonam nemitoonam nemitunam mitoonid mitunid mitoonin mitunin mishe nemishe mikham mikhay ' +
    'mikhastam mikhaim shod shode shodam shodeh nashod nashode kard kardam kardim kardin kardid karde nakardam nakarde dadam dadim dadin ' +
    'dadid gereftam gereftim hast hastam hastim hastin nist nistam nistim nadaram daram darim darin nadarim nadare mikonam mikonim ' +
    'mikonid mikonin nemikonam nemikone mikone konid konin konam konim bedid bedin begid bebinam bebinid bedoonam bedunam midam midim ' +
    'midin midid nemide nemidin nemidid bargardoonid bargardunid bargardoon nayoomade nayumade oomade umade resid naresid nareside reside ' +
    'khastam khaste asabam asabi nemidoonam nemidunam midoonam midunam ' +
    'tamas gharar sabt taeed tayid bazesh estefade avaz tazeh ezafe toman'
  ).split(' '),
);

/** The negative present prefix, or a spoken possessive / object ending, on a word of four letters or more before it. */
const SHAPE = /^(?:nemi[a-z]{3,}|[a-z]{4,}(?:etun|itun|etoon|itoon|eshun|eshoon|emun|emoon|amo|esho))$/;

/** English function words an English message has many of (none of them a Finglish word). */
const ENGLISH = new Set(
  'the is are was were my your you it its and of for with this that have has had please i we they will would could should not on at from there what when where how why our me an'.split(' '),
);

export const FINGLISH_ENOUGH = 3;

/** SHAPE's shortest match has seven letters ("nemi" and three, or four and "amo"): a shorter word needs no expression run. */
const SHAPE_SHORTEST = 7;

/** Whether a Latin-script word (lower-cased) is Finglish. */
export function isFinglishWord(key: string): boolean {
  return WORDS.has(key) || (key.length >= SHAPE_SHORTEST && SHAPE.test(key));
}

/** A Latin-script word's class for finglishIndices: 1 an English function word, 2 a Finglish word, 0 neither. */
export function finglishClass(key: string): number {
  return ENGLISH.has(key) ? 1 : isFinglishWord(key) ? 2 : 0;
}

/**
 * The indices of the Finglish words among `keys` (lower-cased Latin-script words of one message), or none when the
 * message is not Finglish (fewer than FINGLISH_ENOUGH distinct ones, or as many English function words).
 */
export function finglishIndices(keys: readonly (string | null)[]): number[] {
  const found: number[] = [];
  const distinct = new Set<string>();
  let english = 0;
  for (let i = 0; i < keys.length; i++) {
    const k = keys[i];
    if (!k) continue;
    if (ENGLISH.has(k)) english++;
    else if (isFinglishWord(k)) {
      found.push(i);
      distinct.add(k);
    }
  }
  return distinct.size >= FINGLISH_ENOUGH && english < found.length ? found : [];
}
