// @vitest-environment node
/**
 * rwfa24's kinds (lib/nlp/fa.ts's wider verb reading, lib/rewrite/generic/kinds24.fa.ts, the readers widened beside them,
 * the English stance leads in a Persian sentence in lib/rewrite/engine.ts, «باید» before a passive in must-please.fa22.ts),
 * run over their look-alike matrix (scripts/fa-matrix24.ts) in all four spellings: every negative caught on its marked
 * words, every close contrast left alone. Families named «KNOWN: …» record a limit and are not asserted.
 */
import { describe, expect, it } from 'vitest';
import { FAMILIES24 } from '../../../scripts/fa-matrix24.ts';
import { suggestRewrites } from '../../../lib/rewrite/index.ts';
import { builtinPacks } from '../../../lib/packs/index.ts';
import { faFamilySuite } from './fa-family.ts';

faFamilySuite('rwfa24 Persian kinds and their contrasts', FAMILIES24);

describe('rwfa24: English stance leads in a Persian sentence', () => {
  it('an English stance lead in a Persian sentence is offered for deletion, nothing added', () => {
    const draft = 'سلام وقت بخیر honestly این مدل برای خونه شما کوچیکه';
    const s = suggestRewrites(draft, builtinPacks, { generic: true });
    const lead = s.find((x) => draft.slice(x.flagged.start, x.flagged.end).trim() === 'honestly');
    expect(lead).toBeDefined();
    expect(lead!.replacements[0] ?? '').toBe('');
  });

  it('an English sentence with the same word is read as before', () => {
    const s = suggestRewrites('Honestly, the gold plan suits you better.', builtinPacks, { generic: true });
    expect(s.map((x) => x.ruleId)).toContain('to-be-honest');
  });
});
