// @vitest-environment node
/**
 * Session 23's Persian frustration kinds (lib/tone/cues/frustration.fa.kinds23.ts and the guards it lends to the older
 * readers): a look-alike set written from general knowledge across trades and both registers
 * (scripts/tone-kinds23-fa-matrix.ts), never from a development sentence's nouns. Calm kinds keep their close contrasts
 * frustrated; evidence is never a bare thanks, greeting or function word.
 */
import { FRUSTRATION23_FA } from '../../../scripts/tone-kinds23-fa-matrix.ts';
import { cueMatrixSuite } from './family.ts';

cueMatrixSuite('Persian frustration kinds (session 23)', FRUSTRATION23_FA, 'frustrated', /^(?:سلام|ممنون|مرسی|با تشکر|شما|من|و|که|از)$/);
