// @vitest-environment node
/**
 * The learnt English reader (lib/rewrite/learnt/neg.en.ts) and the engine's last stage that shows it (addLearntAdvice in
 * lib/rewrite/engine.ts): advice only, never over quoted customer text or a signature, never where a rule flagged the
 * words, reassuring negations and look-alikes left alone, the shipped weights' output on a fixed sample stable
 * (scripts/train-neg-en.ts --check says whether the shipped file is what the script writes), and the hashed features
 * equal to the named ones. Sentences are this test's own (trades the evaluation sets hardly use: pools, salons, kennels).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { analyzeSentenceTokens } from '../../../lib/nlp/index.ts';
import { LEARNT_DEFAULT_EN } from '../../../lib/rewrite/engine.ts';
import { GENERIC_PACK_ID } from '../../../lib/rewrite/generic/index.ts';
import { featureHashesEn, featuresEn, sentenceFeatureHashesEn, sentenceFeaturesEn } from '../../../lib/rewrite/learnt/features.en.ts';
import { hashFeature, LEARNT_CATEGORY, type NegModel } from '../../../lib/rewrite/learnt/model.ts';
import { KIND_GATE, loadNegEnModel, readNegEn } from '../../../lib/rewrite/learnt/neg.en.ts';
import { expectHashedFeatures, expectLearntSwitches, learntOnly as learnt, runLearnt as run } from './helpers.ts';

/** A worry played down ("no reason to panic"): no rule reads it, the reader does. (Session 32: rwen32's rule now reads
 * the earlier "them's the rules".) */
const FIRES = "There's no reason to panic over one late delivery.";

