/** `npm run bench -- quotes`: quoted text vs the agent's own words (tests/bench/quotes-eval.ts). */
import main from './quotes-eval.ts';

export default (): void => main();
