// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { readEditorDraft } from '../../../lib/sites/editors/textmodel.ts';
import { relocate, replaceSpan, selectDraftSpan } from '../../../lib/sites/editors/write.ts';

function editor(inner: string): HTMLElement {
  document.body.innerHTML = `<div id="e" contenteditable="true">${inner}</div>`;
  return document.getElementById('e')!;
}

const quoted = (el: Element) => {
  const d = readEditorDraft(el);
  return d.quotes.map(([a, b]) => d.text.slice(a, b));
};

describe('quotes in rich editors', () => {
  it('Roundcube HTML reply: the intro line and blockquote type=cite are quoted, the agent\'s lines are not', () => {
    const el = editor('<p>Hello Sam,</p><p>Unfortunately we are out of stock.</p><p id="reply-intro">On 03.12.2026 10:12, Sam wrote:</p><blockquote type="cite"><p>Unfortunately the kettle is broken.</p></blockquote>');
    expect(quoted(el)).toEqual(['On 03.12.2026 10:12, Sam wrote:', 'Unfortunately the kettle is broken.']);
  });

  it('Gmail: .gmail_quote with its attribution and nested blockquotes; agent text after a quote stays own', () => {
    const el = editor('<div>See below.</div><div class="gmail_quote"><div class="gmail_attr">On Mon, Sam wrote:<br></div><blockquote class="gmail_quote">Why? <blockquote>You must pay.</blockquote></blockquote></div><div>Obviously that is fixed now.</div>');
    const d = readEditorDraft(el);
    expect(quoted(el)).toEqual(['On Mon, Sam wrote:\nWhy? \nYou must pay.']);
    expect(d.text.endsWith('Obviously that is fixed now.')).toBe(true);
  });

  it('Outlook: everything from #appendonsend / #divRplyFwdMsg to the end, although the history is not wrapped', () => {
    const el = editor('<div>We refunded it.</div><div id="appendonsend"></div><hr><div id="divRplyFwdMsg"><b>From:</b> Sam<br><b>Sent:</b> Monday</div><div>Unfortunately it broke.</div><div>You must replace it.</div>');
    const d = readEditorDraft(el);
    expect(d.quotes).toHaveLength(1);
    expect(d.text.slice(0, d.quotes[0][0])).toBe('We refunded it.\n');
    expect(d.quotes[0][1]).toBe(d.text.length);
  });

  it('plain-text markers count in a contenteditable too ("> " lines typed as text)', () => {
    const el = editor('<div>Fixed.</div><div>&gt; unfortunately broken</div><div>Thanks</div>');
    expect(quoted(el)).toEqual(['> unfortunately broken']);
  });

  it('a textarea gets the plain-text ranges', () => {
    document.body.innerHTML = '<textarea id="t">Hi\n\nOn Mon, Sam <s@x.io> wrote:\n> Unfortunately no.</textarea>';
    expect(quoted(document.getElementById('t')!)).toEqual(['On Mon, Sam <s@x.io> wrote:\n> Unfortunately no.']);
  });
});

describe('writing never touches a quote', () => {
  it('relocate skips occurrences inside quotes, even the one at the original offsets', () => {
    const text = 'Unfortunately no.\n> Unfortunately yes.';
    const quotes: [number, number][] = [[18, text.length]];
    expect(relocate(text, { start: 20, end: 33, expected: 'Unfortunately' }, quotes)).toEqual({ start: 0, end: 13 });
    expect(relocate('Fine.\n> Unfortunately yes.', { start: 0, end: 13, expected: 'Unfortunately' }, [[6, 26]])).toBeNull();
  });

  it('a stale click whose phrase now only exists in the quote changes nothing', async () => {
    document.body.innerHTML = '<textarea id="t">All good now.\n\nOn Mon, Sam <s@x.io> wrote:\n> Unfortunately it broke.</textarea>';
    const ta = document.getElementById('t') as HTMLTextAreaElement;
    const before = ta.value;
    const out = await replaceSpan(ta, { start: 0, end: 14, expected: 'Unfortunately ', text: '' });
    expect(out.ok).toBe(false);
    expect(ta.value).toBe(before);
  });
});

describe('templates', () => {
  it('selects the first blank after inserting a template, so typing replaces it', async () => {
    document.body.innerHTML = '<textarea id="t">Sorry, we can\'t do that.</textarea>';
    const ta = document.getElementById('t') as HTMLTextAreaElement;
    const out = await replaceSpan(ta, { start: 7, end: 24, expected: "we can't do that.", text: 'what I can do is ___, or ___.' });
    expect(out.ok).toBe(true);
    expect(ta.value).toBe('Sorry, what I can do is ___, or ___.');
    expect([ta.selectionStart, ta.selectionEnd]).toEqual([24, 27]);
    ta.setRangeText('offer a voucher', ta.selectionStart, ta.selectionEnd, 'end');
    expect(ta.value).toBe('Sorry, what I can do is offer a voucher, or ___.');
  });

  it('selects the blank of a template written at the very start of the draft', async () => {
    document.body.innerHTML = '<textarea id="t">No. Bye.</textarea>';
    const ta = document.getElementById('t') as HTMLTextAreaElement;
    const out = await replaceSpan(ta, { start: 0, end: 3, expected: 'No.', text: 'What I can do is ___.' });
    expect(out.ok).toBe(true);
    expect([ta.selectionStart, ta.selectionEnd]).toEqual([17, 20]);
  });

  it('selectDraftSpan selects draft offsets in a contenteditable', () => {
    const el = editor('<p>Hello,</p><p>What I can do is ___.</p>');
    expect(selectDraftSpan(el, 24, 27)).toBe(true);
    expect(document.getSelection()?.toString()).toBe('___');
  });
});
