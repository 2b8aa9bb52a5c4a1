// @vitest-environment node
/**
 * rwfa26's kinds (lib/rewrite/generic/kinds26.fa.ts and the readers widened beside them in kinds5.fa.ts, kinds19.fa.ts,
 * kinds21.fa.ts, kinds25.fa.ts, kinds.fa.ts, constructions.fa.ts and fa.ts), run over their look-alike matrix
 * (scripts/fa-matrix26.ts) in all four spellings: every negative caught on its marked words, every close contrast left
 * alone. Families named «KNOWN: …» record a limit and are not asserted.
 */
import { FAMILIES26 } from '../../../scripts/fa-matrix26.ts';
import { faFamilySuite } from './fa-family.ts';

faFamilySuite('rwfa26 Persian kinds and their contrasts', FAMILIES26);
