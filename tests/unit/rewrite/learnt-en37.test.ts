// @vitest-environment node
/**
 * (ml37) The English learnt reader's run reach (model.ts LearntLanguage.reach, neg.en.ts RUN_REACH_EN): a run of
 * function words alone ("we don't", "you must") read on to the content word it governs, instead of dropped; the
 * reassuring and courteous negations of the same shape left alone; and the gate for the customer's enjoyment foreseen
 * (enjoymentForeseen) that a fold reader with the reach read as an order. Sentences are this test's own (trades the
 * evaluation sets hardly use: ferries, tiling, piano tuning, beekeeping).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { analyzeSentenceTokens } from '../../../lib/nlp/index.ts';
import { enjoymentForeseen, loadNegEnModel, readNegEn, RUN_REACH_EN, RUN_REACH_FOLDS } from '../../../lib/rewrite/learnt/neg.en.ts';
import { learntOnly as learnt, runLearnt as run } from './helpers.ts';

const read = (t: string) => readNegEn(t).map((h) => `${t.slice(h.start, h.end)}:${h.category}`);

/** The span of `words` in `text` as the layer's word tokens (for the gate). */
function spanOf(text: string, words: string) {
  const tokens = analyzeSentenceTokens(text);
  const a = text.indexOf(words);
  const b = a + words.length;
  return { tokens, span: tokens.filter((t) => t.word && t.start < b && a < t.end) };
}

describe('learnt English reader: run reach (ml37)', () => {
  beforeAll(async () => {
    await loadNegEnModel();
  });

  /** Reads with the reach at the folds' setting, then puts the shipped setting back. */
  const reaching = <T>(f: () => T): T => {
    const was = RUN_REACH_EN.words;
    RUN_REACH_EN.words = RUN_REACH_FOLDS;
    try {
      return f();
    } finally {
      RUN_REACH_EN.words = was;
    }
  };

  it('ships off (the lead: positive reframes flagged more), the folds\' setting kept for evaluation', () => {
    expect(RUN_REACH_EN.words).toBe(0);
    expect(RUN_REACH_FOLDS).toBe(3);
    expect(RUN_REACH_EN.thr).toBe(0.2);
  });

  it('reads a negated auxiliary on to the verb it negates; without the reach the run is dropped', () => {
    const t = "We don't ship to the islands yet.";
    // Whether the subject joins the run ("We don't ship", session 38's weights; "don't ship", retrained with late38 in by
    // ml40) is the word reader's weight on "We", not the reach: what the reach must do is carry "don't" on to "ship".
    expect(reaching(() => read(t))).toEqual([expect.stringMatching(/^(?:We )?don't ship:refusal$/)]);
    expect(read(t)).toEqual([]);
  });

  it('leaves reassuring, courteous and enthusiastic negations of the same shape alone', () => {
    for (const t of [
      "Don't worry, the varnish won't fade in the sun.",
      "It won't take long, about ten minutes per hive.",
      'Your tuning won\'t need redoing until spring.',
      "We can't wait to see you on the crossing!",
      "I can't thank you enough for the kind review.",
      "You won't be charged for the second visit.",
      "You can't go wrong with the oak finish.",
      'you wont believe how quiet the new extractor is',
      "You don't need to bring anything, we supply the veils.",
    ])
      expect(reaching(() => read(t)), t).toEqual([]);
  });

  it("the customer's enjoyment foreseen is no order or blame; a warning or a dislike still is", () => {
    const yes: Array<[string, string]> = [
      ["so we've swapped in the cedar tiles - you're gonna love it!", "you're gonna"],
      ["The new grout is in and you're going to love how it looks.", "you're going to love"],
      ["You'll love the softer bristles.", "You'll love"],
      ['u will enjoy the quieter deck', 'will enjoy'],
    ];
    for (const [t, w] of yes) {
      const { tokens, span } = spanOf(t, w);
      expect(enjoymentForeseen(tokens, span), t).toBe(true);
    }
    const no: Array<[string, string]> = [
      ["You're going to have to wait until Monday.", "You're going to have to"],
      ["You won't like this, but the fee stands.", "You won't like"],
      ["You're not going to love the price.", "You're not going to love"],
      ['You need to book the tuner first, you will love the result.', 'You need to book'],
    ];
    for (const [t, w] of no) {
      const { tokens, span } = spanOf(t, w);
      expect(enjoymentForeseen(tokens, span), t).toBe(false);
    }
    for (const t of ["We've swapped in the cedar tiles - you're gonna love it!", "You're going to love the new ferry lounge."]) expect(learnt(run(t)), t).toEqual([]);
  });
});
