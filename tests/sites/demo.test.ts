import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { adapter } from '../../lib/sites/adapters/demo.ts';
import { adapterFor } from '../../lib/sites/registry.ts';
import { readPage } from '../../lib/sites/read.ts';

const DIR = join(dirname(fileURLToPath(import.meta.url)), 'demo');
const page = (name: string) => new DOMParser().parseFromString(readFileSync(join(DIR, `${name}.html`), 'utf8'), 'text/html');
const EN = new URL('http://127.0.0.1:4173/demo/tickets/4821');
const FA = new URL('http://127.0.0.1:4173/demo/tickets/4822');

describe('demo adapter (the bundled demo helpdesk)', () => {
  it('names the demo page by its marker, on any host (issue 14: not "Any page (generic reader)")', () => {
    expect(adapterFor(EN, page('ticket-en'))?.id).toBe('demo');
    expect(adapter.name).toBe('Tactful demo helpdesk');
    const other = new DOMParser().parseFromString('<main><article class="message from-customer"><div class="message-body">hi</div></article></main>', 'text/html');
    expect(adapter.matches(EN, other)).toBe(false);
  });

  it('reads the latest customer message, the ticket key and the reply box', () => {
    const doc = page('ticket-en');
    const r = readPage({ doc, url: EN, adapter });
    expect(r.adapterId).toBe('demo');
    expect(r.degraded).toBe(false);
    expect(r.customerSource).toBe('adapter');
    expect(r.customer?.text).toContain('This is the third time I am writing about my refund');
    expect(r.customer?.time).toBe('Nov 5, 08:03');
    expect(r.editorKind).toBe('textarea');
    expect(adapter.conversationId(doc, EN)).toBe('4821');
    expect(adapter.messages(doc).map((m) => m.author)).toEqual(['customer', 'agent', 'customer']);
  });

  it('reads the Persian ticket too', () => {
    const doc = page('ticket-fa');
    const r = readPage({ doc, url: FA, adapter });
    expect(r.customer?.text).toContain('سفارشم کجاست؟');
    expect(adapter.conversationId(doc, FA)).toBe('4822');
  });
});
