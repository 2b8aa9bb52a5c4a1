/**
 * A bounded memo for pure per-word (or per-text) readings: a Map emptied once it holds `cap`
 * entries, so memory stays bounded on a long session and the hot path stays one Map lookup, with
 * no eviction bookkeeping and no allocation (an emptied memo refills with the words in use).
 * Values must be pure functions of the key: a cleared entry is simply made again. `undefined` is
 * the miss marker, so a value type may hold null but never undefined.
 */
export class BoundedMemo<K, V extends {} | null> {
  private readonly map = new Map<K, V>();
  /** How many times the memo was emptied: a value kept elsewhere from an older generation may no longer be the memo's own. */
  generation = 0;

  constructor(readonly cap: number) {}

  get size(): number {
    return this.map.size;
  }

  /** The remembered value, or undefined when the key was never set (or the memo was emptied since). */
  get(key: K): V | undefined {
    return this.map.get(key);
  }

  /** Remembers value for key (emptying the memo first when it is full) and returns it. */
  set(key: K, value: V): V {
    if (this.map.size >= this.cap) this.clear();
    this.map.set(key, value);
    return value;
  }

  /** key's value, made by make only on a miss (pass a function made once, not a closure per call). */
  remember(key: K, make: (key: K) => V): V {
    const v = this.map.get(key);
    return v !== undefined ? v : this.set(key, make(key));
  }

  clear(): void {
    this.map.clear();
    this.generation++;
  }
}

/**
 * (perffa32) A bounded memo that keeps its last two generations: when the current one holds `cap` entries it becomes the
 * old one (the one before is dropped), and a key found only in the old one moves into the current. A working set a little
 * larger than `cap` (the Persian guards fold ~240 texts a draft, and a keystroke reads the same draft again) then stays
 * warm, where BoundedMemo empties and misses once per pass. At most 2 x cap entries; same contract as BoundedMemo.
 */
export class RecentMemo<K, V extends {} | null> {
  private cur = new Map<K, V>();
  private old = new Map<K, V>();

  constructor(readonly cap: number) {}

  /** key's value, made by make only when neither generation holds it (pass a function made once, not a closure per call). */
  remember(key: K, make: (key: K) => V): V {
    const v = this.get(key);
    return v !== undefined ? v : this.set(key, make(key));
  }

  /** The value kept for key in either generation (moved into the current one), or undefined. */
  get(key: K): V | undefined {
    const v = this.cur.get(key);
    if (v !== undefined) return v;
    const o = this.old.get(key);
    return o !== undefined ? this.set(key, o) : undefined;
  }

  /** Keeps value for key in the current generation (starting a new one first when it is full) and returns it. */
  set(key: K, value: V): V {
    if (this.cur.size >= this.cap) {
      this.old = this.cur;
      this.cur = new Map();
    }
    this.cur.set(key, value);
    return value;
  }
}
