// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { readCustomerTone } from '../../../lib/tone/read.ts';
import { finglishIndices, isFinglishWord } from '../../../lib/tone/cues/finglish.ts';

/** Persian typed in Latin letters, written for this test in many trades and spellings. */
const FINGLISH = [
  'salam, bebakhshid ghabz e man do bar pardakht shode, chikar konam?',
  'slm vaght bekheir, mikhastam bedunam kelasa az kei shoru mishe',
  'aghaye mohandes lotfan zang bezanid, modem hanuz kar nemikone',
  'mamnunam az rahnamaeitun, hamechi dorost shod',
  'chera hichkas javab nemide? se rooze montazeram',
  'merci, faghat mikhastam bedoonam ersal be shahrestan ham darin?',
  'sefareshamo kei tahvil midin? emrooz gofte boodin',
  'nemidoonam chera hesabam ghofl shode, ramzamo avaz kardam',
];

/** English messages that share a word or a shape with Finglish, or greet in Persian: they stay English. */
const ENGLISH = [
  'Salam! My order is three days late, can you check it please? Merci',
  'Thanks, the mine tour was great and the age limit made sense.',
  'Dare I ask why the begin date moved again?',
  'I have been a customer for ten years and this is the worst service I have had.',
  'hi there, kinda urgent, my card got blocked at the airport',
  'Nemo the cat is fine, the vet visit went well.',
  'Khan Academy login is broken for my kids, they cannot start the course.',
];

describe('Finglish (Persian in Latin letters)', () => {
  it.each(FINGLISH)('is Persian to reply to, with its Finglish words as evidence: %s', (text) => {
    const r = readCustomerTone(text);
    expect(r.language).toBe('fa');
    const cue = r.cues.find((c) => c.kind === 'language');
    expect(cue?.message.key).toBe('tone.cue.language.finglish');
    expect(cue!.evidence.length).toBeGreaterThanOrEqual(3);
    for (const e of cue!.evidence) expect(isFinglishWord(text.slice(e.start, e.end).toLowerCase())).toBe(true);
  });

  it.each(ENGLISH)('an English message stays English: %s', (text) => {
    const r = readCustomerTone(text);
    expect(r.language).toBe('en');
    expect(r.cues.find((c) => c.kind === 'language')?.message.key).toBe('tone.cue.language.en');
  });

  it('needs three distinct Finglish words and fewer English function words than Finglish ones', () => {
    expect(finglishIndices(['salam', 'salam', 'merci'])).toEqual([]);
    expect(finglishIndices(['salam', 'chera', 'hanooz'])).toEqual([0, 1, 2]);
    expect(finglishIndices(['salam', 'chera', 'hanooz', 'the', 'is', 'my'])).toEqual([]);
    expect(finglishIndices([null, 'nemikone', 'peygiritun', 'sefareshamo'])).toEqual([1, 2, 3]);
  });
});

describe('the language cue on the panel', () => {
  it('is hidden when the message is in the UI language, except Persian typed in Latin letters', async () => {
    const { visibleCues } = await import('../../../components/tone/ToneCueBar.tsx');
    const shown = (text: string, ui: 'en' | 'fa') => visibleCues(readCustomerTone(text), ui, new Set()).some((c) => c.kind === 'language');
    expect(shown('سلام، سفارشم هنوز نرسیده', 'fa')).toBe(false);
    expect(shown('سلام، سفارشم هنوز نرسیده', 'en')).toBe(true);
    expect(shown('Where is my parcel?', 'en')).toBe(false);
    expect(shown(FINGLISH[4], 'fa')).toBe(true);
    expect(shown(FINGLISH[4], 'en')).toBe(true);
  });
});
