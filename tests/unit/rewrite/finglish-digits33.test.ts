// @vitest-environment node
/**
 * fingl33: Finglish typed with digits for the letters Latin lacks ("mot2asefane", "sa3y", "ettela3i", "7atman"), read by
 * lib/nlp/finglish.ts (`digitFinglish`) and so by the Persian readers (lib/rewrite/finglish31.ts). Look-alikes of my own,
 * other trades and spellings: each negative's [[marked]] words are under a suggestion; digit-Finglish that is fine stays
 * quiet; codes, order numbers, times and English with digits get nothing from the Finglish reading.
 */
import { describe, expect, it } from 'vitest';
import { builtinPacks } from '../../../lib/packs/index.ts';
import { suggestRewrites } from '../../../lib/rewrite/index.ts';
import { parseMarked as parse } from '../../bench/rewrite-quality.ts';

export const DIGIT_NEGATIVES: readonly string[] = [
  // refusals and regret openers
  '[[mot2asefane]] bilit-e shoma ghabel-e esterdad nist.',
  '[[Mot2asefane]] ersal be shahrestan nadarim.',
  '[[mota2asefane]] ta3mir-e gooshi ro garanti poshesh nemide.',
  // not-knowing
  '[[ettela3i nadaram]] ke ta7vil key anjam mishe.',
  '[[hich ettela3i nadaram]], az anbar beporsid.',
  // trying instead of doing
  '[[sa3y mikonam]] ta farda dorostesh konam.',
  '[[sa3yam ro mikonam]] ke ghabz ta shanbe sader beshe.',
  '[[sa3yemoon ro mikonim]] mashin ro zoodtar tahvil bedim.',
  // blame and deflection
  '[[eshtebah az 3amalkard-e khodetoon]] bood.',
  'shoma ettela3at ro eshtebah vared kardin, [[mas2oliatesh ba khodetoone]].',
  '[[mas2ooliate in moshkel ba ma nist]].',
  // apology reflex
  'bebakhshid, [[3azr mikham]], mot2asefam ke in etefagh oftad.',
  // rules and the system
  '[[tebghe ghavanine forooshgah]] 3avaz kardan-e kala baad az 7 rooz emkan nadare.',
  '[[system 2ejaze nemide]] do ta kart sabt konid.',
];

export const DIGIT_QUIET: readonly string[] = [
  'ta3mir-e gooshi-ye shoma anjam shod, mitoonid tahvil begirid.',
  'mas2ool-e ersal alan ba shoma tamas migire.',
  'so2ali dashtid dar khedmatam.',
  'ba3d az ta2id-e pardakht, baste ersal mishe.',
  'sa3at-e 5 baste tahvil-e peyk shod.',
  'sefaresh-e shoma ba code A4B2 sabt shod va farda ersal mishe.',
  'mamnoon az sabr-e shoma, 3azizam.',
  'e3teraz-e shoma sabt shod va dar hal-e barresi ast.',
  'ta 48 sa3at-e ayande ba shoma tamas migirim.',
  'baste 7atman ta farda mirese.',
  // digits that are numbers or codes inside Finglish
  '2ta baste dar rah ast va 3shanbe mirese.',
  'lotfan code 5a7b ro vared konid.',
  'baraye 5omin bar az shoma mamnoonam.',
];

/** Codes, times, models and English with digits: nothing from the Finglish reading (other readers may judge the English). */
export const DIGIT_NOT_FINGLISH: readonly string[] = [
  'Your 2FA code expires at 7am tomorrow.',
  'The B2B plan supports 4G and x86 devices.',
  'Unfortunately the A4 printer is out of stock until the 3rd.',
  'Order ORD-5a3b shipped; tracking H2O-77 and mp3 files attached.',
  'I will try my best to fix the web3 login by 5pm.',
  'See https://example.com/sa3y/mot2asefane for details.',
  'Write to sa3y@example.com or call 0912 555 2323.',
];

const overlaps = (s: { flagged: { start: number; end: number } }, [a, b]: [number, number]) => s.flagged.start < b && a < s.flagged.end;

describe('digit-Finglish negatives are read by the Persian readers', () => {
  it.each(DIGIT_NEGATIVES)('%s', (marked) => {
    const { text, spans } = parse(marked);
    const got = suggestRewrites(text, builtinPacks);
    for (const sp of spans) expect(got.some((s) => overlaps(s, sp)), `${text.slice(...sp)} in ${text}: ${got.map((s) => s.ruleId).join(', ')}`).toBe(true);
    for (const s of got) for (const r of s.replacements) expect(/[\u0600-\u06ff]/.test(r)).toBe(false);
  });
});

describe('digit-Finglish that is fine stays quiet', () => {
  it.each(DIGIT_QUIET)('%s', (text) => {
    expect(suggestRewrites(text, builtinPacks).map((s) => `${s.ruleId}@${text.slice(s.flagged.start, s.flagged.end)}`)).toEqual([]);
  });
});

describe('codes and English with digits are not read as Finglish', () => {
  it.each(DIGIT_NOT_FINGLISH)('%s', (text) => {
    expect(suggestRewrites(text, builtinPacks).filter((s) => s.ruleId.startsWith('finglish31-'))).toEqual([]);
  });
});
