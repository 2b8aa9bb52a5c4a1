/**
 * The one interface every site adapter implements (one file per site, one registry list).
 * Adapters only read the page; writing goes through lib/sites/editors, chosen by editor kind.
 */

export type EditorKind =
  | 'textarea' // <textarea> or <input type=text>
  | 'contenteditable' // plain contenteditable (Gmail, Outlook, Help Scout ...)
  | 'ckeditor5' // .ck-editor__editable: write through its API from the main world
  | 'iframe' // CKEditor 4 / TinyMCE: contenteditable body inside a same-origin iframe
  | 'prosemirror' // .ProseMirror (Chatwoot, Front, Intercom)
  | 'draftjs' // .public-DraftEditor-content
  | 'lexical' // [data-lexical-editor]
  | 'slate' // [data-slate-editor]
  | 'quill' // .ql-editor
  | 'froala' // .fr-element (Freshdesk)
  | 'unknown';

export type Author = 'customer' | 'agent' | 'note' | 'unknown';

export interface ThreadMessage {
  author: Author;
  /** Display name or address of the sender, when the page shows it. */
  sender?: string;
  /** The message text, without quoted history where the adapter can tell. */
  text: string;
  /** ISO time or the page's own time label, when shown. */
  time?: string;
  /** The element that holds the message body (for highlighting and the picker). */
  element?: Element;
}

export interface SiteAdapter {
  /** Stable id, e.g. 'gmail', 'zendesk', 'generic'. */
  id: string;
  /** Name shown to the agent, e.g. 'Zendesk Agent Workspace'. */
  name: string;
  /** Host patterns this adapter is enabled on by default (used for auto-open and the options list). */
  hosts: readonly string[];
  /** Whether this adapter handles the page (by URL and, when needed, by markers in the DOM). */
  matches(url: URL, doc: Document): boolean;
  /** A stable key for the ticket or thread, or null when the page shows none. */
  conversationId(doc: Document, url: URL): string | null;
  /** Messages of the open conversation, oldest first. */
  messages(doc: Document): ThreadMessage[];
  /** The reply editor for this conversation, or null when it is not open yet. */
  findEditor(doc: Document): Element | null;
  /**
   * Same-origin pages that hold the conversation when this page shows none of it (RT's reply page
   * opened from the menu, with nothing quoted), tried in order; their HTML is read with
   * `messages()`. Only asked when `messages()` finds no customer message here.
   */
  historyUrls?(doc: Document, url: URL): string[];
}

/** The result of reading a page through the adapter chain (site adapter, then generic). */
export interface PageReading {
  adapterId: string;
  /** True when a site adapter matched but its selectors found nothing and the generic adapter answered. */
  degraded: boolean;
  conversationId: string;
  /** The site adapter's own ticket or thread id, when it found one. */
  siteTicketId: string | null;
  customer: ThreadMessage | null;
  /** How the customer message was found. */
  customerSource: 'selection' | 'adapter' | 'picker' | 'heuristic' | 'quote' | 'none';
  editor: Element | null;
  editorKind: EditorKind;
}