describe('learnt English reader', () => {
  // Every test reads with the shipped weights: load them before any runs, so no test depends on another's order.
  let m: NegModel;
  beforeAll(async () => {
    m = await loadNegEnModel();
  });

  it('the shipped weights decode to a model of every category it names', () => {
    expect(m.threshold).toBeGreaterThanOrEqual(0.5);
    expect(m.classes.length).toBeGreaterThan(10);
    for (const c of m.classes) expect(LEARNT_CATEGORY[c], c).toBeDefined();
  });

  it('reads the same spans on a fixed sample (weights and features stable)', () => {
    const sample = [FIRES, "That's above my pay grade, you'd have to ask the site manager.", 'Look, I already explained the deposit rules twice.', "I've no idea when the stock comes back.", 'Your boiler service is booked for Tuesday at 10am.', "Sorry, that's not a thing we offer at the salon."];
    const got = sample.map((t) => readNegEn(t).map((h) => `${t.slice(h.start, h.end)}:${h.category}`));
    // (ml31) Read at 0.5, each category shown at its own threshold: a span takes its neighbours above 0.5 ("the rules").
    // (ml32) Retrained with late31 in: "have to ask" without "you'd"; "thing" of "not a thing we offer" read as a refusal
    // (the engine leaves it to the rules, which flag the sentence).
    // (session 32) Retrained on the merged rules: "you'd have to ask" whole again; "not a thing we offer" left to the rules.
    // (session 34) Retrained with late33 in: "already explained" without "I" (the rules flag the sentence first); retrained
    // again on the merged rules with train34 and train34b in: "I already explained" whole again.
    // (session 35) Retrained with late34 in: "have to ask" without "you'd" again (the span's edge word, same category).
    // (session 35, retrained after the merges with train35 … train35d in: "you'd have to ask" whole again.)
    // (session 36, retrained with late35 in: "have to ask" without "you'd", same category.)
    // (session 37, retrained with late36 in: "you'd have to ask" whole again.)
    expect(got).toEqual([["There's no reason to panic:dismissive"], ["That's above my pay grade:not-my-dept", "you'd have to ask:not-my-dept"], ['I already explained:dismissive'], ["I've no idea:not-knowing"], [], []]);
  });

  it('leaves a step the customer will take, named in a time clause, to the instruction it sets up (thirty-fifth session)', () => {
    const pa = (t: string) => readNegEn(t).filter((h) => h.category === 'passive-aggressive' || h.category === 'blame').map((h) => t.slice(h.start, h.end));
    const step = 'Once you have read the terms, just tick the box and you are done.';
    // Without the kind gates the reader takes the step for a reproach: the gate is what keeps it silent.
    KIND_GATE.on = false;
    try {
      expect(pa(step)).not.toEqual([]);
    } finally {
      KIND_GATE.on = true;
    }
    for (const t of [step, 'As soon as you have read the manual, the set-up takes five minutes.', 'After you have read the leaflet, pop the seal and plug it in.', 'When you have read the quote, just reply yes and we book the van.']) expect(pa(t), t).toEqual([]);
    // A pointing word by the step is still a reproach.
    expect(pa('Once you have read it again you will see the fee is listed.')).not.toEqual([]);
  });

  it("leaves the customer's side, a plain question and a spared step alone; their scolding look-alikes still read (thirty-fifth session)", () => {
    const cats = (t: string) => readNegEn(t).map((h) => h.category);
    const quiet = ['To be fair to you, the label was hard to read.', 'Did you forget to tick the box, so the order went plain?', "Don't bother printing the ticket again, the email is fine."];
    KIND_GATE.on = false;
    try {
      // Without the kind gates the retrained reader flags the first and the last: the gates are what keep them silent.
      // (Session 36, retrained with late35 in: the reader no longer reads the plain question even ungated; the
      // blameAsked gate stays for the questions it still reads, and the question stays quiet below.)
      for (const t of [quiet[0], quiet[2]]) expect(cats(t), t).not.toEqual([]);
    } finally {
      KIND_GATE.on = true;
    }
    for (const t of quiet) expect(cats(t), t).toEqual([]);
    expect(cats('To be fair, you should have read the label.')).toContain('to-be-honest');
    expect(cats('Sorry, we can\'t bother the warehouse for that.')).toContain('refusal');
    expect(cats('Did you even read the email I sent?')).not.toEqual([]);
  });

  it('reads a contraction written without its apostrophe as a whole word', () => {
    const t = 'I dont know when the tiler is free.';
    const [h] = readNegEn(t);
    expect(t.slice(h.start, h.end)).toBe('I dont know');
  });

  it('adds advice over words no rule flagged, naming them, in both languages', () => {
    for (const uiLang of ['en', 'fa'] as const) {
      const list = run(FIRES, { uiLang });
      const add = learnt(list);
      expect(add).toHaveLength(1);
      const s = add[0];
      expect(s.kind).toBe('advice');
      expect(s.replacements).toEqual([]);
      expect(s.packId).toBe(GENERIC_PACK_ID);
      expect(s.language).toBe('en');
      expect(FIRES.slice(s.flagged.start, s.flagged.end)).toBe("There's no reason to panic");
      expect(s.explanation).toContain('no reason to panic');
      expect(/[\u0600-\u06FF]{4}/.test(s.explanation)).toBe(uiLang === 'fa');
      for (const r of list) if (r !== s) expect(r.flagged.end <= s.flagged.start || s.flagged.end <= r.flagged.start).toBe(true);
    }
  });

  it('is on by default (mlen29), off with learnt: false, with the generic readers off, and when silenced', () => {
    expect(LEARNT_DEFAULT_EN).toBe(true);
    expectLearntSwitches(FIRES, 'learnt-dismissive');
  });

  it('never reads quoted customer text or a signature', () => {
    const quoted = `Hi Sam, your locker key is at the front desk.\n\n> ${FIRES}\n> Sorry, that's not a thing we offer at the salon.`;
    expect(learnt(run(quoted))).toEqual([]);
    const inline = `You wrote "${FIRES}" and you were right to ask: the pass is yours to share.`;
    expect(learnt(run(inline)).filter((s) => s.flagged.start < inline.lastIndexOf('"'))).toEqual([]);
    const signed = `Hi Sam, your booking is confirmed.\n\nKind regards,\nLeisure Centre Team\n${FIRES}`;
    expect(learnt(run(signed)).filter((s) => s.flagged.start > signed.indexOf('Kind regards'))).toEqual([]);
  });

  it('leaves reassuring negations and plain news alone', () => {
    for (const t of [
      "Don't worry, there's no charge for swapping the lesson.",
      'Your boiler service is booked for Tuesday at 10am.',
      'The kennel has space for both dogs next weekend.',
      "Nothing's wrong with your card, the machine was offline.",
      "It won't cost you anything to move the pitch.",
      // A rule named where nothing is refused.
      "It's the leisure centre's policy to hose down the changing rooms every hour.",
      'Kennel rules are pinned up by the reception desk.',
      // A conclusion, not blame; the customer's own care told back.
      'You must have had the pool pass in your other coat.',
      "It isn't your fault the mower jammed, you oiled it exactly as the leaflet says.",
    ])
      expect(learnt(run(t)), t).toEqual([]);
  });
});

describe('learnt English reader: hashed features', () => {
  it('reads no command in a span that only names a thing (nouns and determiners), and keeps an order said with a verb', () => {
    // (thirty-fourth session) "option" read as a command after the retrain with train34, on a Bitext agent line of en.dev.
    for (const t of ['Look for the option to edit the data on your Platinum account.', 'Tap the button marked Refund on your order page.', 'Pick the plan that suits your team best from the list on your dashboard.']) {
      expect(learnt(run(t)).filter((s) => s.ruleId === 'learnt-command'), t).toEqual([]);
    }
    expect(run('You need to send us the receipt first.').length).toBeGreaterThan(0);
  });

  it('hashes the same names featuresEn and sentenceFeaturesEn build, in the same order', () => {
    const forms = { words: featuresEn, wordHashes: featureHashesEn, sentence: sentenceFeaturesEn, sentenceHashes: sentenceFeatureHashesEn };
    expectHashedFeatures(["We cant refund that, you should've read the terms!", "Please don't worry, we won't charge you.", 'hi sorry, the OTP code is wrong?', 'No no no, not possible.'], forms, hashFeature, analyzeSentenceTokens);
  });
});
