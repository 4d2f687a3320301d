import { parseFormula, type Formula } from './parse.js';

/**
 * A least-recently-used map of bounded size (a Map keeps insertion order: a hit is moved to the end, the first
 * key is the eldest). A server checking documents for months must not grow without bound.
 */
export class LruCache<K, V> {
  private readonly map = new Map<K, V>();

  constructor(readonly capacity: number) {
    if (!(capacity >= 1)) throw new RangeError('capacity must be at least 1');
  }

  get size(): number {
    return this.map.size;
  }

  get(key: K): V | undefined {
    const v = this.map.get(key);
    if (v !== undefined) {
      this.map.delete(key);
      this.map.set(key, v);
    }
    return v;
  }

  set(key: K, value: V): void {
    this.map.delete(key);
    this.map.set(key, value);
    if (this.map.size > this.capacity) {
      const eldest = this.map.keys().next();
      if (!eldest.done) this.map.delete(eldest.value);
    }
  }
}

/**
 * Parsed formulas by text. Formulas built from a document's rows repeat from check to check (the built-in
 * identities of the same layout), so a few thousand entries cover them; a user's formulas are a handful more.
 */
const FORMULAS = new LruCache<string, Formula>(4096);

/** Parses `text` once while it stays in the cache; FormulaError (Chinese) when it cannot be read. */
export function cachedFormula(text: string): Formula {
  let f = FORMULAS.get(text);
  if (!f) {
    f = parseFormula(text);
    FORMULAS.set(text, f);
  }
  return f;
}
