/**
 * Versions never change once stored, so their large columns (the canonical JSON, the check report, rendered
 * output) can be kept in memory without invalidation: a small LRU bounded by bytes.
 */
export class ContentCache {
  readonly #entries = new Map<string, string | Uint8Array>();
  #bytes = 0;

  constructor(private readonly maxBytes: number) {}

  async get<T extends string | Uint8Array>(key: string, load: () => Promise<T>): Promise<T> {
    const hit = this.#entries.get(key);
    if (hit !== undefined) {
      this.#entries.delete(key); // most recently used goes last
      this.#entries.set(key, hit);
      return hit as T;
    }
    const value = await load();
    const size = sizeOf(value);
    if (size <= this.maxBytes / 4) {
      this.#entries.set(key, value);
      this.#bytes += size;
      for (const [k, v] of this.#entries) {
        if (this.#bytes <= this.maxBytes) break;
        this.#entries.delete(k);
        this.#bytes -= sizeOf(v);
      }
    }
    return value;
  }
}

function sizeOf(v: string | Uint8Array): number {
  return typeof v === 'string' ? v.length * 2 : v.byteLength;
}
