/**
 * Every site adapter, in the order they are tried. One file per site under ./adapters; the
 * generic adapter answers when none matches. Where each is switched on by default is data in
 * ./hosts.ts, which the background reads without bundling the adapters.
 */
import type { SiteAdapter } from './types.ts';
import { genericAdapter } from './generic.ts';
import { adapter as gmail } from './adapters/gmail.ts';
import { adapter as outlook } from './adapters/outlook.ts';
import { adapter as zendesk } from './adapters/zendesk.ts';
import { adapter as freshdesk } from './adapters/freshdesk.ts';
import { adapter as helpscout } from './adapters/helpscout.ts';
import { adapter as intercom } from './adapters/intercom.ts';
import { adapter as front } from './adapters/front.ts';
import { adapter as zohodesk } from './adapters/zohodesk.ts';
import { adapter as hubspot } from './adapters/hubspot.ts';
import { adapter as chatwoot } from './adapters/chatwoot.ts';
import { adapter as zammad } from './adapters/zammad.ts';
import { adapter as rt } from './adapters/rt.ts';
import { adapter as roundcube } from './adapters/roundcube.ts';
import { adapter as demo } from './adapters/demo.ts';

/** Site adapters (not the generic one), most specific first. */
export const siteAdapters: readonly SiteAdapter[] = [
  gmail,
  outlook,
  zendesk,
  freshdesk,
  helpscout,
  intercom,
  front,
  zohodesk,
  hubspot,
  chatwoot,
  zammad,
  rt,
  roundcube,
  demo,
];

export { genericAdapter };
export { hostMatches } from './hosts.ts';

/** The site adapter for a page, or null when only the generic adapter applies. */
export function adapterFor(url: URL, doc: Document): SiteAdapter | null {
  for (const a of siteAdapters) {
    try {
      if (a.matches(url, doc)) return a;
    } catch {
      // a broken adapter never takes the page down; try the next one
    }
  }
  return null;
}
