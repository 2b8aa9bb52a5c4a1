// @vitest-environment node
/**
 * The rewrite quality floor on the DEV split of tests/fixtures/rewrite-eval, and the checks the
 * quality harness (tests/bench/rewrite-quality.ts) uses to call an applied alternative harmful.
 * The floors are what the built-in packs reach today: a change that loses coverage, starts
 * flagging good sentences, or makes more alternatives harmful fails here. Raise them as the packs
 * improve; never lower one without saying why in the commit. The test split is not read here.
 */
import { describe, expect, it } from 'vitest';
import type { Suggestion } from '../../../lib/rewrite/index.ts';
import { checkApplied, evalSetExists, evaluateSplit, kindOf, loadEvalSet, parseMarked, type EvalLang } from '../../bench/rewrite-quality.ts';

/**
 * Dev-split floors and ceilings: the targets of issue #12 (English recall >= 0.90, Persian >= 0.85,
 * neutral sentences flagged <= 5%, applied alternatives with a detectable harm <= 5%). Measured
 * with tests/bench/rewrite-quality.ts when they were set: en 0.966 / 0% / 1.4%, fa 0.992 / 0% / 0%.
 */
const FLOOR: Record<EvalLang, { recall: number; flagged: number; harm: number }> = {
  en: { recall: 0.9, flagged: 0.05, harm: 0.05 },
  fa: { recall: 0.85, flagged: 0.05, harm: 0.05 },
};

/** Letters only (ZWNJ, spaces, punctuation and Arabic yeh/kaf folded), for comparing two eval sentences. */
const bareText = (t: string) => t.toLowerCase().replace(/[يى]/g, 'ی').replace(/ك/g, 'ک').replace(/[^\p{L}\p{N}]+/gu, '');

/** Each sentence's bare letters and letter counts, read once: the checks below compare every pair of thousands of sentences. */
const bareCache = new Map<string, { bare: string; counts: Map<string, number> }>();
function bareOf(t: string) {
  let b = bareCache.get(t);
  if (!b) {
    const bare = bareText(t);
    const counts = new Map<string, number>();
    for (const c of bare) counts.set(c, (counts.get(c) ?? 0) + 1);
    bareCache.set(t, (b = { bare, counts }));
  }
  return b;
}

/**
 * How alike two sentences are: 2 × their longest common subsequence over their summed lengths, on
 * bareText (at least Python difflib's ratio, so a pair under 0.85 here is under 0.85 there too).
 * Letter counts bound it first, so the quadratic table is built only for pairs that could reach 0.85.
 */
function similarity(a: string, b: string): number {
  const { bare: x, counts: xc } = bareOf(a);
  const { bare: y, counts: yc } = bareOf(b);
  const total = x.length + y.length;
  if (!total) return 1;
  if ((2 * Math.min(x.length, y.length)) / total < 0.85) return 0;
  let shared = 0;
  for (const [c, n] of yc) shared += Math.min(n, xc.get(c) ?? 0);
  if ((2 * shared) / total < 0.85) return (2 * shared) / total;
  let prev = new Uint16Array(y.length + 1);
  let row = new Uint16Array(y.length + 1);
  for (let i = 1; i <= x.length; i++) {
    for (let j = 1; j <= y.length; j++) row[j] = x[i - 1] === y[j - 1] ? prev[j - 1] + 1 : Math.max(prev[j], row[j - 1]);
    [prev, row] = [row, prev];
  }
  return (2 * prev[y.length]) / total;
}

