// @vitest-environment jsdom
/**
 * Every selector an adapter uses matches something in at least one of that site's saved pages
 * (tests/sites/<id>/*.html), or is listed below with the reason it is kept. Selectors are read
 * from the adapter's source (string literals in selector positions, comma lists split), so a new
 * selector without a saved page that shows it fails here: save a page, or explain it.
 */
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { siteAdapters } from '../../lib/sites/registry.ts';

const ROOT = resolve(fileURLToPath(import.meta.url), '../../..');

/** Markup any message may or may not hold: removed or read when present, absent from these saved messages. */
const GENERIC = 'generic mail and HTML markup a message may hold (quotes, icons, times, attachments), removed or read when present; the saved messages hold none';

/** Kept although no saved page shows them, each with its reason (evidence named in the adapter's header or the product's source). */
const EXCEPTIONS: Record<string, Record<string, string>> = {
  chatwoot: {
    '.context-menu-wrap': "Chatwoot's message context menu (its components), rendered on hover only",
    '[class*="i-ph-"]': "Chatwoot v4's Phosphor icon classes (its components), inside bubbles on some message kinds",
    svg: GENERIC,
    '.reply-box textarea': "Chatwoot's reply box in plain-text mode (its components); the saved pages use the rich editor",
    'time[datetime]': GENERIC,
  },
  freshdesk: {
    '.gmail_quote': GENERIC,
    '.redactor-editor[contenteditable="true"]': 'the older Redactor reply editor the header names',
    '[data-testid]': 'test-id spelling of the incoming/outgoing markers the header names',
    'script[src*="freshworks"]': 'recognises Freshdesk on a custom support domain (the header); saved pages are on *.freshdesk.com without scripts',
  },
  front: {
    '[data-testid="message"]': 'a data-testid naming a message, as the header says',
    '[data-testid="comment"]': 'a data-testid naming a comment, as the header says',
    '.gmail_quote': GENERIC,
    '.attachments': GENERIC,
  },
  gmail: {
    'time[datetime]': GENERIC,
    '.h5': 'Gmail\'s "show trimmed content" chrome inside a body (the header), only on messages with trimmed history',
    '.adm': 'Gmail\'s "show trimmed content" chrome inside a body (the header), only on messages with trimmed history',
    'a[href*="myaccount.google.com"][aria-label*="@"]': 'the account link the header reads the signed-in address from when the title has none',
  },
  helpscout: {
    '.gmail_quote': GENERIC,
    '.attachments': GENERIC,
    '.ProseMirror[contenteditable="true"]': 'one of the three reply editors the header names',
    '[data-slate-editor="true"][contenteditable="true"]': 'one of the three reply editors the header names',
  },
  hubspot: {
    '.gmail_quote': GENERIC,
    '[data-test-id*="composer"] .public-DraftEditor-content[contenteditable="true"]': 'the Draft.js composer surface the header names',
  },
  intercom: {
    '[data-conversation-part-id]': 'the second part-id spelling the header names',
    '.gmail_quote': GENERIC,
    'blockquote[type="cite"]': GENERIC,
  },
  outlook: {
    'time[datetime]': GENERIC,
    '[id^="MSG_"][id$="_DATETIME"]': "the message's time next to its MSG_…_FROM sender (the header's anchor), on the older reading pane",
    '#divRplyFwdMsg': 'the quoted-history marker the header names, unprefixed as Outlook writes it in the compose body',
    '#appendonsend': 'the quoted-history marker the header names, unprefixed as Outlook writes it in the compose body',
    '#x_mail-editor-reference-message-container': 'the quoted-history container of a reply written in the new Outlook, in a received body',
    '.gmail_quote': GENERIC,
    '#x_Signature_Separator': "Outlook's signature separator in a received body",
    '#O365_MainLink_Me [title*="@"]': "the account button's address (the header), on the older suite bar",
    '#mectrl_headerPicture[title*="@"]': "the account button's address (the header), on the current suite bar",
  },
  roundcube: {
    '#messagebody .message-htmlpart': "an HTML message part (Roundcube 1.6.5 source); the saved message is plain text",
    '.message-htmlpart': "an HTML message part (Roundcube 1.6.5 source); the saved message is plain text",
    '.message-partheaders': 'headers of an attached message (Roundcube source)',
    '.image-attachment': 'an inline image attachment (Roundcube source)',
    '#remote-objects-message': 'the "remote resources blocked" notice (Roundcube source), on HTML mail only',
    '.part-notice': 'a notice about a part Roundcube could not show (Roundcube source)',
    'iframe#messagecontframe': 'the preview frame of the mail list view (Roundcube source)',
    '.mce-edit-area iframe': "TinyMCE 5's editor frame (Roundcube 1.5 source); the saved compose page has TinyMCE 6",
    '#reply-intro': "the reply intro line Roundcube puts before the quote in HTML compose (its source)",
    '.header-subject': 'the message subject in the Larry skin (Roundcube source); the saved pages use Elastic',
    '#messageheader .subject': 'the message subject in the Classic skin (Roundcube source); the saved pages use Elastic',
    '.hidden': "screen-reader-only label text removed from the subject's copy, present only in some skins",
    '.sr-only': "screen-reader-only label text removed from the subject's copy (Elastic uses .voice in the saved pages)",
    'input[name="_to"]': 'the recipient field when the compose page uses a plain input instead of the textarea (older skins)',
    '#compose_to .recipient-input .recipient .email': "a recipient chip's address in Elastic's compose once recipients are typed; the saved compose page has none",
    '#compose_to .recipient-input .recipient': "a recipient chip in Elastic's compose once recipients are typed; the saved compose page has none",
    'about:blank': 'not a selector: the address of an empty preview frame, compared with the frame location',
  },
  rt: {
    blockquote: GENERIC,
    '.gmail_quote': GENERIC,
    '.details': 'the transaction details block of RT 5.0.3 templates, on transactions with details',
    '.unclip': 'the show-quoted-text toggle of RT 5.0.3 templates, on long quoted messages',
    '.reclip': 'the hide-quoted-text toggle of RT 5.0.3 templates, on long quoted messages',
    '.customfields-container': 'custom fields of a transaction (RT 5.0.3 templates), only where a queue has them',
    ':scope > .content': "a transaction's own content block (RT 5.0.3 templates), preferred over nested ones",
  },
  zammad: {
    '.text-bubble': "the article bubble's older class spelling (Zammad templates before 6)",
    '.article-attachment': 'an article attachment (Zammad templates)',
    '.internal-border.is-internal': 'the internal-note border of Zammad templates, on internal notes',
    '.text-bubble.internal': 'the internal-note bubble of older Zammad templates',
    '[data-time]': 'the article time attribute of Zammad templates, where no <time> element is rendered',
  },
  zendesk: {
    'time[data-test-id="timestamp-absolute"][datetime]': 'the absolute timestamp Zendesk shows for older comments (the header)',
    '[data-test-id="convo-log-item-read-indicator"]': 'read receipts on messaging tickets (the header); the saved tickets are e-mail',
    '[data-test-id="convo-log-item-delivered-indicator"]': 'delivery receipts on messaging tickets (the header); the saved tickets are e-mail',
    '[data-test-id="omnicomposer-plain-text-ckeditor"][contenteditable="true"]': 'the messaging-ticket composer the header names; the saved tickets are e-mail',
  },
  zohodesk: {
    '[data-id="replyEditor"] [contenteditable="true"]': 'the contenteditable form of the reply editor the header names',
    '.ze_area[contenteditable="true"]': 'the ze_area editor the header names, in its contenteditable form',
  },
};

