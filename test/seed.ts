import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Disclosure } from '../src/model/index.js';
import { parseText } from '../src/ingest/text/index.js';

/** Paths of the samples of record (copied unchanged from shared/samples). */
export const SAMPLES = fileURLToPath(new URL('../samples/', import.meta.url));
export const SEED_PATH = `${SAMPLES}haidong-rsj-2024.txt`;

export function seedText(): string {
  return readFileSync(SEED_PATH, 'utf8');
}

let cached: Disclosure | undefined;

/** The parsed seed (海东市人力资源和社会保障局 2024). Deep-frozen: tests that change a figure copy it first. */
export function parsedSeed(): Disclosure {
  cached ??= deepFreeze(parseText(seedText(), { file: 'haidong-rsj-2024.txt' }));
  return cached;
}

export function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
}

/** A mutable deep copy (JSON round trip: the model is plain data). */
export function cloneDoc(doc: Disclosure): Disclosure {
  return JSON.parse(JSON.stringify(doc)) as Disclosure;
}
