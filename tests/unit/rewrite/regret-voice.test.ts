// @vitest-environment node
/**
 * en38: a regret adverb that is the only warm word of its sentence (lib/rewrite/regret-voice.en.ts) is said in the voice
 * of the agent: "I'm sorry, …" where it opens the sentence, "I'm sorry to say" in its place elsewhere, advice where no
 * place fits; beside another softener it is still deleted. Sentences written for this test in trades of their own, none
 * taken from an evaluation split. Expected texts are built from the drafts (one word swapped), so that no unflagged
 * sentence joins the English learnt reader's contrast pool (scripts/neg-en-contrasts.ts).
 */
import { describe, expect, it } from 'vitest';
import { builtinPacks } from '../../../lib/packs/index.ts';
import { applyAll, suggestRewrites } from '../../../lib/rewrite/index.ts';
import { regretVoice } from '../../../lib/rewrite/regret-voice.en.ts';
import { validatePackForInstall } from '../../../lib/packs/parse.ts';
import { strings } from '../../../lib/i18n/strings/rewrite.ts';

const suggest = (text: string, uiLang?: 'en' | 'fa') => suggestRewrites(text, builtinPacks, { cache: false, ...(uiLang ? { uiLang } : {}) });
const applied = (text: string) => {
  const s = suggest(text);
  return s.length ? applyAll(text, s) : text;
};
const regretOf = (text: string) => suggest(text).find((s) => /unfortun|sadly|regrett/i.test(s.original));
const SORRY = "I'm sorry";

