// @vitest-environment node
/**
 * Session 30's tone kinds (lib/tone/cues/frustration.kinds30.ts): look-alike sets written from general knowledge across
 * trades and registers (scripts/tone-kinds30-matrix.ts), never from a development sentence's nouns. Each kind keeps its
 * close contrasts (an edge word, a cost, a demand, capitals, a rhetorical or angry mark keep the cue).
 */
import { FRUSTRATION30_EN } from '../../../scripts/tone-kinds30-matrix.ts';
import { cueMatrixSuite } from './family.ts';

// A chase told plainly then a courteous request; help asked in trouble with alarm marks only.
cueMatrixSuite('English frustration calm kinds (session 30)', FRUSTRATION30_EN, 'frustrated', /^(?:hi|hello|i|we|the|a|is|to|you|thanks?)$/i);
