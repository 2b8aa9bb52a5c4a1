// @vitest-environment node
/**
 * (perfen32) A keystroke reads what a full analysis of the edited draft reads: the English guard's unsafeReason answers
 * are remembered between calls that use the sentence cache (guard.ts rememberedUnsafeReason), keyed by everything the
 * reader is given, so the same sentence next to other neighbours, or a suggestion whose sentence was edited, is judged
 * afresh. Each draft here is analysed, then edited, and the cached result must equal a full analysis (cache: false).
 */
import { describe, expect, it } from 'vitest';
import { builtinPacks } from '../../../lib/packs/index.ts';
import { suggestRewrites } from '../../../lib/rewrite/index.ts';
import { typeAtSpace } from './helpers.ts';

// Sentences whose pack suggestions the guard keeps and sentences where it turns them into advice (a consequence after a
// slip, a fronted time run into the next clause, an instruction to wait, a phrase said twice), in other trades and
// registers than the guard's own tests.
const SENTENCES = [
  "You didn't enter the right postcode, so the order went to the wrong depot.",
  "You didn't enter the right postcode.",
  'Not until Tuesday, sorry, the depot is shut.',
  "Not until Tuesday, I'm afraid.",
  "Don't unplug the router until the lights stop flashing.",
  "We don't deliver until Monday.",
  'Sorry for the inconvenience and thank you for your understanding.',
  "Unfortunately we can't refund the deposit until the inspection is done.",
  "I can't change the booking, it's company policy.",
  'You failed to attach the invoice, so the claim was rejected.',
  'not before the 9th im afraid, the van only comes on Fridays',
  "We won't be able to ship it before the weekend.",
  'Your ticket has been escalated and an engineer will call you tomorrow.',
  'Thanks for your patience while we look into this.',
];

/** A letter typed into the middle of the word after the k-th space. */
const typeInto = (d: string, k: number, letter: string) => typeAtSpace(d, k, letter, 'nextWord');

describe('the English keystroke equals a full analysis of the edited draft', () => {
  const full = (d: string) => suggestRewrites(d, builtinPacks, { cache: false });
  const drafts: string[] = [];
  for (let i = 0; i < SENTENCES.length; i++) {
    drafts.push([SENTENCES[i], SENTENCES[(i + 3) % SENTENCES.length], SENTENCES[(i + 7) % SENTENCES.length]].join(' '));
    drafts.push([SENTENCES[(i + 5) % SENTENCES.length], SENTENCES[i]].join('\n\n'));
  }

  it('analysed twice with the cache, the answer is the full analysis', () => {
    for (const d of drafts) {
      const expected = full(d);
      expect(suggestRewrites(d, builtinPacks)).toEqual(expected);
      expect(suggestRewrites(d, builtinPacks)).toEqual(expected);
    }
  });

  it('a letter typed into one sentence: the remembered guard answers of the others stand, the edited one is read again', () => {
    for (const d of drafts) {
      suggestRewrites(d, builtinPacks);
      for (const [k, letter] of [[1, 's'], [4, 'x'], [9, 'q']] as const) {
        const typed = typeInto(d, k, letter);
        expect(suggestRewrites(typed, builtinPacks)).toEqual(full(typed));
      }
    }
  });

  it('the same sentence next to other neighbours is judged with them (the guard reads the sentence as Apply all leaves it)', () => {
    const s = "Not until Tuesday, I'm afraid.";
    for (const other of SENTENCES) {
      for (const d of [`${other} ${s}`, `${s} ${other}`, `${other.replace(/\.$/, ',')} ${s.toLowerCase()}`]) {
        suggestRewrites(d, builtinPacks);
        expect(suggestRewrites(d, builtinPacks)).toEqual(full(d));
      }
    }
  });
});
