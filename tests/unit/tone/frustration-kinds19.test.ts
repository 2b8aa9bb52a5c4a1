// @vitest-environment node
/**
 * Session 19's English frustration kinds (lib/tone/cues/frustration.en.kinds19.ts), on a sample of their matrix
 * (scripts/tone-frustration-matrix19.en.ts: every third message): calm kinds (a procedure asked as alternatives, thanks as
 * the message's act, a third party's doing with the company cleared, a victim asking what to do, a plea for what is due
 * today) stay quiet; their look-alikes and the frustrated kinds (an informal count of contacts, "stop telling me", a
 * sarcastic inference, paying for X and getting Y, price up and quality down, "i HAVE.", leaving weighed) show the cue with
 * evidence in the words that carry it.
 */
import { frustrationSampleSuite } from './frustration-sample.ts';
import { matrix19 } from '../../../scripts/tone-frustration-matrix19.en.ts';

frustrationSampleSuite('English frustration kinds, session 19 (a sample: every third message)', matrix19().filter((_, i) => i % 3 === 0));
