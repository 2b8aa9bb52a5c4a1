// @vitest-environment node
/**
 * Session 21's English frustration kinds (lib/tone/cues/frustration.kinds21.ts): a look-alike set written from general
 * knowledge across trades (venues, garages, clinics, software, utilities, shops, travel, councils), never from a
 * development sentence's nouns. Calm kinds stay quiet; their close frustrated contrasts (the same frame with a word of
 * displeasure, irony or a threat) still show the cue; the frustrated kinds show it with evidence in the words that carry it.
 */
import { KINDS21, URGENCY21 } from '../../../scripts/tone-kinds21-matrix.ts';
import { cueMatrixSuite } from './family.ts';

cueMatrixSuite('frustration kinds (session 21)', KINDS21, 'frustrated', /^(?:you|i|thanks?|thank you|the|a)$/i);
cueMatrixSuite('urgency kinds (session 21)', URGENCY21, 'urgent');