describe('evaluation sets', () => {
  it('parses [[marked]] negative words into offsets and rejects broken markers', () => {
    expect(parseMarked('Sorry, we [[dont do]] exchanges, [[sadly]].')).toEqual({
      text: 'Sorry, we dont do exchanges, sadly.',
      spans: [[10, 17], [29, 34]],
    });
    expect(parseMarked('نه، [[نمی‌شه]].').spans).toEqual([[4, 10]]);
    expect(() => parseMarked('a [[b')).toThrow(/unclosed/);
    expect(() => parseMarked('a [[]] b')).toThrow(/empty/);
    expect(() => parseMarked('a ]] b')).toThrow(/stray/);
  });

  for (const lang of ['en', 'fa'] as const) {
    it(`${lang}: dev, dev2 and the later splits (test, late, late2, late3, late4, dev3, test3, gen, gentest, wide, widet, late5, rwen, rwent, rwfa, rwfat, late6, fresh, fresht, late7, fresh2, late9, mix3, late10, late11, late12, late13, near15, late14, late15, late16, late17, late18, late19, late20, late21, late22, late23, late24, late25, late26, late27, late28, late29, late30, train31, late31, late32, late33, train34, train34b, late34, train35, train35b, train35c, train35d, late35, late36, late37, late38, late39) are disjoint, balanced and large enough, every item well-formed`, () => {
      const dev = loadEvalSet(lang, 'dev');
      const test = loadEvalSet(lang, 'test');
      const late = loadEvalSet(lang, 'late');
      // late2 is written per language by the helper who owns it; a language without one yet is skipped.
      const late2 = evalSetExists(lang, 'late2') ? loadEvalSet(lang, 'late2') : [];
      if (late2.length) expect(late2.length).toBeGreaterThanOrEqual(80);
      // late3, the held-out split of the session's final figures, likewise (written per language).
      const late3 = evalSetExists(lang, 'late3') ? loadEvalSet(lang, 'late3') : [];
      if (late3.length) {
        expect(late3.length).toBeGreaterThanOrEqual(80);
        expect(late3.filter((i) => i.label === 'negative').length).toBeGreaterThan(50);
        expect(late3.filter((i) => i.label === 'neutral').length).toBeGreaterThan(25);
      }
      // late4, the held-out split written on 2026-12-03 from 15:24 UTC by helpers who read no rule (items en-H…, fa-S…).
      const late4 = evalSetExists(lang, 'late4') ? loadEvalSet(lang, 'late4') : [];
      if (late4.length) {
        expect(late4.length).toBeGreaterThanOrEqual(100);
        expect(late4.filter((i) => i.label === 'negative').length).toBeGreaterThan(70);
        expect(late4.filter((i) => i.label === 'neutral').length).toBeGreaterThan(35);
      }
      // late5, the held-out split of the ninth session, written on 2026-12-03 from 22:05 UTC by helpers who read no
      // rule, in wordings an engineer would not anticipate (items en-Z…, fa-Z…).
      const late5 = evalSetExists(lang, 'late5') ? loadEvalSet(lang, 'late5') : [];
      if (late5.length) {
        expect(late5.length).toBeGreaterThanOrEqual(120);
        expect(late5.filter((i) => i.label === 'negative').length).toBeGreaterThan(80);
        expect(late5.filter((i) => i.label === 'neutral').length).toBeGreaterThan(35);
      }
      // late6, the held-out split of the tenth session, written on 2026-12-04 from 01:25 UTC by helpers who read no
      // rule (items en-X…, fa-X…): half everyday agent phrasing, half wordings an engineer would not anticipate.
      const late6 = evalSetExists(lang, 'late6') ? loadEvalSet(lang, 'late6') : [];
      if (late6.length) {
        expect(late6.length).toBeGreaterThanOrEqual(150);
        expect(late6.filter((i) => i.label === 'negative').length).toBeGreaterThan(100);
        expect(late6.filter((i) => i.label === 'neutral').length).toBeGreaterThan(45);
      }
      // dev2 (English and Persian): a second development split of phrasing unlike the team's own (items en-R…, fa-V…).
      const dev2 = evalSetExists(lang, 'dev2') ? loadEvalSet(lang, 'dev2') : [];
      if (dev2.length) {
        expect(dev2.length).toBeGreaterThanOrEqual(150);
        expect(dev2.filter((i) => i.label === 'neutral').length).toBeGreaterThanOrEqual(60);
      }
      // dev3 / test3: one fresh set per language in wordings unlike every file above (English en-Y…, Persian fa-Y…),
      // split in two alternating within each category (Persian: and register); dev3 is tuned on, test3 is measured
      // only before and after a round. Every Persian item is further than 0.85 from every older item.
      const dev3 = evalSetExists(lang, 'dev3') ? loadEvalSet(lang, 'dev3') : [];
      const test3 = evalSetExists(lang, 'test3') ? loadEvalSet(lang, 'test3') : [];
      for (const half of [dev3, test3]) {
        if (!half.length) continue;
        expect(half.length).toBeGreaterThanOrEqual(90);
        expect(half.filter((i) => i.label === 'negative').length).toBeGreaterThan(60);
        expect(half.filter((i) => i.label === 'neutral').length).toBeGreaterThanOrEqual(30);
      }
      // gen and gentest: the generic clause readers' development split and its held-out half (items en-G…, fa-G…),
      // written before each reader was tuned, in wordings unlike every split above.
      const gen = evalSetExists(lang, 'gen') ? loadEvalSet(lang, 'gen') : [];
      const gentest = evalSetExists(lang, 'gentest') ? loadEvalSet(lang, 'gentest') : [];
      for (const g of [gen, gentest]) {
        expect(g.length).toBeGreaterThanOrEqual(60);
        expect(g.filter((i) => i.label === 'neutral').length).toBeGreaterThanOrEqual(20);
      }
      // wide and widet (English en-W…/en-WT…, Persian fa-W…): fresh wordings of every family, written before the round
      // that tuned on wide; widet is its held-aside half, never tuned on.
      const wide = evalSetExists(lang, 'wide') ? loadEvalSet(lang, 'wide') : [];
      const widet = evalSetExists(lang, 'widet') ? loadEvalSet(lang, 'widet') : [];
      for (const g of [wide, widet]) {
        if (!g.length) continue;
        expect(g.length).toBeGreaterThanOrEqual(100);
        expect(g.filter((i) => i.label === 'neutral').length).toBeGreaterThanOrEqual(30);
      }
      // rwfa and rwfat (Persian fa-RF…/fa-RT…): the tenth session's construction round, written before it tuned; rwfat
      // is its held-aside half. A third of each is risky neutrals.
      const rwfa = evalSetExists(lang, 'rwfa') ? loadEvalSet(lang, 'rwfa') : [];
      const rwfat = evalSetExists(lang, 'rwfat') ? loadEvalSet(lang, 'rwfat') : [];
      for (const [g, min] of [[rwfa, 80], [rwfat, 60]] as const) {
        if (!g.length) continue;
        expect(g.length).toBeGreaterThanOrEqual(min);
        expect(g.filter((i) => i.label === 'neutral').length).toBeGreaterThanOrEqual(Math.floor(min / 4));
      }
      const older = [...dev, ...dev2, ...test, ...late, ...late2, ...late3, ...late4];
      if (lang === 'fa') {
        // (English dev3 was checked with difflib by its writer; this LCS ratio, a little stricter, reads the Persian one.)
        const near = [...dev3, ...test3].flatMap((i) => older.filter((o) => similarity(i.text, o.text) >= 0.85).map((o) => `${i.id}~${o.id}`));
        expect(near).toEqual([]);
        const nearGen = [...gen, ...gentest].flatMap((i) => [...older, ...dev3, ...test3].filter((o) => similarity(i.text, o.text) >= 0.85).map((o) => `${i.id}~${o.id}`));
        expect(nearGen).toEqual([]);
        const nearWide = [...wide, ...widet].flatMap((i) => [...older, ...dev3, ...test3, ...gen, ...gentest].filter((o) => similarity(i.text, o.text) >= 0.85).map((o) => `${i.id}~${o.id}`));
        expect(nearWide).toEqual([]);
        const nearRw = [...rwfa, ...rwfat].flatMap((i) => [...older, ...dev3, ...test3, ...gen, ...gentest, ...wide, ...widet, ...late5].filter((o) => similarity(i.text, o.text) >= 0.85).map((o) => `${i.id}~${o.id}`));
        expect(nearRw).toEqual([]);
      }
      // honest / honestt (English en-J… / en-K…): the applied-alternative honesty split and its held-aside half.
      const honest = evalSetExists(lang, 'honest') ? loadEvalSet(lang, 'honest') : [];
      const honestt = evalSetExists(lang, 'honestt') ? loadEvalSet(lang, 'honestt') : [];
      // rwen / rwent (English en-E… / en-ET…): the tenth session's construction split and its held-aside half, written
      // before that round's rules, none within 0.85 difflib similarity of an older English sentence.
      const rwen = evalSetExists(lang, 'rwen') ? loadEvalSet(lang, 'rwen') : [];
      const rwent = evalSetExists(lang, 'rwent') ? loadEvalSet(lang, 'rwent') : [];
      if (rwen.length) {
        expect(rwen.length).toBeGreaterThanOrEqual(80);
        expect(rwent.length).toBeGreaterThanOrEqual(60);
        for (const g of [rwen, rwent]) expect(g.filter((i) => i.label === 'neutral').length / g.length).toBeGreaterThan(0.25);
        const earlier = [...older, ...dev3, ...test3, ...gen, ...gentest, ...wide, ...widet, ...late5, ...honest, ...honestt];
        const nearRw = [...rwen, ...rwent].flatMap((i) => earlier.filter((o) => similarity(i.text, o.text) >= 0.85).map((o) => `${i.id}~${o.id}`));
        expect(nearRw).toEqual([]);
      }
      // fresh / fresht (en-B…, fa-B…): the eleventh session's development split and its held-aside third; late7 (en-A…,
      // fa-A…): its held-out split. Both written on 2026-12-04 from 09:00 UTC by helpers who read no rule and were
      // checked with difflib against every older split (and each other) before they were added.
      const fresh = evalSetExists(lang, 'fresh') ? loadEvalSet(lang, 'fresh') : [];
      const fresht = evalSetExists(lang, 'fresht') ? loadEvalSet(lang, 'fresht') : [];
      const late7 = evalSetExists(lang, 'late7') ? loadEvalSet(lang, 'late7') : [];
      // fresh2 (en-F…, fa-F…): the twelfth session's development split, written 2026-12-04 from 12:55 UTC the same way.
      const fresh2 = evalSetExists(lang, 'fresh2') ? loadEvalSet(lang, 'fresh2') : [];
      // late9 (en-C…, fa-C…): the twelfth session's held-out split, written at the same time by two other helpers.
      const late9 = evalSetExists(lang, 'late9') ? loadEvalSet(lang, 'late9') : [];
      // mix3 (en-M…): the thirteenth session's English development split, written in batches by its tuner before reading rules
      // off each; late10 (en-D…, fa-D…): the thirteenth session's held-out split, by two helpers who read no rule.
      const mix3 = evalSetExists(lang, 'mix3') ? loadEvalSet(lang, 'mix3') : [];
      const late10 = evalSetExists(lang, 'late10') ? loadEvalSet(lang, 'late10') : [];
      // late11 (en-U…, fa-U…): the fourteenth session's held-out split, by two helpers who read no rule.
      const late11 = evalSetExists(lang, 'late11') ? loadEvalSet(lang, 'late11') : [];
      // late12 (en-O…, fa-O…): a second held-out split written at the fourteenth session's end (aside).
      const late12 = evalSetExists(lang, 'late12') ? loadEvalSet(lang, 'late12') : [];
      // late13 (en-N…/en-S…, fa-H…/fa-K…): the fifteenth session's held-out split, two writers per language who read no rule.
      const late13 = evalSetExists(lang, 'late13') ? loadEvalSet(lang, 'late13') : [];
      // near15 (English en-I…): risky neutrals and their close negative contrasts, the fifteenth session's false-flag round.
      const near15 = evalSetExists(lang, 'near15') ? loadEvalSet(lang, 'near15') : [];
      // late14 (en-V…, fa-J…): a second held-out split of the fifteenth session, one writer per language (aside).
      const late14 = evalSetExists(lang, 'late14') ? loadEvalSet(lang, 'late14') : [];
      // late15 (en-TA…/en-TB…, fa-E…/fa-I…): the sixteenth session's held-out split, two writers per language who read no rule.
      const late15 = evalSetExists(lang, 'late15') ? loadEvalSet(lang, 'late15') : [];
      // late16 (en-T…, fa-P…): a second held-out split of the sixteenth session, one writer per language (aside).
      const late16 = evalSetExists(lang, 'late16') ? loadEvalSet(lang, 'late16') : [];
      // late17 (en-UA…/en-UB…, fa-Q…/fa-R…): the seventeenth session's held-out split, two writers per language who read no rule.
      const late17 = evalSetExists(lang, 'late17') ? loadEvalSet(lang, 'late17') : [];
      // late18 (en-VA…/en-VB…, fa-TA…/fa-TB…): the eighteenth session's held-out split, two writers per language who read no rule.
      const late18 = evalSetExists(lang, 'late18') ? loadEvalSet(lang, 'late18') : [];
      // late19 (en-WA…/en-WB…, fa-XA…/fa-XB…): the nineteenth session's held-out split, two writers per language who read no rule.
      const late19 = evalSetExists(lang, 'late19') ? loadEvalSet(lang, 'late19') : [];
      // late20 (en-XA…/en-XB…, fa-YA…/fa-YB…): the twentieth session's held-out split, two writers per language who read no rule.
      const late20 = evalSetExists(lang, 'late20') ? loadEvalSet(lang, 'late20') : [];
      // late21 (en-YA…/en-YB…, fa-ZA…/fa-ZB…): the twenty-first session's held-out split, two writers per language who read no rule.
      const late21 = evalSetExists(lang, 'late21') ? loadEvalSet(lang, 'late21') : [];
      // late22 (en-ZA…/en-ZB…, fa-AA…/fa-AB…): the twenty-second session's held-out split, two writers per language who read no rule.
      const late22 = evalSetExists(lang, 'late22') ? loadEvalSet(lang, 'late22') : [];
      // late23 (en-AA…/en-AB…, fa-BA…/fa-BB…): the twenty-third session's held-out split, two writers per language who read no rule.
      const late23 = evalSetExists(lang, 'late23') ? loadEvalSet(lang, 'late23') : [];
      // late24 (en-AC…/en-AD…, fa-BC…/fa-BD…): the twenty-fourth session's held-out split, two writers per language who read no rule.
      const late24 = evalSetExists(lang, 'late24') ? loadEvalSet(lang, 'late24') : [];
      // late25: the twenty-fifth session's held-out split, two writers per language who read no rule.
      const late25 = evalSetExists(lang, 'late25') ? loadEvalSet(lang, 'late25') : [];
      // late26: the twenty-sixth session's held-out split, two writers per language who read no rule.
      const late26 = evalSetExists(lang, 'late26') ? loadEvalSet(lang, 'late26') : [];
      // late27: the twenty-seventh session's held-out split, two writers per language who read no rule.
      const late27 = evalSetExists(lang, 'late27') ? loadEvalSet(lang, 'late27') : [];
      // late28: the twenty-eighth session's held-out split, two writers per language who read no rule.
      const late28 = evalSetExists(lang, 'late28') ? loadEvalSet(lang, 'late28') : [];
      // late29: the twenty-ninth session's held-out split, two writers per language who read no rule.
      const late29 = evalSetExists(lang, 'late29') ? loadEvalSet(lang, 'late29') : [];
      // late30: the thirtieth session's held-out split, two writers per language who read no rule.
      const late30 = evalSetExists(lang, 'late30') ? loadEvalSet(lang, 'late30') : [];
      // train31: training material for the learnt readers, written in the thirty-first session by writers who read no rule.
      const train31 = evalSetExists(lang, 'train31') ? loadEvalSet(lang, 'train31') : [];
      // late31: the thirty-first session's held-out split, two writers per language who read no rule.
      const late31 = evalSetExists(lang, 'late31') ? loadEvalSet(lang, 'late31') : [];
      // late32: the thirty-second session's held-out split, two writers per language who read no rule.
      const late32 = evalSetExists(lang, 'late32') ? loadEvalSet(lang, 'late32') : [];
      // late33: the thirty-third session's held-out split, two writers per language who read no rule.
      const late33 = evalSetExists(lang, 'late33') ? loadEvalSet(lang, 'late33') : [];
      // late34: the thirty-fourth session's held-out split, two writers per language who read no rule.
      const late34 = evalSetExists(lang, 'late34') ? loadEvalSet(lang, 'late34') : [];
      // late35: the thirty-fifth session's held-out split, two writers per language who read no rule.
      const late35 = evalSetExists(lang, 'late35') ? loadEvalSet(lang, 'late35') : [];
      // late36: the thirty-sixth session's held-out split, two writers per language who read no rule.
      const late36 = evalSetExists(lang, 'late36') ? loadEvalSet(lang, 'late36') : [];
      // late37: the thirty-seventh session's held-out split, two writers per language who read no rule.
      const late37 = evalSetExists(lang, 'late37') ? loadEvalSet(lang, 'late37') : [];
      // late38: the thirty-eighth session's held-out split, two writers per language who read no rule.
      const late38 = evalSetExists(lang, 'late38') ? loadEvalSet(lang, 'late38') : [];
      // late39: the fortieth session's held-out split, two writers per language who read no rule.
      const late39 = evalSetExists(lang, 'late39') ? loadEvalSet(lang, 'late39') : [];
      // train35: the thirty-fifth session's training writers who read no rule.
      const train35 = evalSetExists(lang, 'train35') ? loadEvalSet(lang, 'train35') : [];
      const train35b = evalSetExists(lang, 'train35b') ? loadEvalSet(lang, 'train35b') : [];
      const train35c = evalSetExists(lang, 'train35c') ? loadEvalSet(lang, 'train35c') : [];
      const train35d = evalSetExists(lang, 'train35d') ? loadEvalSet(lang, 'train35d') : [];
      // train34: training material for the learnt readers, written in the thirty-fourth session by writers who read no rule.
      const train34 = evalSetExists(lang, 'train34') ? loadEvalSet(lang, 'train34') : [];
      const train34b = evalSetExists(lang, 'train34b') ? loadEvalSet(lang, 'train34b') : [];
      for (const [g, min] of [[fresh, 90], [fresht, 40], [late7, 150], [fresh2, 120], [late9, 150], [mix3, 300], [late10, 150], [late11, 150], [late12, 150], [late13, 150], [near15, 150], [late14, 150], [late15, 150], [late16, 150], [late17, 150], [late18, 150], [late19, 150], [late20, 150], [late21, 150], [late22, 150], [late23, 150], [late24, 150], [late25, 150], [late26, 150], [late27, 150], [late28, 150], [late29, 150], [late30, 150], [train31, 150], [late31, 150], [late32, 150], [late33, 150], [train34, 150], [train34b, 150], [late34, 150], [train35, 150], [train35b, 150], [train35c, 150], [train35d, 150], [late35, 150], [late36, 150], [late37, 150], [late38, 150], [late39, 150]] as const) {
        if (!g.length) continue;
        expect(g.length).toBeGreaterThanOrEqual(min);
        expect(g.filter((i) => i.label === 'neutral').length / g.length).toBeGreaterThan(0.25);
      }
      const all = [...older, ...dev3, ...test3, ...gen, ...gentest, ...wide, ...widet, ...late5, ...honest, ...honestt, ...rwen, ...rwent, ...rwfa, ...rwfat, ...late6, ...fresh, ...fresht, ...late7, ...fresh2, ...late9, ...mix3, ...late10, ...late11, ...late12, ...late13, ...near15, ...late14, ...late15, ...late16, ...late17, ...late18, ...late19, ...late20, ...late21, ...late22, ...late23, ...late24, ...late25, ...late26, ...late27, ...late28, ...late29, ...late30, ...train31, ...late31, ...late32, ...late33, ...train34, ...train34b, ...late34, ...train35, ...train35b, ...train35c, ...train35d, ...late35, ...late36, ...late37, ...late38, ...late39];
      expect(all.length).toBeGreaterThanOrEqual(lang === 'en' ? 400 : 300);
      // Held out when written: test, late, late2 and late3 (test, late and late2 are development
      // material now; late3 is the held-out split of the session's final figures).
      // late3 is left out of this balance: a new held-out split makes dev's share smaller without making
      // dev any smaller, and late3 has its own size floor above. dev2 is left out too (its own floor above):
      // it is development data written to widen the phrasing, not a held-out share.
      const balanced = dev.length + test.length + late.length + late2.length;
      expect(Math.min(dev.length, test.length + late.length + late2.length) / balanced).toBeGreaterThan(0.4);
      expect(late.length).toBeGreaterThanOrEqual(80);
      expect(new Set(all.map((i) => i.id)).size).toBe(all.length);
      // No sentence twice, in particular not once in dev and once in test.
      const seen = new Set<string>();
      expect(all.filter((i) => seen.size === seen.add(i.text).size).map((i) => i.id)).toEqual([]);
      if (lang === 'en') {
        // Nor the same words with other capitals, punctuation or apostrophes ("No problem." / "no problem!").
        const bare = (t: string) => t.toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim();
        const seenBare = new Set<string>();
        expect(all.filter((i) => seenBare.size === seenBare.add(bare(i.text)).size).map((i) => i.id)).toEqual([]);
        expect(late2.length).toBeGreaterThanOrEqual(80);
        expect(late3.length).toBeGreaterThanOrEqual(80);
      }
      for (const split of [dev, test]) {
        expect(split.filter((i) => i.label === 'negative').length).toBeGreaterThan(100);
        expect(split.filter((i) => i.label === 'neutral').length).toBeGreaterThan(50);
      }
      for (const i of all) {
        if (i.label === 'negative') expect(i.kinds?.length, i.id).toBeGreaterThan(0);
        for (const [s, e] of i.spans) expect(i.text.slice(s, e).trim(), i.id).not.toBe('');
        if (i.pairOf) expect(all.find((x) => x.id === i.pairOf)?.label, i.id).toBe('negative');
      }
    });
  }
});

