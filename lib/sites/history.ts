/**
 * Reading a conversation from another page of the same site, for pages that show none of it
 * (RT's reply page opened from the menu Reply, with nothing quoted into the editor). The site
 * adapter names the pages (`historyUrls`); they are fetched once per conversation, same-origin
 * with the agent's own session, parsed without running any of their scripts, and read with the
 * adapter's own `messages()`. Nothing leaves the site: the request goes to the page's own origin.
 */
import type { SiteAdapter, ThreadMessage } from './types.ts';

export type FetchText = (url: string) => Promise<string>;
export type ParseHtml = (html: string) => Document;

export interface HistoryLoader {
  /** Messages read from the history pages, or null while they load (or when there are none). */
  messagesFor(adapter: SiteAdapter | null, doc: Document, url: URL): ThreadMessage[] | null;
}

/** `onLoaded` runs when a fetch finishes, so the caller can read the page again. */
export function createHistoryLoader(fetchText: FetchText, parse: ParseHtml, onLoaded: () => void): HistoryLoader {
  const cache = new Map<string, ThreadMessage[] | 'loading'>();

  async function load(key: string, adapter: SiteAdapter, urls: string[]) {
    let combined: Document | null = null;
    let found: ThreadMessage[] = [];
    for (const u of urls) {
      let html: string;
      try {
        html = await fetchText(u);
      } catch {
        continue;
      }
      const doc = parse(html);
      // Later pages add to the first (RT's history helper has the transactions, Display.html the
      // People box that says who the customer is).
      if (combined) combined.body.append(...Array.from(doc.body.childNodes).map((n) => combined!.importNode(n, true)));
      else combined = doc;
      try {
        found = adapter.messages(combined);
      } catch {
        found = [];
      }
      if (found.some((m) => m.author === 'customer')) break;
    }
    // Elements of a parsed copy cannot be highlighted in the page: keep the words only.
    cache.set(key, found.map(({ element: _element, ...m }) => m));
    onLoaded();
  }

  return {
    messagesFor(adapter, doc, url) {
      if (!adapter?.historyUrls) return null;
      let urls: string[];
      try {
        urls = adapter.historyUrls(doc, url).filter((u) => sameOrigin(u, url));
      } catch {
        return null;
      }
      if (!urls.length) return null;
      const key = urls.join(' ');
      const hit = cache.get(key);
      if (hit === 'loading') return null;
      if (hit) return hit.length ? hit : null;
      cache.set(key, 'loading');
      void load(key, adapter, urls);
      return null;
    },
  };
}

function sameOrigin(u: string, page: URL): boolean {
  try {
    return new URL(u).origin === page.origin;
  } catch {
    return false;
  }
}
