// @vitest-environment node
/**
 * rwfa27's kinds (lib/rewrite/generic/kinds27.fa.ts and the unit named by its work in kinds6.fa.ts), run over their
 * look-alike matrix (scripts/fa-matrix27.ts FAMILIES27) in all four spellings: every negative caught on its marked words,
 * every close contrast left alone.
 */
import { FAMILIES27 } from '../../../scripts/fa-matrix27.ts';
import { faFamilySuite } from './fa-family.ts';

faFamilySuite('rwfa27 Persian kinds and their contrasts', FAMILIES27);
