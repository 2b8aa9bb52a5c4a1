// zod must not compile validators with `new Function` (MV3 CSP); tests run the same way.
import { z } from 'zod';
z.config({ jitless: true });
