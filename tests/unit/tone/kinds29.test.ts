// @vitest-environment node
/**
 * Session 29's tone kinds (lib/tone/cues/*.kinds29.ts): look-alike sets written from general knowledge across trades and
 * registers (scripts/tone-kinds29-matrix.ts), never from a development sentence's nouns. Each kind keeps its close
 * contrasts; evidence is never a bare function word, a greeting or thanks alone.
 */
import { FRUSTRATION29_EN, FRUSTRATION29_FA, URGENCY29_EN } from '../../../scripts/tone-kinds29-matrix.ts';
import { cueMatrixSuite } from './family.ts';

// Thanks or praise with a sour mark (🙃 😐, «لابد», 👏 👌) over a harm, in Persian and Finglish. A bare thanks word far from
// its mark stays evidence of the sarcasm (beside the harm), so the polite cue does not read it as courtesy.
cueMatrixSuite('Persian frustration kinds (session 29)', FRUSTRATION29_FA, 'frustrated', /^(?:سلام|شما|من|و|که|از|با|بابت|hi|salam)$/);

// An acute harm to a person's or an animal's body now with help asked now; "is it safe" with someone vulnerable at stake.
cueMatrixSuite('English urgency kinds (session 29)', URGENCY29_EN, 'urgent', /^(?:hi|hello|thanks|thank you|the|a|is|it|my|our|help)$/i);

// Displeasure in a lawyer's register: a position reserved, a step one is "minded to" take, an allegation called unfounded.
cueMatrixSuite('English frustration kinds (session 29)', FRUSTRATION29_EN, 'frustrated', /^(?:dear|sirs|i|we|the|a|is|to)$/i);
