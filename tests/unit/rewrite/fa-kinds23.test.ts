// @vitest-environment node
/**
 * rwfa23's kinds (lib/rewrite/neutral23.fa.ts, lib/rewrite/generic/kinds23.fa.ts and the readers widened beside them), run
 * over their look-alike matrix (scripts/fa-matrix23.ts) in all four spellings: every negative caught on its marked words,
 * every close contrast left alone. Families named «KNOWN: …» record a limit and are not asserted.
 */
import { FAMILIES23 } from '../../../scripts/fa-matrix23.ts';
import { faFamilySuite } from './fa-family.ts';

faFamilySuite('rwfa23 Persian kinds and their contrasts', FAMILIES23);
