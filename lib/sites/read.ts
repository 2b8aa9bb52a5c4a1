/**
 * Reading a page: which editor the agent replies in, and the customer's latest message, by the
 * chain selection -> site adapter -> taught selectors ("point at it") -> heuristic (quotes in the
 * reply editor, then message-like blocks). Pure function of the DOM, the URL and what the agent
 * told us, so it can run again on every page change.
 */
import type { EditorKind, PageReading, SiteAdapter, ThreadMessage } from './types.ts';
import { editorKind, isEditorCandidate } from './editors/detect.ts';
import { genericAdapter, guessCustomerMessage, guessEditor, quotedInEditor } from './generic.ts';
import { lastMatch } from './selectors.ts';
import { buildTextModel } from './editors/textmodel.ts';
import { conversationKey } from '../tags/conversation.ts';

export interface ReadInput {
  doc: Document;
  url: URL;
  /** The site adapter for this page, if any (from the registry). */
  adapter: SiteAdapter | null;
  /** Text the agent selected on the page outside the editor (sticky until cleared). */
  selection?: string | null;
  /** The editor the agent focused last, if still in the page. */
  focusedEditor?: Element | null;
  /** Selectors taught with the picker for this host. */
  taught?: { customer?: string | null; editor?: string | null } | null;
  /**
   * Messages the site adapter reads from its history pages (lib/sites/history.ts); asked only when
   * the page itself shows no customer message, so pages that do never trigger a request.
   */
  history?: () => readonly ThreadMessage[] | null;
}

const HASH_ROUTE = /^#\/?(inbox|sent|all|label|search|thread|conversation|ticket|mail|tickets|conversations)\b/i;

/**
 * The conversation key: the site's ticket id with its host, else the normalised URL (lib/tags),
 * keeping the fragment only where the app routes on it (Gmail's #inbox/<thread>).
 */
export function conversationFor(url: URL, siteTicketId: string | null): string {
  const key = conversationKey({ siteTicketId, url: url.href });
  return siteTicketId || !HASH_ROUTE.test(url.hash) ? key : `${key}${url.hash}`;
}

function safe<T>(fn: () => T, fallback: T): T {
  try {
    return fn();
  } catch {
    return fallback;
  }
}

function lastCustomer(messages: readonly ThreadMessage[]): ThreadMessage | null {
  for (let i = messages.length - 1; i >= 0; i--) if (messages[i].author === 'customer' && messages[i].text.trim()) return messages[i];
  return null;
}

export function readPage(input: ReadInput): PageReading {
  const { doc, url, adapter } = input;
  const site = adapter && adapter.id !== 'generic' ? adapter : null;

  // Editor: the one the agent is in, else the site adapter's, else taught, else the best guess.
  let editor: Element | null = null;
  if (input.focusedEditor && input.focusedEditor.isConnected && isEditorCandidate(input.focusedEditor)) editor = input.focusedEditor;
  const siteEditor = site ? safe(() => site.findEditor(doc), null) : null;
  editor ??= siteEditor;
  editor ??= lastMatch(doc, input.taught?.editor);
  editor ??= guessEditor(doc);

  // Customer message.
  let customer: ThreadMessage | null = null;
  let source: PageReading['customerSource'] = 'none';
  const siteMessages = site ? safe(() => site.messages(doc), [] as ThreadMessage[]) : [];
  let siteCustomer = lastCustomer(siteMessages);
  if (!siteCustomer && site && input.history) siteCustomer = lastCustomer(safe(() => input.history!() ?? [], [] as readonly ThreadMessage[]));
  const selection = input.selection?.trim();
  if (selection) {
    customer = { author: 'customer', text: selection };
    source = 'selection';
  } else if (siteCustomer) {
    customer = siteCustomer;
    source = 'adapter';
  } else {
    const taughtEl = lastMatch(doc, input.taught?.customer);
    if (taughtEl) {
      customer = { author: 'customer', text: buildTextModel(taughtEl).text.trim(), element: taughtEl };
      source = 'picker';
    } else {
      const quoted = safe(() => quotedInEditor(editor), null);
      if (quoted) {
        customer = { author: 'customer', text: quoted };
        source = 'quote';
      } else {
        const guess = safe(() => guessCustomerMessage(doc, editor), null);
        if (guess) {
          customer = guess;
          source = 'heuristic';
        }
      }
    }
  }

  const siteId = site ? safe(() => site.conversationId(doc, url), null) : null;
  const degraded = !!site && !siteCustomer && !siteEditor;
  const kind: EditorKind = editor ? editorKind(editor) : 'unknown';
  return {
    adapterId: site?.id ?? genericAdapter.id,
    degraded,
    conversationId: conversationFor(url, siteId),
    siteTicketId: siteId,
    customer,
    customerSource: source,
    editor,
    editorKind: kind,
  };
}
