// @vitest-environment node
/**
 * Persian sign-off blocks with and without a closing, notices directly under a role / company line, four spellings, and
 * Persian quoted-mail forms (scripts/fa-signature-matrix.ts): a sample gets no flag in the block, the agent's own negative
 * sentence above it stays flagged, and the agent's own notice-like last sentence stays the draft.
 */
import { describe, expect, it } from 'vitest';
import { builtinPacks } from '../../../lib/packs/index.ts';
import { suggestRewrites } from '../../../lib/rewrite/index.ts';
import { draftNotOwnRanges } from '../../../lib/text/signature.ts';
import { faSignatureMatrix } from '../../../scripts/fa-signature-matrix.ts';

const flags = (s: string) => {
  const exclude = draftNotOwnRanges(s);
  return suggestRewrites(s, builtinPacks, exclude.length ? { exclude, generic: true } : { generic: true });
};

describe('Persian signature / notice / quote matrix (scripts/fa-signature-matrix.ts)', () => {
  it('a sample of every kind: nothing flagged in the block, the negative reply above it still flagged', () => {
    const items = faSignatureMatrix();
    const sample = items.filter((x, i) => i % 7 === 0 || !x.kind.startsWith('sig-'));
    expect(sample.length).toBeGreaterThan(500);
    const wrong: string[] = [];
    for (const x of sample) {
      const cut = x.blockStart < 0 ? x.text.length : x.blockStart;
      const s = flags(x.text);
      if (x.blockStart >= 0 && s.some((f) => f.end > cut)) wrong.push(`block ${x.kind}: ${x.text.slice(cut)}`);
      if (x.negativeBody && !s.some((f) => f.start < cut)) wrong.push(`lost ${x.kind}: ${x.text}`);
    }
    expect(wrong).toEqual([]);
  });
  it('a third-person disclaimer counts only under a sign-off line, never as the reply’s own last sentence', () => {
    expect(flags('سلام،\nنرخ امروز اعلام شد.\n\nصرافی آرین\nصرافی در قبال تصمیمات مبتنی بر آن مسئولیتی نمی‌پذیرد.')).toEqual([]);
    expect(flags('سلام،\nنرخ امروز اعلام شد.\nفروشگاه در قبال تأخیر پست مسئولیتی نمی‌پذیرد.').length).toBeGreaterThan(0);
    expect(flags('سلام،\nما در قبال تأخیر پست مسئولیتی نمی‌پذیریم.\n\nمریم احمدی\nکارشناس پشتیبانی').length).toBeGreaterThan(0);
  });
});
