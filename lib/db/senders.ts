/**
 * Who may ask the background for what. Our content scripts run inside the helpdesk page's
 * renderer: a hostile or compromised page is one bug away from speaking with their voice. So the
 * background tells its two kinds of sender apart by context and keeps privileged operations
 * (exporting or deleting data, imports, installing packs, preferences beyond the panel's layout,
 * the knowledge base and tag history) for extension pages: the options page, the panel and the
 * side panel, whose documents are served from the extension's own origin.
 *
 * The content script gets what the page script needs to run on a page: whether Tactful opens
 * there, the panel's layout (read and write), and the places taught on that very site.
 */
import type { MessageType, MessageOf } from './store.ts';

export type SenderContext = 'extension-page' | 'content-script';

export interface MessageSender {
  id?: string;
  url?: string;
  tab?: { id?: number; url?: string };
}

/**
 * An extension page has a URL on our own origin (`chrome-extension://<id>/`, or Firefox's
 * `moz-extension://<uuid>/`), with or without a tab (the panel is framed in the helpdesk's tab).
 * Anything else from our extension id is a content script. Another extension is nobody.
 */
export function senderContext(sender: MessageSender, ownId: string, ownOrigin: string): SenderContext | null {
  if (!sender || sender.id !== ownId) return null;
  const origin = ownOrigin.replace(/\/+$/, '');
  if (typeof sender.url === 'string' && (sender.url === origin || sender.url.startsWith(`${origin}/`))) return 'extension-page';
  return 'content-script';
}

/** Preference keys the page script writes: where the in-page panel sits and whether it is collapsed. */
const LAYOUT_KEYS = new Set(['panelSide', 'panelWidth', 'panelCollapsed', 'panelPlacement']);

/** The host part of a page URL, lower-case, or null. */
function hostOf(url: string | undefined): string | null {
  try {
    return url ? new URL(url).host.toLowerCase() : null;
  } catch {
    return null;
  }
}

type ContentRule = { [K in MessageType]?: (msg: MessageOf<K>, sender: MessageSender) => boolean };

/** What a content script may send; every other message needs an extension page. */
export const CONTENT_SCRIPT_MAY: ContentRule = {
  'sites.shouldOpen': () => true,
  'prefs.get': () => true,
  'prefs.set': (msg) => Object.keys(msg.patch).every((k) => LAYOUT_KEYS.has(k)),
  // Only the places taught on the page the script runs in ("local" for file: and similar pages).
  'picker.get': (msg, sender) => msg.host === (hostOf(sender.url) || 'local'),
  'picker.set': (msg, sender) => msg.host === (hostOf(sender.url) || 'local'),
};

/** Whether `msg` may be obeyed from this sender; the reason when not (for the reply, never shown to the page). */
export function mayHandle<K extends MessageType>(msg: MessageOf<K>, sender: MessageSender, context: SenderContext | null): { ok: true } | { ok: false; reason: string } {
  if (context === 'extension-page') return { ok: true };
  if (context === 'content-script') {
    const rule = CONTENT_SCRIPT_MAY[msg.type] as ((m: MessageOf<K>, s: MessageSender) => boolean) | undefined;
    if (rule?.(msg, sender)) return { ok: true };
    return { ok: false, reason: `${msg.type} is only answered for Tactful's own pages` };
  }
  return { ok: false, reason: 'unknown sender' };
}
