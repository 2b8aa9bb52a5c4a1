// @vitest-environment node
/**
 * finglish31: the Persian readers over Persian typed in Latin letters (lib/rewrite/finglish31.ts on lib/nlp/finglish.ts).
 * Look-alikes of my own, in other trades, spellings and both registers: each negative's [[marked]] words are under a
 * suggestion; Finglish that is fine stays quiet, and English sentences holding the Latin words Finglish shares with
 * English get nothing from the Finglish reading. A Finglish hit is advice (no Persian-letter text pasted into a Latin draft)
 * naming the agent's own Latin words, in English and Persian UI.
 */
import { describe, expect, it } from 'vitest';
import { builtinPacks } from '../../../lib/packs/index.ts';
import { suggestRewrites } from '../../../lib/rewrite/index.ts';
import { parseMarked as parse } from '../../bench/rewrite-quality.ts';
import { FINGLISH31_EXPLAIN } from '../../../lib/rewrite/finglish31.ts';
import { RULE_CATEGORIES } from '../../../lib/packs/schema.ts';

const NEGATIVES: readonly string[] = [
  // refusals, both registers
  '[[motasefane]] [[nemitoonim]] ta hafte baad ersal konim.',
  'salam, ghesti kardan-e in kala [[emkan pazir nist]].',
  'Moshtari-ye gerami, darkhast-e shoma [[ghabel-e peygiri nemibashad]].',
  'bime-ye shoma in hazine ro [[pardakht nemikone]].',
  // commands and blame
  '[[bayad khodetoon]] login konid va ramz ro avaz konid.',
  'shoma adres ro [[eshtebah vared kardid]].',
  'shoma [[shomare kart ro eshtebah zadid]], baraye hamin pardakht anjam nashod.',
  // policy and system
  '[[tebgh-e ghavanin-e bimarestan]] molaghat baad az saat-e 8 mamnoo ast.',
  'system [[ejaze-ye sabt]]-e sefaresh ro nemide.',
  // not my department, not knowing
  'in mozoo [[be vahed-e ma marboot nist]], az anbar beporsid.',
  '[[aslan khabar nadaram]] mashin key az tamirgah miad.',
  // told already, pointed thanks
  '[[hamoon tor ke ghablan arz kardam]], sandogh faghat ba kart-e meli baz mishe.',
  // formal written Persian in Latin letters, other trades
  'Karbar-e gerami, enteghal-e bilit be shakhs-e digar [[mojaz nemibashad]].',
  'Bimar-e gerami, [[taghir-e nobat emkan pazir nemibashad]].',
  'moteasefane [[ersal be shahrestan anjam nemishavad]].',
  'dar hal-e hazer [[emkan-e bazgasht-e vajh vojood nadarad]].',
  // other spellings of the agent's refusal and blame
  'ma [[nmitonim]] ghabz ro ghabl az 10 rooz sader konim.',
  'khanoom, [[shoma khodetoon]] tik-e ersal ro [[zadin]].',
  'dar in mored [[kari az dast-e ma bar nemiad]].',
  'pardakht-e jarime [[dast-e ma nist]], az rahvar beporsid.',
  '[[sa\'y mikonam]] ta shanbe gooshi ro amade konam.',
  'vaghti baste ersal shode [[nemishe adres ro avaz kard]].',
];

const QUIET: readonly string[] = [
  'salam, sefaresh-e shoma ersal shod va farda mirese.',
  'khahesh mikonam, kheili khosh halam ke moshkel hal shod.',
  'mitoonid har vaght khastid ba ma tamas begirid.',
  'hich moshkeli nist, pool-e shoma bargasht.',
  'negaran nabashid, hamin emrooz dorostesh mikonim.',
  'mamnoon az sabr-e shoma, baste-tun tahvil dade shod.',
  'Ba salam, ghabz-e shoma pardakht shod.',
  'alan mitoonam baratoon rezerv konam.',
  'Moshtari-ye gerami, kart-e shoma sader shod va ta 3 rooz be dastetoon mirese.',
  'nobat-e shoma baraye shanbe saat-e 10 sabt shod.',
  'hich hazine-i az shoma kasr nemishe, ersal raygane.',
  'Karbar-e gerami, bilit-e shoma ba movafaghiat sader gardid.',
  'mishe lotfan shomare sefaresh ro befrestid ta peygiri konam?',
  'kheili mamnoon az sabretoon, hame chi dorost shod.',
  // a standing aim is no hedge; the cause of a fault told is no redirect (the Persian packs flag both in Persian letters)
  'hamishe talash mikonim behtarin khadamat ro erae bedim.',
  'eshkal az dast-e ma nist, server-e bank ghat bood.',
  'age nemitoonid vared shid, az gozine-ye faramooshi-e ramz estefade konid.',
];

const ENGLISH: readonly string[] = [
  'Hi Mi, I can be there in ten minutes.',
  'Ham and cheese is back in stock.',
  'See https://example.com/ke/ro/nist for details.',
  'Order 12345-AB shipped to Tehran on Monday.',
  'Dear Nasrin Karimi, your refund is done.',
  'In the end we made it to the site.',
  'Salam! My order is late, merci.',
  'No es posible, lo siento mucho.',
];

const overlaps = (s: { flagged: { start: number; end: number } }, [a, b]: [number, number]) => s.flagged.start < b && a < s.flagged.end;

describe('Finglish negatives are read by the Persian readers', () => {
  it.each(NEGATIVES)('%s', (marked) => {
    const { text, spans } = parse(marked);
    const got = suggestRewrites(text, builtinPacks);
    for (const sp of spans) expect(got.some((s) => overlaps(s, sp)), `${text.slice(...sp)} in ${text}: ${got.map((s) => s.ruleId).join(', ')}`).toBe(true);
    // Never a Persian-letter replacement in a Latin draft.
    for (const s of got) for (const r of s.replacements) expect(/[\u0600-\u06ff]/.test(r)).toBe(false);
  });
});

describe('Finglish that is fine stays quiet', () => {
  it.each(QUIET)('%s', (text) => {
    expect(suggestRewrites(text, builtinPacks).map((s) => `${s.ruleId}@${text.slice(s.flagged.start, s.flagged.end)}`)).toEqual([]);
  });
});

describe('English is not read as Finglish', () => {
  it.each(ENGLISH)('%s', (text) => {
    expect(suggestRewrites(text, builtinPacks).filter((s) => s.ruleId.startsWith('finglish31-'))).toEqual([]);
  });
});

describe('advice strings', () => {
  it('every category has advice in English and Persian naming the words', () => {
    for (const c of RULE_CATEGORIES) {
      expect(FINGLISH31_EXPLAIN[c].en).toContain('{words}');
      expect(FINGLISH31_EXPLAIN[c].fa).toContain('{words}');
      expect(/[\u0600-\u06ff]/.test(FINGLISH31_EXPLAIN[c].fa)).toBe(true);
    }
  });
  it('names the Latin words in the UI language', () => {
    const text = 'motasefane nemitoonim befrestim.';
    const en = suggestRewrites(text, builtinPacks, { uiLang: 'en' }).find((s) => s.ruleId.startsWith('finglish31-'));
    const fa = suggestRewrites(text, builtinPacks, { uiLang: 'fa' }).find((s) => s.ruleId.startsWith('finglish31-'));
    if (en) expect(en.explanation).toContain(text.slice(en.flagged.start, en.flagged.end));
    if (fa) expect(/[\u0600-\u06ff]/.test(fa.explanation)).toBe(true);
  });
});
