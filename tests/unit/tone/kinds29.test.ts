// @vitest-environment node
/**
 * Session 29's tone kinds (lib/tone/cues/*.kinds29.ts): look-alike sets written from general knowledge across trades and
 * registers (scripts/tone-kinds29-matrix.ts), never from a development sentence's nouns. Each kind keeps its close
 * contrasts; evidence is never a bare function word, a greeting or thanks alone.
 */
import { FRUSTRATION29_FA, URGENCY29_EN } from '../../../scripts/tone-kinds29-matrix.ts';
import { cueMatrixSuite } from './family.ts';

// Thanks or praise with a sour mark (🙃 😐, «لابد», 👏 👌) over a harm, in Persian and Finglish.
cueMatrixSuite('Persian frustration kinds (session 29)', FRUSTRATION29_FA, 'frustrated', /^(?:سلام|ممنون|مرسی|شما|من|و|که|از|با|بابت|hi|salam|mersi|merci|mamnoon)$/);

// An acute harm to a person's or an animal's body now with help asked now; "is it safe" with someone vulnerable at stake.
cueMatrixSuite('English urgency kinds (session 29)', URGENCY29_EN, 'urgent', /^(?:hi|hello|thanks|thank you|the|a|is|it|my|our|help)$/i);
