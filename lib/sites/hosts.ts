/**
 * Host patterns as data: where each site adapter is switched on by default. The background
 * (auto-open, Options > Sites, content-script registration) and the manifest's content_scripts
 * read this file alone, so neither bundles the DOM adapters; each adapter reads its own hosts
 * from here (tests/sites/meta.test.ts checks that every adapter and every entry agree).
 */

/** Built-in sites, in the order the registry tries their adapters. Self-hosted ones (RT, Roundcube) have no default host. */
export const builtinSites: readonly { adapterId: string; hosts: readonly string[] }[] = [
  { adapterId: 'gmail', hosts: ['mail.google.com'] },
  { adapterId: 'outlook', hosts: ['outlook.office.com', 'outlook.live.com', 'outlook.office365.com', 'outlook.cloud.microsoft'] },
  { adapterId: 'zendesk', hosts: ['*.zendesk.com'] },
  { adapterId: 'freshdesk', hosts: ['*.freshdesk.com'] },
  { adapterId: 'helpscout', hosts: ['secure.helpscout.net'] },
  { adapterId: 'intercom', hosts: ['app.intercom.com', 'app.eu.intercom.com', 'app.au.intercom.com'] },
  { adapterId: 'front', hosts: ['app.frontapp.com', 'app.front.com'] },
  {
    adapterId: 'zohodesk',
    hosts: ['desk.zoho.com', 'desk.zoho.eu', 'desk.zoho.in', 'desk.zoho.com.au', 'desk.zoho.jp', 'desk.zoho.com.cn', 'desk.zoho.sa', 'desk.zoho.uk', 'desk.zohocloud.ca'],
  },
  { adapterId: 'hubspot', hosts: ['app.hubspot.com', 'app-eu1.hubspot.com'] },
  { adapterId: 'chatwoot', hosts: ['app.chatwoot.com'] },
  { adapterId: 'zammad', hosts: ['*.zammad.com'] },
  { adapterId: 'rt', hosts: [] },
  { adapterId: 'roundcube', hosts: [] },
  { adapterId: 'demo', hosts: [] },
];

/** The default hosts of one adapter ([] for an id with none). */
export function hostsOf(adapterId: string): readonly string[] {
  return builtinSites.find((s) => s.adapterId === adapterId)?.hosts ?? [];
}

/** Every built-in host pattern with the adapter it belongs to. */
export function builtinHosts(): { host: string; adapterId: string }[] {
  return builtinSites.flatMap((s) => s.hosts.map((host) => ({ host, adapterId: s.adapterId })));
}

/**
 * Whether `host` matches `pattern`: an exact host ("mail.google.com"), a wildcard for any
 * subdomain ("*.zendesk.com" matches "acme.zendesk.com", not "zendesk.com.evil.io"), or a host
 * with a port ("127.0.0.1:8080"). A pattern without a port matches the host on every port
 * ("127.0.0.1" matches "127.0.0.1:8081"): people type the host they see, not the port their
 * helpdesk happens to run on. A pattern with a port matches that port only.
 * Case-insensitive; a trailing dot is ignored.
 */
export function hostMatches(pattern: string, host: string): boolean {
  const p = splitPort(pattern);
  const h = splitPort(host);
  if (!p.name || !h.name) return false;
  if (p.port !== null && p.port !== h.port) return false;
  if (p.name.startsWith('*.')) {
    const base = p.name.slice(2);
    return h.name.endsWith(`.${base}`) && h.name.length > base.length + 1;
  }
  return p.name === h.name;
}

function splitPort(raw: string): { name: string; port: string | null } {
  const s = raw.trim().toLowerCase();
  // IPv6 literal: [::1] or [::1]:8080
  const v6 = /^(\[[0-9a-f:.]+\])(?::(\d{1,5}))?$/.exec(s);
  if (v6) return { name: v6[1], port: v6[2] ?? null };
  const m = /^(.*?)(?::(\d{1,5}))?$/.exec(s)!;
  return { name: m[1].replace(/\.$/, ''), port: m[2] ?? null };
}

/**
 * Suffixes under which anyone can register a name (a small built-in part of the Public Suffix
 * List: the common generic and country endings, Iran's second-level endings, and shared hosting
 * domains). A wildcard over one of them ("*.com", "*.co.uk", "*.github.io") would open Tactful
 * on sites of strangers, so it is refused. Any single label ("*.com", "*.local") is refused too.
 */
