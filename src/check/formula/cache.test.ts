import { describe, expect, it } from 'vitest';
import { cachedFormula, LruCache } from './cache.js';

describe('the bounded formula cache', () => {
  it('keeps at most its capacity, evicting the least recently used', () => {
    const c = new LruCache<string, number>(2);
    c.set('a', 1);
    c.set('b', 2);
    expect(c.get('a')).toBe(1); // a is now the most recent
    c.set('c', 3);
    expect(c.size).toBe(2);
    expect(c.get('b')).toBeUndefined();
    expect(c.get('a')).toBe(1);
    expect(c.get('c')).toBe(3);
    expect(() => new LruCache(0)).toThrow(RangeError);
  });

  it('returns the same parsed formula for the same text, and stays bounded under many distinct formulas', () => {
    const f = cachedFormula('t05[合计] = 1');
    expect(cachedFormula('t05[合计] = 1')).toBe(f);
    for (let i = 0; i < 5000; i++) cachedFormula(`t05[合计] = ${i}`);
    expect(cachedFormula('t05[合计] = 1')).not.toBe(f); // evicted and parsed again
  });
});
