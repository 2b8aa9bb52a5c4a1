/** Issue 14's browser tests (issue14.suite.ts) in the Persian UI, with the page tests. */
import { issue14Suite } from './issue14.suite.ts';

issue14Suite(['fa'], { pages: true });