const PUBLIC_SUFFIXES = new Set([
  'co.uk', 'org.uk', 'ac.uk', 'gov.uk', 'me.uk', 'ltd.uk', 'plc.uk', 'net.uk', 'sch.uk',
  'ac.ir', 'co.ir', 'gov.ir', 'id.ir', 'net.ir', 'org.ir', 'sch.ir',
  'com.au', 'net.au', 'org.au', 'edu.au', 'gov.au', 'co.nz', 'org.nz', 'co.jp', 'ne.jp', 'or.jp',
  'co.kr', 'com.br', 'com.cn', 'com.mx', 'com.tr', 'com.sg', 'com.hk', 'com.tw', 'co.in', 'co.za',
  'co.il', 'com.ar', 'com.eg', 'com.sa', 'com.pk', 'co.id', 'com.my', 'com.ph', 'com.vn', 'com.ua',
  'github.io', 'gitlab.io', 'herokuapp.com', 'appspot.com', 'blogspot.com', 'netlify.app', 'vercel.app',
  'pages.dev', 'workers.dev', 'web.app', 'firebaseapp.com', 'azurewebsites.net', 'cloudfront.net',
  'amazonaws.com', 's3.amazonaws.com', 'glitch.me', 'fly.dev', 'onrender.com', 'repl.co',
]);

export function isPublicSuffix(name: string): boolean {
  const n = name.toLowerCase().replace(/\.$/, '');
  return !n.includes('.') || PUBLIC_SUFFIXES.has(n);
}

/** Why a typed site was refused; the options page words each one in the UI language. */
export type SiteInputProblem =
  | { code: 'empty' }
  | { code: 'notWeb'; scheme: string }
  | { code: 'badAddress' }
  | { code: 'badHost' }
  | { code: 'badPort' }
  | { code: 'tooWide'; suffix: string };

export type SiteInputResult = { ok: true; host: string } | ({ ok: false } & SiteInputProblem);

/**
 * What a person typed or pasted into "Add a site", as a host pattern: a host
 * ("support.example.com"), a host and port ("127.0.0.1:8081"), a wildcard ("*.example.com") or a
 * page address pasted from the address bar ("https://support.example.com/Ticket/Display.html?id=4"),
 * which keeps its host and port only.
 */
export function parseSiteInput(input: string): SiteInputResult {
  let s = input.trim().toLowerCase();
  if (!s) return { ok: false, code: 'empty' };
  const scheme = /^([a-z][a-z0-9+.-]*):/.exec(s)?.[1];
  // "host:8080" also starts like a scheme; a real scheme is followed by "//" or is not all digits after ':'.
  if (scheme && (/^[a-z][a-z0-9+.-]*:\/\//.test(s) || !/^[^:]+:\d*([/?#].*)?$/.test(s))) {
    if (scheme !== 'http' && scheme !== 'https') return { ok: false, code: 'notWeb', scheme };
    try {
      s = new URL(s).host;
    } catch {
      return { ok: false, code: 'badAddress' };
    }
  }
  s = s.replace(/[/?#].*$/, '').replace(/\.(?=:|$)/, '');
  if (/:\d*$/.test(s) && !/^\[/.test(s)) {
    const port = /:(\d*)$/.exec(s)![1];
    if (!port || Number(port) < 1 || Number(port) > 65535) return { ok: false, code: 'badPort' };
  }
  const v6 = /^\[[0-9a-f:.]+\](:\d{1,5})?$/.test(s);
  const named = /^(\*\.)?[a-z0-9]([a-z0-9-]*[a-z0-9])?(\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)*(:\d{1,5})?$/.test(s);
  if (s === '*' || s.startsWith('*:')) return { ok: false, code: 'tooWide', suffix: '*' };
  if (!v6 && !named) return { ok: false, code: 'badHost' };
  if (s.startsWith('*.')) {
    const suffix = splitPort(s).name.slice(2);
    if (isPublicSuffix(suffix)) return { ok: false, code: 'tooWide', suffix };
  }
  return { ok: true, host: s };
}

/**
 * The extension match pattern for a host pattern, for content scripts and host permissions:
 * "*.zendesk.com" -> "*://*.zendesk.com/*" (http and https; built-in helpdesks are https-only).
 * A port is dropped because match patterns cannot name one on every browser; the loader still
 * asks about the exact host and port before it opens anything.
 */
export function matchPatternFor(pattern: string, scheme: 'https' | '*' = '*'): string {
  const host = pattern.trim().toLowerCase().replace(/\.$/, '').replace(/:\d+$/, '');
  return `${scheme}://${host}/*`;
}

/** Match patterns of every built-in host: the manifest's content_scripts matches. */
export function builtinMatchPatterns(): string[] {
  return builtinHosts().map((b) => matchPatternFor(b.host, 'https'));
}
