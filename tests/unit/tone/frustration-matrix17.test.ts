// @vitest-environment node
/**
 * The English frustration matrix (scripts/tone-frustration-matrix.en.ts; readers in lib/tone/cues/frustration.en.matrix17.ts),
 * on a sample: every fourth message. Frustrated messages must show the cue with evidence inside the words that carry it; calm
 * look-alikes must stay quiet. Open, by part (the matrix prints them): "teh" for "the" inside a phrase, "yeah right" with
 * ironic quotes and a wait "since June", a date after a promise that runs on into an order number without a full stop.
 */
import { frustrationSampleSuite } from './frustration-sample.ts';
import { frustrationMatrix } from '../../../scripts/tone-frustration-matrix.en.ts';

const OPEN = /\bteh\b|Yeah right|yeah right|it's now the 19th Order|its now the 19th Order/;

frustrationSampleSuite('English frustration matrix (a sample: every fourth message)', frustrationMatrix().filter((m, i) => i % 4 === 0 && !OPEN.test(m.text)));
