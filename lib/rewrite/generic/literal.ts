/**
 * A necessary condition for a regular expression to match: text every match holds. The English generic readers test
 * dozens of expressions against every sentence and most sentences match none of them; a substring test on the
 * expression's longest fixed text (per top-level alternative) rules most of them out before the regex engine runs.
 *
 * Only plain text outside every group counts: a character followed by a quantifier (?, *, +, {…}) is left out, and so is
 * anything inside a group, a class, an escape that is no escaped punctuation, or an expression with the `i` flag. Where the
 * expression cannot be read so (an unknown escape, a top-level alternative without fixed text), there is no condition:
 * the expression always runs. A wider condition is always safe; the condition never fails where the expression matches.
 */

/** Escaped characters that stand for themselves. */
const PUNCT = new Set([...'.-?()[]{}/\\*+|^$\',:;!"#%&<>=@_~` ']);

/** The alternatives of a group's body when each is plain text (escaped punctuation allowed), else null. */
function plainAlternatives(body: string): string[] | null {
  const alts: string[] = [];
  let cur = '';
  for (let k = 0; k < body.length; k++) {
    const c = body[k];
    if (c === '\\') {
      const d = body[k + 1];
      if (d === undefined || !PUNCT.has(d)) return null;
      cur += d;
      k++;
    } else if (c === '|') {
      alts.push(cur);
      cur = '';
    } else if ('.^$?*+{}()[]'.includes(c)) return null;
    else cur += c;
  }
  alts.push(cur);
  return alts;
}

/**
 * For each top-level alternative, what its every match holds: a list of conditions, each a list of texts of which the
 * match holds at least one (its longest fixed text; a group of plain alternatives outside every other group, with no
 * quantifier). Null when some alternative has no condition (or the source is unread).
 */
export function requiredTexts(re: RegExp): string[][][] | null {
  if (re.flags.includes('i')) return null;
  const src = re.source;
  const branches: string[][][] = [];
  let conds: string[][] = [];
  let best = '';
  let run = '';
  let depth = 0;
  let groupAt = -1;
  const close = () => {
    if (run.length > best.length) best = run;
    run = '';
  };
  const endBranch = (): boolean => {
    close();
    if (best) conds.unshift([best]);
    if (!conds.length) return false;
    branches.push(conds);
    conds = [];
    best = '';
    return true;
  };
  for (let k = 0; k < src.length; k++) {
    const c = src[k];
    if (c === '\\') {
      const d = src[k + 1];
      if (d === undefined) return null;
      k++;
      if (depth === 0 && PUNCT.has(d)) {
        run += d;
        continue;
      }
      // \b, \s, \w, \d … (or anything else: a back-reference, \u…, \p{…}) in a group: no fixed text here.
      if (depth > 0 && /[bBsSwWdD.\-?()[\]{}/\\*+|^$',:;!"#%&<>=@_~` ]/.test(d)) continue;
      if (depth === 0 && /[bBsSwWdD]/.test(d)) {
        close();
        continue;
      }
      return null;
    }
    if (c === '[') {
      // A class: skip to its closing bracket (escapes inside it included).
      close();
      k++;
      if (src[k] === '^') k++;
      if (src[k] === ']') k++;
      while (k < src.length && src[k] !== ']') {
        if (src[k] === '\\') k++;
        k++;
      }
      if (k >= src.length) return null;
      continue;
    }
    if (c === '(') {
      close();
      if (depth === 0) groupAt = k;
      depth++;
      continue;
    }
    if (c === ')') {
      depth--;
      if (depth < 0) return null;
      if (depth === 0 && groupAt >= 0) {
        // A top-level group of plain alternatives, not made optional or repeated by what follows.
        const q = src[k + 1];
        const open = src.startsWith('(?:', groupAt) ? 3 : src[groupAt + 1] === '?' ? -1 : 1;
        if (open > 0 && q !== '?' && q !== '*' && q !== '{' && q !== '+') {
          const alts = plainAlternatives(src.slice(groupAt + open, k));
          if (alts && alts.every((a) => a.length > 0)) conds.push(alts);
        }
        groupAt = -1;
      }
      continue;
    }
    if (depth > 0) continue;
    if (c === '|') {
      if (!endBranch()) return null;
      continue;
    }
    if (c === '?' || c === '*' || c === '+' || c === '{') {
      // The atom before is optional or repeated: a character of the run leaves it (a group or class already closed it).
      run = run.slice(0, -1);
      close();
      if (c === '{') {
        const e = src.indexOf('}', k);
        if (e < 0) return null;
        k = e;
      }
      continue;
    }
    if (c === '.' || c === '^' || c === '$') {
      close();
      continue;
    }
    run += c;
  }
  if (depth !== 0) return null;
  if (!endBranch()) return null;
  return branches;
}

export const GATES = new Map<RegExp, string[][][] | null>();

const holds = (s: string, conds: string[][]): boolean => conds.every((alts) => alts.some((a) => s.includes(a)));

/** False only when `s` lacks what every match of re holds (then re cannot match `s`). */
export function mayMatch(re: RegExp, s: string): boolean {
  let gate = GATES.get(re);
  if (gate === undefined) GATES.set(re, (gate = requiredTexts(re)));
  if (gate === null) return true;
  for (const conds of gate) if (holds(s, conds)) return true;
  return false;
}
