/** Host patterns, shared by the registry (auto-open, Options > Sites) and the site adapters. */

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
