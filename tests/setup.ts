// zod must not compile validators with `new Function` (MV3 CSP); tests run the same way.
import { z } from 'zod';
z.config({ jitless: true });

// The learnt readers' weights load on first use (dynamic imports): both loaded before every test file, so a test that
// turns a reader on (or LEARNT_DEFAULT / LEARNT_DEFAULT_EN, if switched on) reads with them from its first call. Their
// own loader, not the engine: importing the engine here cost every test file that never reads a draft ~0.6 s.
import { loadLearntModels } from '../lib/rewrite/learnt/load.ts';
await loadLearntModels();
