// @vitest-environment node
/**
 * Session 28's Persian tone kinds (lib/tone/cues/frustration.fa.kinds28.ts): look-alike sets written from general knowledge
 * across trades and both registers (scripts/tone-fa-kinds28-matrix.ts), never from a development sentence's nouns. Each
 * kind keeps its close contrasts; evidence is never a bare function word, a greeting or thanks alone.
 */
import { FRUSTRATION28_FA, REPEAT28_FA } from '../../../scripts/tone-fa-kinds28-matrix.ts';
import { cueMatrixSuite } from './family.ts';

// Lofty praise («بی‌نظیره», «مثل همیشه بی‌نقصه») beside a harm; thanks marked as irony over money taken.
cueMatrixSuite('Persian frustration kinds (session 28)', FRUSTRATION28_FA, 'frustrated', /^(?:سلام|ممنون|مرسی|شما|من|و|که|از|با|واقعا|واقعاً|مثل|همیشه)$/);

// A reply above quoted correspondence with the matter still open; calm updates above the thread stay quiet.
cueMatrixSuite('Persian repeat kinds (session 28)', REPEAT28_FA, 'repeat', /^(?:سلام|ممنون|مرسی|شما|من|و|که|از|با)$/);
