// @vitest-environment node
/**
 * rwfa25's kinds (lib/rewrite/generic/kinds25.fa.ts and the readers widened beside them in kinds6.fa.ts, kinds2.fa.ts and
 * fa.ts), run over their look-alike matrix (scripts/fa-matrix25.ts) in all four spellings: every negative caught on its
 * marked words, every close contrast left alone. Families named «KNOWN: …» record a limit and are not asserted.
 */
import { FAMILIES25 } from '../../../scripts/fa-matrix25.ts';
import { faFamilySuite } from './fa-family.ts';

faFamilySuite('rwfa25 Persian kinds and their contrasts', FAMILIES25);
