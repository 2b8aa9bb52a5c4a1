/** `npm run bench -- rewrite-quality`: the rewrite quality figures (tests/bench/rewrite-quality.ts). */
import main from './rewrite-quality.ts';

export default (): void => main([]);
