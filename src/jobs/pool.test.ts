import { readFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { check, importDocument, inProcessPdfEngine, nodeFiles } from '../app/index.js';
import { createWorkerPool } from './pool.js';

const TEMPLATE = 'samples/shanghai-template-2024.pdf';

describe('the worker pool (batch checks)', () => {
  const pool = createWorkerPool({ threads: 1 });
  afterAll(() => pool.close());

  it('moves the bytes of a file to its thread and checks them as `check` does', async () => {
    const bytes = new Uint8Array(readFileSync(TEMPLATE));
    const { checked, seconds } = await pool.check(bytes, 'shanghai-template-2024.pdf');
    expect(bytes.byteLength).toBe(0); // moved, not copied
    const doc = await importDocument({ path: TEMPLATE }, { files: nodeFiles, pdf: inProcessPdfEngine });
    expect(checked.summary).toEqual(check(doc).summary);
    expect(checked.meta.name).toBe(doc.meta.name);
    expect(seconds).toBeGreaterThan(0);
  }, 120_000);

  it('copies an array that shares its buffer, and leaves it to the caller', async () => {
    const file = readFileSync(TEMPLATE);
    const shared = new Uint8Array(file.byteLength + 16);
    shared.set(file, 8);
    const view = shared.subarray(8, 8 + file.byteLength);
    const { checked } = await pool.check(view, 'shanghai-template-2024.pdf');
    expect(view.byteLength).toBe(file.byteLength);
    expect(shared.byteLength).toBe(file.byteLength + 16);
    expect(checked.summary.error).toBeGreaterThan(0); // the template's real errors, found in the copy
  }, 120_000);
});
