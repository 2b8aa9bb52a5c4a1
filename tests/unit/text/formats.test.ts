// @vitest-environment node
/**
 * Whose words are whose, across real helpdesk and webmail formats (issues 12 and 13): a catalogue of
 * reply headers, quoting conventions, signatures and footers in English and Persian, and their
 * look-alikes in the agent's and the customer's own words (tests/fixtures/text-formats). Each case
 * runs through what the engine sees: the rewrite panel's exclusions (draftNotOwnRanges) and
 * suggestions for a draft, the customer's latest words (parseMessage) and the tone cues' evidence
 * for a message.
 */
import { describe, expect, it } from 'vitest';
import { DRAFTS, type FormatCase } from '../../fixtures/text-formats/drafts.ts';
import { MESSAGES } from '../../fixtures/text-formats/messages.ts';
import { draftNotOwnRanges } from '../../../lib/text/signature.ts';
import { parseMessage } from '../../../lib/text/message.ts';
import { quoteRanges } from '../../../lib/text/quotes.ts';
import { suggestRewrites } from '../../../lib/rewrite/index.ts';
import { builtinPacks } from '../../../lib/packs/index.ts';
import { readCustomerTone } from '../../../lib/tone/index.ts';

type Range = [number, number];
interface Marked {
  text: string;
  own: Range[];
  notOwn: Range[];
}

/** Strips ⟦…⟧ (own words) and ⟪…⟫ (not own) markers, returning the ranges they marked. */
export function unmark(src: string): Marked {
  let text = '';
  const own: Range[] = [];
  const notOwn: Range[] = [];
  let open: { kind: 'own' | 'not'; at: number } | null = null;
  for (const ch of src) {
    if (ch === '⟦' || ch === '⟪') open = { kind: ch === '⟦' ? 'own' : 'not', at: text.length };
    else if ((ch === '⟧' || ch === '⟫') && open) {
      (open.kind === 'own' ? own : notOwn).push([open.at, text.length]);
      open = null;
    } else text += ch;
  }
  return { text, own, notOwn };
}

const covered = (ranges: readonly Range[], p: number) => ranges.some(([a, b]) => a <= p && p < b);
const visible = (text: string, [a, b]: Range) => [...Array(b - a).keys()].map((i) => a + i).filter((p) => !/[\s\u200c\u202a-\u202e]/.test(text[p]));

/** What is wrong with a draft's reading, or '' when it is right. */
export function draftProblem(c: FormatCase): string {
  const { text, own, notOwn } = unmark(c.text);
  const ex = draftNotOwnRanges(text) as Range[];
  for (const r of notOwn) {
    const miss = visible(text, r).filter((p) => !covered(ex, p));
    if (miss.length) return `not-own text left readable: ${JSON.stringify(text.slice(miss[0], Math.min(miss[miss.length - 1] + 1, miss[0] + 60)))}`;
  }
  for (const r of own) {
    const hit = visible(text, r).filter((p) => covered(ex, p));
    if (hit.length) return `agent's own words excluded: ${JSON.stringify(text.slice(hit[0], Math.min(hit[hit.length - 1] + 1, hit[0] + 60)))}`;
  }
  const sugg = suggestRewrites(text, builtinPacks, ex.length ? { exclude: ex } : {});
  const bad = sugg.find((s) => notOwn.some(([a, b]) => s.start < b && a < s.end));
  if (bad) return `flag in not-own text: "${bad.original}"`;
  return '';
}

