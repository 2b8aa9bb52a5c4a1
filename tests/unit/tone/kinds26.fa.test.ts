// @vitest-environment node
/**
 * Session 26's Persian tone kinds (lib/tone/cues/frustration.fa.kinds26.ts; urgency.kinds14.ts's moneyOnly widened):
 * look-alike sets written from general knowledge across trades and both registers (scripts/tone-kinds26-fa-matrix.ts),
 * never from a development sentence's nouns. Each kind keeps its close contrasts; evidence is never a bare function word.
 */
import { FRUSTRATION26_FA, URGENCY26_FA } from '../../../scripts/tone-kinds26-fa-matrix.ts';
import { cueMatrixSuite } from './family.ts';

// Leaving or going public on the company's failure; «چرا … کردید؟!»; «این چه سیستمیه؟» with a fault told; «… میدم، اونوقت …».
cueMatrixSuite('Persian frustration kinds (session 26)', FRUSTRATION26_FA, 'frustrated', /^(?:سلام|ممنون|مرسی|شما|من|و|که|از|با|اگه|اگر|چرا|این|اونوقت)$/);

// Money that left the account for the customer's own failed payment: no pressure now; taken by someone else: urgent.
cueMatrixSuite('Persian urgency kinds (session 26)', URGENCY26_FA, 'urgent', /^(?:سلام|ممنون|مرسی|شما|من|و|که|از|تا|اگه|اگر)$/);
