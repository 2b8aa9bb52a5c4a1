/**
 * The article reader's entry (lib/sites/article.ts `readArticle`, run by entrypoints/article-reader.ts
 * in the tab): the article at the document's own address, and a failure as `{ error }`, never a throw
 * (the background parses whatever the injected script returns).
 */
import { describe, expect, it } from 'vitest';
import { readArticle } from '../../../lib/sites/article.ts';

const para = 'To follow an order, use the tracking link in your confirmation email. Delivery usually takes three to five working days; if it is later, send us the order number and we look into it.';

describe('readArticle', () => {
  it('reads the title, text and language of the page at its own address, leaving the page as it was', () => {
    const doc = new DOMParser().parseFromString(
      `<html lang="en"><head><title>Tracking a delayed order</title></head><body><nav>Home · Help</nav><article><h1>Tracking a delayed order</h1>${`<p>${para}</p>`.repeat(5)}</article></body></html>`,
      'text/html',
    );
    const before = doc.documentElement.outerHTML;
    const got = readArticle(doc);
    expect(got).toMatchObject({ title: 'Tracking a delayed order', url: doc.location?.href ?? '', language: 'en' });
    expect('body' in got && got.body).toContain('tracking link');
    expect(doc.documentElement.outerHTML).toBe(before);
  });

  it('answers { error } when reading throws', () => {
    const broken = { cloneNode: () => { throw new Error('detached'); }, location: { href: 'https://help.example.com/a' } } as unknown as Document;
    expect(readArticle(broken)).toEqual({ error: 'Error: detached' });
  });
});
