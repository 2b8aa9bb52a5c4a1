/**
 * "Add this page" to the knowledge base: title, text and language of a help-centre article,
 * extracted with Readability from a clone (Readability mutates the document it reads).
 * In the extension it runs in entrypoints/article-reader.ts, a script the background injects for
 * the one read: Readability is the largest code Tactful has for a page, and the page script that
 * shows the panel does not carry it.
 */
import { Readability } from '@mozilla/readability';
import { detectLanguage } from '../text/index.ts';

export interface ExtractedArticle {
  title: string;
  url: string;
  body: string;
  language?: 'en' | 'fa';
}

export function extractArticle(doc: Document, url: string): ExtractedArticle | { error: string } {
  const clone = doc.cloneNode(true) as Document;
  const parsed = new Readability(clone, { keepClasses: false }).parse();
  const body = (parsed?.textContent ?? doc.body?.innerText ?? '').replace(/[ \t]+\n/g, '\n').replace(/\n{3,}/g, '\n\n').trim();
  if (!body) return { error: 'No readable article text on this page.' };
  const title = (parsed?.title || doc.title || url).trim().slice(0, 500);
  const lang = detectLanguage(body.slice(0, 4000));
  const htmlLang = (doc.documentElement.getAttribute('lang') ?? '').toLowerCase();
  const language = htmlLang.startsWith('fa') ? 'fa' : htmlLang.startsWith('en') ? 'en' : lang === 'fa' || lang === 'en' ? lang : undefined;
  return { title, url, body: body.slice(0, 200_000), language };
}

/** `extractArticle` of the document at its own address; a thrown error becomes `{ error }` (the reply the background expects). */
export function readArticle(doc: Document): ExtractedArticle | { error: string } {
  try {
    return extractArticle(doc, doc.location?.href ?? '');
  } catch (e) {
    return { error: String(e) };
  }
}
