/** Issue 14's browser tests (issue14.suite.ts) in the English UI (its page tests run in the Persian one). */
import { issue14Suite } from './issue14.suite.ts';

issue14Suite(['en'], { pages: false });