const TAGS = new Set('a article blockquote body button div form h3 iframe img input li main p pre section span svg table td textarea time tr ul script'.split(' '));
const looksLikeSelector = (s: string) => (/[[.#:>]/.test(s) ? !/^https?:|^\//.test(s) : TAGS.has(s.trim()));
const SELECTOR_CALLS = /^(querySelector|querySelectorAll|closest|matches|queryAll|firstOf|allOf|editorIn|timeOf|lastMatch)$/;

function inSelectorPosition(lit: ts.Node): boolean {
  const p = lit.parent;
  if (ts.isArrayLiteralExpression(p) || ts.isVariableDeclaration(p) || ts.isBinaryExpression(p) || ts.isConditionalExpression(p) || ts.isReturnStatement(p)) return true;
  if (ts.isCallExpression(p)) {
    const callee = ts.isPropertyAccessExpression(p.expression) ? p.expression.name.text : ts.isIdentifier(p.expression) ? p.expression.text : '';
    return SELECTOR_CALLS.test(callee);
  }
  return false;
}

/** The selectors of one adapter file, each comma-list part on its own. */
export function selectorsOf(file: string): string[] {
  const sf = ts.createSourceFile(file, readFileSync(join(ROOT, file), 'utf8'), ts.ScriptTarget.Latest, true);
  const out = new Set<string>();
  const visit = (n: ts.Node) => {
    if ((ts.isStringLiteral(n) || ts.isNoSubstitutionTemplateLiteral(n)) && inSelectorPosition(n) && looksLikeSelector(n.text)) {
      for (const part of n.text.split(/,(?![^(]*\))/)) if (part.trim()) out.add(part.trim());
    }
    ts.forEachChild(n, visit);
  };
  visit(sf);
  return [...out];
}

function savedPages(id: string): Document[] {
  const dir = join(ROOT, 'tests/sites', id);
  return readdirSync(dir)
    .filter((f) => f.endsWith('.html'))
    .map((f) => new DOMParser().parseFromString(readFileSync(join(dir, f), 'utf8'), 'text/html'));
}

describe('adapter selectors against the saved pages', () => {
  for (const a of siteAdapters) {
    it(`${a.id}: every selector matches a saved page or is an explained exception`, () => {
      const selectors = selectorsOf(`lib/sites/adapters/${a.id}.ts`);
      expect(selectors.length).toBeGreaterThan(5);
      const pages = savedPages(a.id);
      const exceptions = EXCEPTIONS[a.id] ?? {};
      const unmatched = selectors.filter((sel) => !pages.some((doc) => doc.querySelector(sel)));
      expect(unmatched.filter((sel) => !(sel in exceptions)), 'selectors with no saved page and no reason').toEqual([]);
      // An exception that now matches, or that the adapter no longer uses, is removed from the list.
      expect(Object.keys(exceptions).filter((sel) => !unmatched.includes(sel)), 'stale exceptions').toEqual([]);
    });
  }

  it('reads selectors and only selectors from an adapter (the extractor itself)', () => {
    const gmail = selectorsOf('lib/sites/adapters/gmail.ts');
    expect(gmail).toEqual(expect.arrayContaining(['[data-message-id]', '.gD[email]', 'a[href*="accounts.google.com/SignOutOptions"]', 'a[href*="myaccount.google.com"][aria-label*="@"]']));
    expect(gmail).not.toContain('gmail');
    expect(gmail).not.toContain('Gmail');
    expect(gmail.every((s) => !s.includes(','))).toBe(true);
  });
});
