// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { BoundedMemo } from '../../../lib/text/memo.ts';

describe('BoundedMemo', () => {
  it('makes a value once per key and returns the remembered one after', () => {
    const memo = new BoundedMemo<string, number>(10);
    let made = 0;
    const make = (k: string) => (made++, k.length);
    expect(memo.remember('abc', make)).toBe(3);
    expect(memo.remember('abc', make)).toBe(3);
    expect(made).toBe(1);
    expect(memo.get('abc')).toBe(3);
    expect(memo.get('zz')).toBeUndefined();
  });

  it('remembers null (only undefined means a miss)', () => {
    const memo = new BoundedMemo<string, string | null>(10);
    let made = 0;
    const make = () => (made++, null);
    expect(memo.remember('x', make)).toBeNull();
    expect(memo.remember('x', make)).toBeNull();
    expect(made).toBe(1);
  });

  it('never holds more than cap entries: it is emptied when full, then refills', () => {
    const memo = new BoundedMemo<number, number>(3);
    for (let i = 0; i < 3; i++) memo.set(i, i * 10);
    expect(memo.size).toBe(3);
    expect(memo.set(3, 30)).toBe(30);
    expect(memo.size).toBe(1);
    expect(memo.get(0)).toBeUndefined();
    expect(memo.get(3)).toBe(30);
    for (let i = 0; i < 10; i++) {
      expect(memo.remember(i, (k) => k * 10)).toBe(i * 10);
      expect(memo.size).toBeLessThanOrEqual(3);
    }
  });

  it('set on a key already held replaces it; clear empties', () => {
    const memo = new BoundedMemo<string, number>(5);
    memo.set('a', 1);
    memo.set('a', 2);
    expect(memo.get('a')).toBe(2);
    memo.clear();
    expect(memo.size).toBe(0);
  });
});
