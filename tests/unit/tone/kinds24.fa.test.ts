// @vitest-environment node
/**
 * Session 24's Persian urgency kinds (lib/tone/cues/urgency.fa.kinds24.ts): a look-alike set written from general
 * knowledge across trades and both registers (scripts/tone-kinds24-fa-matrix.ts), never from a development sentence's
 * nouns. Each kind keeps its close contrasts; evidence is never a bare function word.
 */
import { FRUSTRATION24_FA, REPEAT24_FA, URGENCY24_FA } from '../../../scripts/tone-kinds24-fa-matrix.ts';
import { cueMatrixSuite } from './family.ts';

cueMatrixSuite('Persian urgency kinds (session 24)', URGENCY24_FA, 'urgent', /^(?:سلام|ممنون|مرسی|شما|من|و|که|از|تا|اگه|اگر)$/);

// A review promised and going on with the company said to be over (lib/tone/cues/frustration.fa.matrix17.ts, widened).
cueMatrixSuite('Persian frustration kinds (session 24)', FRUSTRATION24_FA, 'frustrated', /^(?:سلام|ممنون|مرسی|شما|من|و|که|از|با)$/);

// An earlier conversation dated, the company's person's statement cited (lib/tone/cues/repeat.ts's earlierTalk, widened).
cueMatrixSuite('Persian repeat kinds (session 24)', REPEAT24_FA, 'repeat', /^(?:سلام|ممنون|مرسی|شما|من|و|که|از|در|طبق)$/);
