// @vitest-environment node
/**
 * Session 25's Persian tone kinds (lib/tone/cues/urgency.fa.kinds25.ts, lib/tone/cues/frustration.fa.kinds25.ts): look-alike
 * sets written from general knowledge across trades, both registers and Finglish (scripts/tone-kinds25-fa-matrix.ts), never
 * from a development sentence's nouns. Each kind keeps its close contrasts; evidence is never a bare function word.
 */
import { FRUSTRATION25_FA, URGENCY25_FA } from '../../../scripts/tone-kinds25-fa-matrix.ts';
import { cueMatrixSuite } from './family.ts';

// No hurry said («عجله‌ای نیست», «نه که فوری باشه», "ajale nadaram"); «الان» heading a span of days that has passed.
cueMatrixSuite('Persian urgency kinds (session 25)', URGENCY25_FA, 'urgent', /^(?:سلام|ممنون|مرسی|شما|من|و|که|از|تا|اگه|اگر)$/);

// Praise or thanks around a harm told (sarcasm); a fault counted and told plainly; a harm put right, praised.
cueMatrixSuite('Persian frustration kinds (session 25)', FRUSTRATION25_FA, 'frustrated', /^(?:سلام|ممنون|مرسی|شما|من|و|که|از|با|واقعا|واقعاً)$/);
