/**
 * One key per support conversation, so a tag applied on Monday is found again on Tuesday even
 * when the helpdesk URL carries different tracking parameters or a different #fragment.
 */

/** Query parameters that identify a campaign or a click, never the conversation. */
const TRACKING = /^(utm_.*|fbclid|gclid|dclid|gbraid|wbraid|msclkid|mc_cid|mc_eid|_ga|_gl|yclid|igshid|ref_src|_hsenc|_hsmi|mkt_tok)$/i;

export function normaliseUrl(url: string): string {
  let u: URL;
  try {
    u = new URL(url.trim());
  } catch {
    // Not a URL (a bare path or an id pasted by hand): keep it as typed, minus the fragment.
    return url.trim().replace(/#.*$/, '').replace(/\/+$/, '');
  }
  // URL already lower-cases the host and drops default ports.
  const params = [...u.searchParams.entries()].filter(([k]) => !TRACKING.test(k));
  params.sort(([a, av], [b, bv]) => (a < b ? -1 : a > b ? 1 : av < bv ? -1 : av > bv ? 1 : 0));
  const query = params.length ? '?' + new URLSearchParams(params).toString() : '';
  const path = u.pathname.replace(/\/+$/, '');
  // Credentials and the fragment never belong in a key.
  return `${u.protocol}//${u.host}${path}${query}`;
}

/**
 * The site adapter's ticket id when it has one, else the normalised URL. The ticket id is
 * prefixed with the page's host ("acme.zendesk.com|4521") because ticket 4521 on one helpdesk is
 * not ticket 4521 on another.
 */
export function conversationKey(input: { siteTicketId?: string | null; url: string }): string {
  const id = input.siteTicketId?.trim();
  if (id) {
    let host = '';
    try {
      host = new URL(input.url).host;
    } catch {
      // No usable URL: the id alone.
    }
    return host ? `${host}|${id}` : id;
  }
  return normaliseUrl(input.url);
}
