/**
 * Where a sign-off block with no closing above it begins, read from the draft's last line up (shared by
 * ./signature.fa18.ts and ./signature.en19.ts, each with its own line tests): anchor lines (a role, unit, company or
 * business), contact lines, name lines and the notices under them, at most ten lines.
 */
export interface SignOffTests {
  isAnchor(k: string): boolean;
  isContact(k: string): boolean;
  isNameLike(k: string): boolean;
  isNotice(k: string): boolean;
  /** A name line may stand under a contact line too, not only above an anchor (English). */
  nameUnderContact: boolean;
  /** Notices only at the very bottom, and the block needs one (English: a sign-off alone is left to signature.ts). */
  noticesAtBottom: boolean;
}

/**
 * The index into `keys` where the block begins, or -1. `keys`: the own lines' keys, '' for a blank line; `firstOwn`:
 * the draft's first own line (never in the block).
 */
export function signOffTailStart(keys: readonly string[], firstOwn: number, t: SignOffTests): number {
  let top = -1;
  let anchored = false;
  let noticed = false;
  let lines = 0;
  for (let i = keys.length - 1; i > firstOwn; i--) {
    const k = keys[i];
    if (k === '') continue;
    if (++lines > 10) break;
    if (t.isAnchor(k)) {
      anchored = true;
      top = i;
    } else if (t.isContact(k)) {
      top = i;
    } else if (t.isNameLike(k) && (anchored || (t.nameUnderContact && top >= 0))) {
      // A name line stands above a role / unit / company / contact line («تیم فنی\nیک\nدو»: the reply).
      top = i;
    } else if (t.isNotice(k) && !anchored && (!t.noticesAtBottom || top < 0 || noticed)) {
      // A notice counts only with a sign-off line above it.
      noticed = true;
      top = i;
    } else break;
  }
  if (!anchored || top < 0 || (t.noticesAtBottom && !noticed)) return -1;
  // The block's top must be a sign-off line, not a notice (notices stand under the sign-off).
  while (top < keys.length && (keys[top] === '' || (!t.isAnchor(keys[top]) && !t.isContact(keys[top]) && !t.isNameLike(keys[top])))) top++;
  return top < keys.length ? top : -1;
}
