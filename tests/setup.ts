// zod must not compile validators with `new Function` (MV3 CSP); tests run the same way.
import { z } from 'zod';
z.config({ jitless: true });

// The learnt Persian reader's weights load on first use (a dynamic import): loaded before every test file, so a test that
// turns the reader on (or LEARNT_DEFAULT, if it is switched on) reads with them from its first call.
import { loadNegFaModel } from '../lib/rewrite/learnt/neg.fa.ts';
await loadNegFaModel();