/** What is wrong with a message's reading, or '' when it is right. */
export function messageProblem(c: FormatCase): string {
  const { text, own, notOwn } = unmark(c.text);
  const { latest } = parseMessage(text);
  const inLatest = (p: number) => p >= latest.start && p < latest.end;
  for (const r of own) {
    const miss = visible(text, r).filter((p) => !inLatest(p));
    if (miss.length) return `customer's latest words cut: ${JSON.stringify(text.slice(miss[0], miss[0] + 60))} (latest: ${JSON.stringify(latest.text.slice(0, 80))})`;
  }
  for (const r of notOwn) {
    const hit = visible(text, r).filter(inLatest);
    if (hit.length) return `history/signature read as the latest words: ${JSON.stringify(text.slice(hit[0], hit[0] + 60))}`;
  }
  const report = readCustomerTone(text);
  for (const cue of report.cues) {
    const ev = cue.evidence.find((e) => notOwn.some(([a, b]) => e.start < b && a < e.end));
    if (ev) return `cue ${cue.kind} has evidence in history/signature: "${ev.text}"`;
  }
  return '';
}

describe('reply formats: drafts (the rewrite panel flags only the agent\'s own words)', () => {
  for (const c of DRAFTS) {
    it(c.name, () => {
      expect(draftProblem(c)).toBe('');
    });
  }
  it('keeps flagging the agent\'s own "unfortunately … cannot" in look-alikes of headers and footers', () => {
    for (const c of DRAFTS.filter((x) => !/⟪/.test(x.text))) {
      const { text } = unmark(c.text);
      if (!/unfortunately|متأسفانه/i.test(text)) continue;
      const ex = draftNotOwnRanges(text) as Range[];
      expect(suggestRewrites(text, builtinPacks, ex.length ? { exclude: ex } : {}).length, c.name).toBeGreaterThan(0);
    }
  });
});

describe('reply formats: messages (the tone reader reads the customer\'s latest words only)', () => {
  for (const c of MESSAGES) {
    it(c.name, () => {
      expect(messageProblem(c)).toBe('');
    });
  }
});

describe('reply formats: linear work on adversarial input', () => {
  // Speed is measured by the bench, never asserted here: these tests count the work instead (every regex execution and the
  // characters it was handed, through RegExp.prototype.exec, which test/match/replace/split/matchAll all call), at a
  // quarter size and at full size. Linear code does about 4x the work at 4x the size; a rescan per line or per match
  // (quadratic) does about 16x. The count is deterministic: no timer, nothing a loaded machine can move.
  const inputs: ((k: number) => string)[] = [
    (k) => 'On ' + 'Mon, '.repeat(5_000 * k) + '\n',
    (k) => '[10:02] ' + 'a'.repeat(12_500 * k) + '\n',
    (k) => '[10:02] Customer: x\n'.repeat(1_250 * k),
    (k) => '-'.repeat(10_000 * k) + ' reply above ' + '-'.repeat(10_000 * k),
    (k) => ('From: a\n' + 'Sent: b\n'.repeat(3)).repeat(750 * k),
    (k) => 'هرگونه ' + 'کپی '.repeat(5_000 * k),
    (k) => 'Any unauthorised ' + 'use, '.repeat(5_000 * k),
    (k) => ('x wrote on ' + '1 '.repeat(50) + '\n').repeat(250 * k),
    (k) => 'نقل قول از ' + 'سارا '.repeat(5_000 * k) + ':',
    (k) => '> q\nanswer\n'.repeat(1_250 * k),
  ];
  const work = (s: string) => {
    const exec = RegExp.prototype.exec;
    const w = { calls: 0, chars: 0 };
    RegExp.prototype.exec = function (this: RegExp, str: string) {
      w.calls++;
      w.chars += String(str).length - (this.global || this.sticky ? this.lastIndex : 0);
      return exec.call(this, str);
    };
    try {
      draftNotOwnRanges(s);
      quoteRanges(s);
      parseMessage(s);
    } finally {
      RegExp.prototype.exec = exec;
    }
    return w;
  };
  for (const [i, make] of inputs.entries()) {
    it(`input ${i}`, () => {
      const small = work(make(1));
      const big = work(make(4));
      expect(big.calls, 'regex executions').toBeLessThanOrEqual(5 * small.calls + 50);
      expect(big.chars, 'characters handed to regexes').toBeLessThanOrEqual(5 * small.chars + 50_000);
    });
  }
});