describe('regret-voice: the opener', () => {
  it('says the regret in the voice of the agent where the adverb opens the sentence', () => {
    const kiln = 'Unfortunately the kiln is fully booked for the pottery class on Friday.';
    expect(applied(kiln)).toBe(kiln.replace('Unfortunately t', `${SORRY}, t`));
    const yarn = 'Sadly, the teal yarn in that weight has been discontinued, but the sea-glass shade is very close.';
    expect(applied(yarn)).toBe(yarn.replace('Sadly, t', `${SORRY}, t`));
    const pruning = 'Regrettably, the spring pruning course has moved to April.';
    expect(applied(pruning)).toBe(pruning.replace('Regrettably, t', `${SORRY}, t`));
    // guard.ts's softener on bad news ("closed") keeps its advice.
    const boiler = 'Regrettably, the boiler service window on the 14th has closed.';
    expect(applied(boiler)).toBe(boiler);
    // After a greeting, and in a lower-case chat register (misspelt adverb), the second alternative keeps the case.
    const kayak = 'Hi Tom, unfortunately the sea kayak tour on Sunday is off because of the swell.';
    expect(applied(kayak)).toBe(kayak.replace('unfortunately t', `${SORRY}, t`));
    expect(regretOf('unfortunatly the size 9 trail shoes are gone, got a 9.5 tho')?.replacements).toEqual([`${SORRY}, t`, 'sorry, t']);
    // "I" keeps its capital after the opener.
    expect(applied('Unfortunately I could not find the second parcel in the depot.')).toMatch(/^I'm sorry, I could not find/);
  });
  it('adds no fact, promise or deadline: the opener is the only new text', () => {
    const draft = 'Unfortunately the dog grooming slot at 3pm went to another client.';
    expect(applied(draft).replace(`${SORRY}, t`, 'T')).toBe(draft.replace('Unfortunately t', 'T'));
  });
  it('explains itself in the language of the panel', () => {
    expect(regretOf('Unfortunately the kiln is fully booked for Friday.')?.explanation).toBe(strings.en['rewrite.en.regretVoice']);
    const fa = suggest('Unfortunately the kiln is fully booked for Friday.', 'fa').find((s) => /unfortun/i.test(s.original));
    expect(fa?.explanation).toBe(strings.fa['rewrite.en.regretVoice']);
  });
});

describe('regret-voice: "sorry to say" where the adverb sits inside or closes the sentence', () => {
  it('says it in place, with its commas', () => {
    const shelving = 'I rang the warehouse and unfortunately the oak shelving is on back order until spring.';
    expect(applied(shelving)).toBe(shelving.replace(' unfortunately', `, ${SORRY} to say,`));
    const wall = 'The climbing wall is closed for re-setting on Monday, unfortunately.';
    expect(applied(wall)).toBe(wall.replace('unfortunately', `${SORRY} to say`));
    const quilt = 'The quilt frame was, sadly, too narrow for a king-size top.';
    expect(applied(quilt)).toBe(quilt.replace('sadly', `${SORRY} to say`));
    const key = 'the spare key for unit 4 is with the old tenant unfortunatly';
    expect(applied(key)).toBe(key.replace(' unfortunatly', `, ${SORRY} to say`));
    expect(applied('the dye lot came out patchy unfortunately, we can redo it next week')).toMatch(/^the dye lot came out patchy, I'm sorry to say, we/);
    expect(regretOf(wall)?.explanation).toBe(strings.en['rewrite.en.regretVoice']);
  });
  it('keeps the draft (advice) where no place fits', () => {
    const d = 'The tent pegs (unfortunately) were left at the campsite.';
    const s = regretOf(d);
    expect(s?.kind ?? 'advice', d).toBe('advice');
    expect(applied(d), d).toBe(d);
  });
});

describe('regret-voice: look-alikes that keep the deletion or another guard', () => {
  it('deletes the adverb beside another softener (an apology, thanks, "I know")', () => {
    const tuner = 'Thanks for waiting! Unfortunately the piano tuner is away that week, sorry.';
    expect(applied(tuner)).toBe(tuner.replace('Unfortunately t', 'T'));
    expect(applied('I know you were hoping for Saturday; unfortunately the marquee is already hired out.')).not.toMatch(/I'm sorry/);
  });
  it('leaves a word that leans on the adverb to the guards before it', () => {
    for (const d of ['Unfortunately for you, the ticket is non-refundable.', 'Sadly though, the ferry timetable changed in May.']) {
      const s = regretOf(d);
      expect(s?.replacements.some((r) => /sorry/i.test(r)) ?? false, d).toBe(false);
    }
  });
  it('reads only regret adverbs', () => {
    expect(regretVoice("I'm afraid the bus is late.", 0, 11, 0, 10, 0, 26)).toBeNull();
    expect(regretVoice('Unfortunately the bus is late.', 0, 15, 0, 13, 0, 30)).toEqual({ kind: 'opener', replacements: [`${SORRY}, t`, 'Sorry, t'] });
    expect(regretVoice('The bus is late, unfortunately.', 15, 30, 17, 30, 0, 31)).toEqual({ kind: 'inline', start: 17, end: 30, text: `${SORRY} to say` });
  });
});

describe('regret-voice: a trainer\'s pack keeps what its rule says', () => {
  it('an installed pack\'s "unfortunately" deletion stays a deletion (its examples still hold after an update); the built-in rule says it in the agent\'s voice', () => {
    const pack = validatePackForInstall({
      formatVersion: 2,
      id: 'team.softeners',
      name: 'Team softeners',
      version: '1.0.0',
      languages: ['en'],
      rules: [
        {
          id: 'unfortunately',
          category: 'negative-words',
          severity: 'warning',
          patterns: ['unfortunately'],
          replacements: [''],
          explanation: 'Lead with what happens next.',
          examples: { bad: [{ text: 'Unfortunately the box is late.', expected: 'The box is late.' }], good: ['The box is late.'] },
        },
      ],
    });
    expect(pack.ok).toBe(true);
    if (!pack.ok) return;
    const draft = 'Unfortunately the box is late.';
    const own = suggestRewrites(draft, [pack.pack], { cache: false });
    expect(applyAll(draft, own)).toBe('The box is late.');
    const builtin = suggestRewrites(draft, builtinPacks, { cache: false });
    expect(applyAll(draft, builtin)).toBe("I'm sorry, the box is late.");
  });
});
