// @vitest-environment node
/**
 * Session 18's English frustration kinds (lib/tone/cues/frustration.en.kinds18.ts), on a sample of their matrix
 * (scripts/tone-frustration-matrix18.en.ts: every third message): calm kinds (sincere thanks with "!!!" and 😭, "not your
 * fault at all", one's own mistake or a plea with worry, a troubleshooting report, a formal chase, the buyer's solicitor) stay
 * quiet; their look-alikes and the frustrated kinds show the cue with evidence in the words that carry it.
 */
import { frustrationSampleSuite } from './frustration-sample.ts';
import { matrix18 } from '../../../scripts/tone-frustration-matrix18.en.ts';

frustrationSampleSuite('English frustration kinds, session 18 (a sample: every third message)', matrix18().filter((_, i) => i % 3 === 0));
