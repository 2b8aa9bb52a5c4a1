/**
 * What of the host page the panel must never cover, measured in viewport pixels: the reply box
 * (the editor, or the iframe it lives in) with the controls around it (Send, the composer's
 * toolbar), and the page's primary controls wherever they are (toolbars, menu bars, message
 * actions such as RT's Reply/Comment, Roundcube's toolbar and compose options). Selectors are structural (roles, ids,
 * classes), never English labels.
 */
import type { Span } from './placement.ts';

/** Primary controls of a helpdesk or webmail page, found by role or by the names the big ones use. */
const PRIMARY_CONTROLS = [
  '[role="toolbar"]', '[role="menubar"]', 'button[type="submit"]', 'input[type="submit"]',
  '#page-menu', '#page-navigation', '#toolbar-menu', '.toolbar', '.actions', '.formbuttons',
  // Roundcube's compose options and attachments (the elastic skin's right-hand sidebar).
  '#compose-options', '#compose-attachments',
  // Any reply box, before the page was read (and the editor in iframes, by its frame).
  'textarea', '[contenteditable="true"]', '[contenteditable=""]', 'iframe.cke_wysiwyg_frame', 'iframe.tox-edit-area__iframe',
].join(', ');
const BUTTONS = 'button, [role="button"], input[type="submit"], input[type="button"]';
/** Enough to cover a real page; a page with more is measured on its first ones. */
const MAX_CONTROLS = 400;
/** How far up from the editor the reply box's own buttons (Send) are looked for. */
const COMPOSER_LEVELS = 4;

/** The element of `doc` the editor is shown in: itself, or the iframe(s) around it. */
export function hostElementOf(editor: Element, doc: Document): Element | null {
  let el: Element | null = editor;
  while (el && el.ownerDocument !== doc) el = el.ownerDocument.defaultView?.frameElement ?? null;
  return el;
}

function spanOf(el: Element): Span | null {
  const r = el.getBoundingClientRect();
  return r.width > 0 && r.height > 0 ? { left: r.left, right: r.right } : null;
}

/** The reply box's own controls: buttons in the nearest few ancestors of the editor (Gmail's Send sits two levels up). */
function composerControls(host: Element): Element[] {
  let box: Element | null = host;
  for (let i = 0; i < COMPOSER_LEVELS && box?.parentElement && box.parentElement !== box.ownerDocument.body; i++) {
    box = box.parentElement;
    if (box.tagName === 'FORM') break;
  }
  return box ? [...box.querySelectorAll(BUTTONS)].slice(0, MAX_CONTROLS) : [];
}

/** The spans of the reply box and the page's primary controls; `isOwn` leaves out Tactful's own frame. */
export function measureObstacles(doc: Document, editor: Element | null, isOwn: (el: Element) => boolean): Span[] {
  const host = editor?.isConnected ? hostElementOf(editor, doc) : null;
  const els = [...doc.querySelectorAll(PRIMARY_CONTROLS)].slice(0, MAX_CONTROLS);
  if (host) els.push(host, ...composerControls(host));
  const spans: Span[] = [];
  for (const el of els) {
    if (isOwn(el)) continue;
    const s = spanOf(el);
    if (s) spans.push(s);
  }
  return spans;
}
