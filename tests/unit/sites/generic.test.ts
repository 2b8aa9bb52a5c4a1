// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { guessCustomerMessage, quotedInPlainText, quotedInEditor } from '../../../lib/sites/generic.ts';
import { readPage, conversationFor } from '../../../lib/sites/read.ts';
import { selectorFor, lastMatch, looksGenerated } from '../../../lib/sites/selectors.ts';

const THREAD = `
  <nav><div class="message-menu">Inbox messages 3</div></nav>
  <section class="thread">
    <article class="message from-customer"><div class="message-body">My parcel never arrived and I need it by Friday.</div></article>
    <article class="message from-agent"><div class="message-body">Thanks, we are checking with the courier.</div></article>
    <article class="message from-customer"><div class="message-body">Any news? It is the second time I ask.</div></article>
    <article class="message internal-note"><div class="message-body">Internal: courier says lost.</div></article>
  </section>
  <textarea id="reply" name="reply"></textarea>`;

describe('generic reader', () => {
  it("takes the customer's latest message, not the agent's reply, a note or the navigation", () => {
    document.body.innerHTML = THREAD;
    const m = guessCustomerMessage(document, document.getElementById('reply'));
    expect(m?.text).toBe('Any news? It is the second time I ask.');
  });
  it('reads the customer words quoted in the reply editor', () => {
    expect(quotedInPlainText('Hi,\n\nOn Mon, 3 Nov 2025 at 10:02, Dana <d@x.com> wrote:\n> Where is my refund?\n> Order 12')).toBe('Where is my refund?\nOrder 12');
    expect(quotedInPlainText('در تاریخ ۱۲ آبان، مریم نوشت:\nسفارشم کجاست؟')).toBe('سفارشم کجاست؟');
    document.body.innerHTML = '<div id="e" contenteditable="true"><p>Hi</p><blockquote>Is the lamp in stock?</blockquote></div>';
    expect(quotedInEditor(document.getElementById('e'))).toBe('Is the lamp in stock?');
  });
  it('chains selection, taught selectors and heuristics, and degrades when a site adapter finds nothing', () => {
    document.body.innerHTML = THREAD;
    const url = new URL('https://help.example.com/t/9?utm_source=x#top');
    const base = { doc: document, url, adapter: null };
    expect(readPage({ ...base }).customerSource).toBe('heuristic');
    expect(readPage({ ...base, selection: 'Picked words' }).customer?.text).toBe('Picked words');
    const taught = readPage({ ...base, taught: { customer: 'article.from-agent > div.message-body' } });
    expect(taught.customerSource).toBe('picker');
    expect(taught.customer?.text).toBe('Thanks, we are checking with the courier.');
    const empty = { id: 'x', name: 'X', hosts: [], matches: () => true, conversationId: () => null, messages: () => [], findEditor: () => null };
    const degraded = readPage({ ...base, adapter: empty });
    expect(degraded.degraded).toBe(true);
    expect(degraded.editorKind).toBe('textarea');
    expect(degraded.conversationId).toBe('https://help.example.com/t/9');
  });
  it('keys conversations by ticket id with host, else by normalised URL keeping hash routes', () => {
    expect(conversationFor(new URL('https://Mail.Example.com/a/?b=2&a=1&utm_medium=x#inbox/FMfc'), null)).toBe('https://mail.example.com/a?a=1&b=2#inbox/FMfc');
    expect(conversationFor(new URL('https://x.example.com/t/5#top'), null)).toBe('https://x.example.com/t/5');
    expect(conversationFor(new URL('https://acme.zendesk.com/agent/tickets/4521'), '4521')).toBe('acme.zendesk.com|4521');
  });
});

describe('taught selectors', () => {
  it('skips generated class names and generalises message selectors to every message of the kind', () => {
    expect(looksGenerated('css-1x2y3z9')).toBe(true);
    expect(looksGenerated('message-body')).toBe(false);
    document.body.innerHTML = `<div class="css-9f8e7d6"><ul class="conversation">
      <li class="msg" data-testid="msg-in"><p>first</p></li><li class="msg" data-testid="msg-out"><p>reply</p></li><li class="msg" data-testid="msg-in"><p>latest</p></li></ul></div>`;
    const items = document.querySelectorAll('li');
    const sel = selectorFor(items[2], { generalise: true });
    expect(sel).not.toMatch(/css-9f8e7d6|nth-of-type/);
    expect(lastMatch(document, sel)?.textContent).toBe('latest');
    // After a re-render with a new message, the same selector finds the new latest one.
    document.querySelector('ul')!.insertAdjacentHTML('beforeend', '<li class="msg" data-testid="msg-in"><p>newest</p></li>');
    expect(lastMatch(document, sel)?.textContent).toBe('newest');
    expect(lastMatch(document, '[[bad')).toBeNull();
  });
});
