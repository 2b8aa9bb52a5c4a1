// @vitest-environment node
/**
 * English sentence templates (lib/rewrite/template16.en.ts, seventeenth session, issue 12): a refusal, a system or
 * policy wall, "not my department" or "I don't know" left as advice gets "What I/we can do is ___" after its sentence,
 * the sentence kept as written; never where the draft already gives a way forward. Sentences written for this test; the
 * generated families and look-alikes are scripts/en-template-matrix.ts.
 */
import { describe, expect, it } from 'vitest';
import { builtinPacks } from '../../../lib/packs/index.ts';
import { applySuggestion, suggestRewrites } from '../../../lib/rewrite/index.ts';
import { runMatrix } from '../../../scripts/en-template-matrix.ts';

const suggest = (draft: string) => suggestRewrites(draft, builtinPacks, { cache: false });
/** The draft after inserting the one template that holds a blank (or the draft when none does). */
const inserted = (draft: string) => {
  const t = suggest(draft).find((s) => s.kind === 'template' && s.replacements[0]?.includes('___'));
  return t ? applySuggestion(draft, t) : draft;
};

describe('a blank sentence after a refusal the frames do not fit', () => {
  it('keeps the refusal and its reason as written, the blank before the full stop', () => {
    expect(inserted('Our front desk is unable to hold bikes overnight, as the store room is shared with the gym.')).toBe(
      'Our front desk is unable to hold bikes overnight, as the store room is shared with the gym. What we can do is ___.',
    );
    expect(inserted('I tried twice but the booking tool doesnt allow a name change on a saver fare.')).toBe(
      'I tried twice but the booking tool doesnt allow a name change on a saver fare. What I can do is ___.',
    );
  });

  it('chat stays chat: no full stop added at the end, lowercase left alone', () => {
    expect(inserted('hey sorry we dont offer refunds on e-tickets once theyre sent, sorry about that')).toBe(
      'hey sorry we dont offer refunds on e-tickets once theyre sent, sorry about that. What we can do is ___',
    );
  });

  it('a not-knowing with a guess after it is the agent\'s, and so is the blank', () => {
    expect(inserted("I don't know why the direct debit bounced; it could be a bank holiday thing.")).toBe(
      "I don't know why the direct debit bounced; it could be a bank holiday thing. What I can do is ___.",
    );
  });

  it('gives the refusal back with the blank after it; the flag stays on the refusal and the rest of the message is untouched', () => {
    const d = 'Hi Jo,\n\nThe portal won\'t accept a start date in the past.\n\nBest,\nSam';
    const t = suggest(d).find((s) => s.kind === 'template')!;
    expect(t.replacements[0].startsWith(t.original)).toBe(true);
    expect(d.slice(t.flagged.start, t.flagged.end)).toMatch(/won't accept/);
    expect(applySuggestion(d, t)).toBe("Hi Jo,\n\nThe portal won't accept a start date in the past. What we can do is ___.\n\nBest,\nSam");
  });
});

describe('no blank where the agent already gave a way forward', () => {
  it('a team\'s copy of en-core behaves as en-core; a team\'s own advice rule is left as its author made it', () => {
    // en-core in its two files (lib/packs/parts.ts), as one pack a team could copy.
    const first = builtinPacks.find((p) => p.id === 'tactful.en.core')!;
    const core = { ...first, rules: builtinPacks.filter((p) => p.id === 'tactful.en.core' || p.id === 'tactful.en.core.more').flatMap((p) => p.rules) };
    const d = "The portal won't accept a start date in the past.";
    const copy = suggestRewrites(d, [{ ...core, id: 'team.copy' }], { cache: false, generic: false });
    expect(copy.some((s) => s.replacements.some((r) => r.includes('___')))).toBe(true);
    const own = { ...core, id: 'team.own', rules: core.rules.filter((r) => r.id === 'system-wont-bare').map((r) => ({ ...r, id: 'our-system-rule' })) };
    const found = suggestRewrites(d, [own], { cache: false, generic: false });
    expect(found.length).toBeGreaterThan(0);
    expect(found.some((s) => s.replacements.some((r) => r.includes('___')))).toBe(false);
  });

  it.each([
    "The depot can't collect from flats above the 4th floor, but the driver can meet you at the door.",
    "The depot can't collect from flats above the 4th floor. Instead, we can drop a collection bag with you.",
    "The depot can't collect from flats above the 4th floor; you'd need to bring it to the counter.",
    "The depot can't collect from flats above the 4th floor. I've booked a courier for Friday instead.",
    "That's not my department, the lettings team look after deposits.",
    "Our system doesn't allow refunds over £500 from chat, please call the billing line.",
    "Our system doesn't allow refunds over £500 from chat, there's nothing else I can do.",
    "If the system doesn't allow a refund, we'll send a voucher.",
    "Not sure why you're getting so worked up, the order is on its way.",
    "The account won't be unlocked for another 24 hours.",
  ])('%s', (d) => {
    expect(inserted(d)).not.toMatch(/___/);
  });

  it('a pack template whose next sentence already offers something is advice', () => {
    expect(inserted("We can't swap the colour. However, I can offer you a free case.")).toBe("We can't swap the colour. However, I can offer you a free case.");
    expect(inserted("We can't swap the colour.")).toBe("We can't swap the colour, but what we can do is ___.");
  });
});

describe('the template matrix (scripts/en-template-matrix.ts)', () => {
  it('no look-alike gets a blank; nearly every family sentence gets a template', () => {
    const vs = runMatrix();
    const look = vs.filter((v) => v.item.label === 'lookalike');
    expect(look.filter((v) => v.blankAnywhere).map((v) => v.item.text)).toEqual([]);
    const fam = vs.filter((v) => v.item.label === 'family');
    expect(fam.filter((v) => v.kind === 'template').length / fam.length).toBeGreaterThan(0.93);
  }, 120_000);
});
