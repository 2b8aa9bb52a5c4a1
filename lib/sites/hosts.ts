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
 * with a port ("127.0.0.1:8080"). Case-insensitive; a trailing dot is ignored.
 */
export function hostMatches(pattern: string, host: string): boolean {
  const p = pattern.trim().toLowerCase().replace(/\.$/, '');
  const h = host.trim().toLowerCase().replace(/\.$/, '');
  if (!p || !h) return false;
  if (p.startsWith('*.')) {
    const base = p.slice(2);
    return h.endsWith(`.${base}`) && h.length > base.length + 1;
  }
  return p === h;
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