describe.each(['en', 'fa'] as const)('dev split quality floor, %s', (lang) => {
  const r = evaluateSplit(lang, 'dev');

  it('catches at least the floor of marked negative phrasing', () => {
    expect(r.recall).toBeGreaterThanOrEqual(FLOOR[lang].recall);
  });

  it('flags no more neutral sentences than the ceiling', () => {
    const flagged = r.results.filter((x) => x.item.label === 'neutral' && x.flagged).map((x) => x.item.id);
    expect(flagged.length / r.neutrals).toBeLessThanOrEqual(FLOOR[lang].flagged);
  });

  it('keeps detectable harms of applied alternatives under the ceiling', () => {
    expect(r.applied).toBeGreaterThan(0);
    expect(r.harmRate).toBeLessThanOrEqual(FLOOR[lang].harm);
  });
});

/** A suggestion over `original` in `text`, for exercising the harm checks without the engine. */
function sug(text: string, original: string, replacement: string | null): Suggestion {
  const start = text.indexOf(original);
  if (start < 0) throw new Error(`"${original}" not in "${text}"`);
  const end = start + original.length;
  return {
    ruleId: 'r',
    packId: 'p',
    start,
    end,
    original,
    flagged: { start, end },
    replacements: replacement === null ? [] : [replacement],
    explanation: '',
    category: 'other',
    severity: 'warning',
    language: /[a-z]/i.test(text) ? 'en' : 'fa',
  } as Suggestion;
}

