// @vitest-environment node
/**
 * Session 34's learnt frustration reader (lib/tone/cues/frustration.learnt34.ts): English only, only on a near miss of the
 * readers (score >= fromScore, no cue), never a veto, evidence of words (never thanks, you, please or a greeting).
 * Look-alikes written for this test across trades (a plumber, a courier, a data plan, an accountant), with their calm
 * contrasts using the same words (a day off work when it all went well, a third email to update an address, "to be honest").
 */
import { describe, expect, it } from 'vitest';
import { readCustomerTone } from '../../../lib/tone/index.ts';
import { learnt34Switch } from '../../../lib/tone/cues/frustration.learnt34.ts';
import { learntFrustration34 } from '../../../lib/tone/learnt.frustration34.en.ts';

const shown = (t: string) => readCustomerTone(t).cues.find((c) => c.kind === 'frustrated');

const FIRES = [
  // A booked window missed with what it cost the customer: the readers' near miss, confirmed by the model.
  "The plumber was booked between 8 and 12 today. It's now 3pm and nobody has turned up or called. I took the day off work for this. When is he coming?",
  // Shown by the readers already (the learnt reader leaves them as they are).
  "This is my third email about the missing VAT receipt. The accounts deadline is Friday and I still haven't had it. I've paid in full. If I get fined because of this I will expect you to cover the fine.",
  "paid for the 'unlimited' data plan. capped at 2GB after a week. great value 👍 can i get some money back at least",
  "The courier was booked for Tuesday and you confirmed it twice. It is Thursday and nobody came. I've now rearranged my week three times around this. When will it actually arrive?",
];
const QUIET = [
  'I always thought the hold music was nice, to be honest.',
  'Hi, the courier came on time and the sofa is perfect. Thanks so much for the quick delivery!',
  "Could you tell me when the plumber is coming? I'm home all day, no rush.",
  'This is my third email this year, just to update my address again since we moved twice. Thanks for your help!',
  'I took the day off work for the installation, the engineer came at 10 and everything works. Great job.',
  "Is there a way to get a refund for the data I didn't use last month? Just asking.",
  "My order arrived today, a day late, but that's fine. Could you send the invoice too?",
  "To be honest I'm not sure which plan suits me. Can you advise?",
];
/** Misses kept as known (the readers score them under fromScore: the learnt reader does not read them). */
const KNOWN_MISSES = [
  'This is the second time I write. you close my account and I dont know why. nobody answer me. please open it or tell me the reason',
  'I wrote on 3 and 17 March about the double charge on my card. I have had no reply at all. Please refund the second payment.',
];

describe('learnt frustration reader (session 34)', () => {
  it.each(FIRES)('shows the cue on %s', (t) => expect(shown(t)).toBeDefined());
  it.each(QUIET)('stays quiet on %s', (t) => expect(shown(t)).toBeUndefined());
  it('prints the known misses', () => {
    for (const t of KNOWN_MISSES) if (!shown(t)) console.log(`known miss (learnt34): ${t}`);
  });
  it('names words, never thanks, you, please or a greeting, on a cue it adds alone', () => {
    const c = shown(FIRES[0]);
    const learnt = c?.evidence.filter((e) => e.why === 'tone.why.learnt34') ?? [];
    expect(learnt.length).toBeGreaterThan(0);
    for (const e of c?.evidence ?? []) expect(e.text.toLowerCase()).not.toMatch(/^(?:thanks?|you|your|please|hi|hello|dear)$/);
  });
  it('adds only: every cue the readers show stays, and Persian is never read', () => {
    const texts = [...FIRES, ...QUIET, 'سه بار ایمیل زدم هیچکی جواب نداده، چه خبره؟', 'سلام، سفارشم کی میرسه؟ ممنون'];
    learnt34Switch.on = false;
    const before = texts.map((t) => shown(t) !== undefined);
    const fa = texts.slice(-2).map((t) => JSON.stringify(readCustomerTone(t)));
    learnt34Switch.on = true;
    texts.forEach((t, i) => {
      if (before[i]) expect(shown(t)).toBeDefined();
    });
    expect(texts.slice(-2).map((t) => JSON.stringify(readCustomerTone(t)))).toEqual(fa);
  });
  it('reads only near misses, at the threshold chosen by cross-validation', () => {
    expect(learntFrustration34.fromScore).toBeGreaterThanOrEqual(0.5);
    expect(learntFrustration34.add).toBeGreaterThanOrEqual(0.5);
  });
});
