// @vitest-environment node
/**
 * Session 29's tone kinds (lib/tone/cues/*.kinds29.ts): look-alike sets written from general knowledge across trades and
 * registers (scripts/tone-kinds29-matrix.ts), never from a development sentence's nouns. Each kind keeps its close
 * contrasts; evidence is never a bare function word, a greeting or thanks alone.
 */
import { FRUSTRATION29_FA } from '../../../scripts/tone-kinds29-matrix.ts';
import { cueMatrixSuite } from './family.ts';

// Thanks or praise with a sour mark (🙃 😐, «لابد», 👏 👌) over a harm, in Persian and Finglish.
cueMatrixSuite('Persian frustration kinds (session 29)', FRUSTRATION29_FA, 'frustrated', /^(?:سلام|ممنون|مرسی|شما|من|و|که|از|با|بابت|hi|salam|mersi|merci|mamnoon)$/);