const harmsOf = (lang: EvalLang, text: string, original: string, replacement: string | null) => checkApplied(lang, text, [sug(text, original, replacement)]).harms;

describe('harm checks on an applied alternative', () => {
  it('reads the suggestion kind from its texts when the engine gives none', () => {
    expect(kindOf(sug('x y', 'x', 'z'))).toBe('rewrite');
    expect(kindOf(sug('x y', 'x', 'What I can do is ___'))).toBe('template');
    expect(kindOf(sug('x y', 'x', null))).toBe('advice');
  });

  it('sees an added commitment, but not one the draft already held, nor in a template', () => {
    expect(harmsOf('en', "That's not possible.", "That's not possible", "I'll look into it right away")).toEqual(expect.arrayContaining(['adds-commitment:time', 'adds-commitment:offer']));
    expect(harmsOf('en', 'I will try to call you tomorrow.', 'I will try to', 'I will')).not.toContain('adds-commitment:time');
    expect(harmsOf('en', "I can't do that.", "I can't do that", 'What I can do is ___')).toEqual([]);
    expect(harmsOf('fa', 'امکانش نیست.', 'امکانش نیست', 'همین الان بررسی می‌کنم')).toEqual(expect.arrayContaining(['adds-commitment:time', 'adds-commitment:offer']));
    // Asking the customer, or saying what this message does, promises nothing; «احتمالاً» is not «حتماً».
    expect(harmsOf('en', 'I hope this helps.', 'I hope this helps', 'Let me know how it goes')).toEqual([]);
    expect(harmsOf('en', 'Sorry for the confusion.', 'Sorry for the confusion', 'Let me clarify')).toEqual([]);
    expect(harmsOf('en', 'Please reply ASAP.', 'ASAP', 'as soon as possible')).toEqual([]);
    expect(harmsOf('fa', 'خودتان می‌دانید که دیر است.', 'خودتان می‌دانید که', 'همان‌طور که احتمالاً در جریان هستید،')).toEqual([]);
  });

  it('sees "any" left behind when the negation went', () => {
    expect(harmsOf('en', "We won't get any seats until May.", "won't get any seats until", 'will get any seats as soon as')).toContain('polarity:any-left');
    expect(harmsOf('en', "We won't get seats until May.", "won't get seats until", 'will get seats in')).not.toContain('polarity:any-left');
    expect(harmsOf('en', "Unfortunately, we don't have any left.", 'Unfortunately, ', '')).not.toContain('polarity:any-left');
  });

  it('sees broken agreement: epistemic "must have" turned into a command, and a person switch', () => {
    expect(harmsOf('en', 'You must have entered the old code.', 'You must', 'Please')).toContain('agreement:please+participle');
    expect(harmsOf('en', 'You must log in again.', 'You must', 'Please')).toEqual([]);
    expect(harmsOf('en', "We can't ship it.", "We can't ship it", "I'll ship it")).toContain('agreement:we-to-i');
    expect(harmsOf('fa', 'نمی‌تونیم برگردونیم.', 'نمی‌تونیم', 'می‌تونم')).toContain('agreement:we-to-i');
    expect(harmsOf('fa', 'نمی‌تونیم برگردونیم.', 'نمی‌تونیم', 'می‌تونیم')).not.toContain('agreement:we-to-i');
  });

  it('sees a dangling clause, a lowercase sentence start and a Persian duration that lost its «تا»', () => {
    expect(harmsOf('en', "It's against our policy to refund opened items.", "It's against our policy", "That isn't something we can do")).toContain('dangling:complement');
    expect(harmsOf('en', 'Sorry, that is not possible for you.', 'that is not possible', 'let me check.')).toContain('dangling:sentence-break');
    expect(checkApplied('en', 'Unfortunately, the item is gone.', [{ ...sug('Unfortunately, the item is gone.', 'Unfortunately, ', ''), replacements: [''] }]).harms).toContain('capital:lowercase-start');
    expect(harmsOf('fa', 'بازپرداخت تا ۱۰ روز کاری انجام می‌شود.', 'تا ۱۰ روز', '۱۰ روز')).toContain('duration:lost');
    expect(harmsOf('fa', 'بازپرداخت تا ۱۰ روز کاری انجام می‌شود.', 'بازپرداخت', 'برگشت وجه')).not.toContain('duration:lost');
  });
});
