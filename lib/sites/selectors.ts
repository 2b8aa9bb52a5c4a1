/**
 * "Teach this site": a selector for an element the agent pointed at, built from what survives
 * a re-render (ids that look hand-written, data-test attributes, roles, stable class names)
 * rather than generated class names or positions. Message selectors are generalised so they
 * match every message of the same kind; the reader takes the last match.
 */

const STABLE_ATTRS = ['data-testid', 'data-test-id', 'data-test', 'data-qa', 'data-cy', 'data-role', 'data-type', 'itemprop', 'role', 'name'];

/** Class and id names produced by CSS-in-JS and build tools change between releases. */
export function looksGenerated(name: string): boolean {
  if (name.length > 40) return true;
  if (/^(css|sc|jsx|jss|emotion|styled|svelte|makeStyles|Mui[A-Za-z]+-root-)[-_]?[a-z0-9]{3,}/i.test(name) && /\d/.test(name)) return true;
  if (/^_?[a-zA-Z]{1,3}[-_][a-zA-Z0-9_-]{5,}$/.test(name) && /\d/.test(name) && /[A-Z]/.test(name)) return true;
  if (/[0-9a-f]{6,}/i.test(name) && /\d/.test(name)) return true;
  if (/^[a-zA-Z]{1,2}\d[a-zA-Z0-9]{2,}$/.test(name)) return true;
  if (/\d{3,}/.test(name)) return true;
  return false;
}

function cssEscape(s: string): string {
  return s.replace(/[^a-zA-Z0-9_-]/g, (c) => `\\${c.codePointAt(0)!.toString(16)} `);
}

function attrValue(v: string): string {
  return `"${v.replace(/["\\]/g, '\\$&')}"`;
}

/** The most specific stable token for one element, or its tag name. */
export function stepFor(el: Element, withId = true): string {
  const tag = el.tagName.toLowerCase();
  if (withId && el.id && !looksGenerated(el.id)) return `#${cssEscape(el.id)}`;
  for (const a of STABLE_ATTRS) {
    const v = el.getAttribute(a);
    if (v && v.length <= 60 && !looksGenerated(v)) return `${tag}[${a}=${attrValue(v)}]`;
  }
  const classes = Array.from(el.classList).filter((c) => !looksGenerated(c)).slice(0, 2);
  if (classes.length) return `${tag}.${classes.map(cssEscape).join('.')}`;
  return tag;
}

/**
 * A selector for `target` inside `doc`. With `generalise`, the last step drops ids and
 * positions so that it matches the target's siblings of the same kind too (all messages).
 */
export function selectorFor(target: Element, options: { generalise?: boolean } = {}): string {
  const doc = target.ownerDocument;
  const steps: string[] = [];
  let el: Element | null = target;
  for (let depth = 0; el && el !== doc.documentElement && depth < 8; depth++) {
    const generaliseThis = options.generalise && depth === 0;
    const step = stepFor(el, !generaliseThis);
    steps.unshift(step);
    const sel = steps.join(' > ');
    let matches: Element[] = [];
    try {
      matches = Array.from(doc.querySelectorAll(sel));
    } catch {
      break;
    }
    const includes = matches.includes(target);
    if (includes && (options.generalise ? step !== el.tagName.toLowerCase() || matches.length <= 50 : matches.length === 1)) {
      if (!options.generalise || depth > 0 || step.startsWith('#') || step.includes('[') || step.includes('.')) return sel;
    }
    if (step.startsWith('#')) break;
    el = el.parentElement;
  }
  // Fall back to a positional path, which still works until the page's structure changes.
  const path: string[] = [];
  for (let cur: Element | null = target; cur && cur !== doc.documentElement; cur = cur.parentElement) {
    const parent: Element | null = cur.parentElement;
    const tag = cur.tagName.toLowerCase();
    if (!parent) {
      path.unshift(tag);
      break;
    }
    const same = Array.from(parent.children).filter((c) => c.tagName === cur!.tagName);
    path.unshift(same.length > 1 ? `${tag}:nth-of-type(${same.indexOf(cur) + 1})` : tag);
  }
  return path.join(' > ');
}

/** The last element matching a remembered selector, or null (bad selectors never throw). */
export function lastMatch(doc: Document, selector: string | null | undefined): Element | null {
  if (!selector) return null;
  try {
    const all = doc.querySelectorAll(selector);
    return all.length ? all[all.length - 1] : null;
  } catch {
    return null;
  }
}
