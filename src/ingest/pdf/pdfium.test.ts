import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { openPdf } from './extract.js';
import { compilePdfium } from './pdfium.js';

// The launcher (bin/juesuan.js) may start compiling PDFium before the CLI loads and leave the promise under this
// symbol; the importer must take it once, and compile afresh when it failed.
const LAUNCHED = Symbol.for('juesuan.pdfium.wasm');
const slot = globalThis as Record<symbol, unknown>;
/** The project's `lib` has no DOM types, where WebAssembly is declared. */
const wasm = (globalThis as unknown as { WebAssembly: { compile(bytes: Uint8Array): Promise<object> } }).WebAssembly;
const isModule = (x: unknown) => Object.prototype.toString.call(x) === '[object WebAssembly.Module]';

describe('PDFium compiled by the launcher', () => {
  it('is taken once; after a failed early compile the next attempt compiles afresh and reads PDFs', async () => {
    const failed = Promise.reject(new Error('early compile failed'));
    failed.catch(() => undefined);
    slot[LAUNCHED] = failed;
    await expect(compilePdfium()).rejects.toThrow('early compile failed');
    expect(LAUNCHED in slot).toBe(false);
    const module = await compilePdfium();
    expect(isModule(module)).toBe(true);
    const pdf = await openPdf(readFileSync('samples/putuo-czj-2024.pdf'), 'putuo-czj-2024.pdf');
    expect(pdf.pageCount).toBe(25);
    let words = 0;
    for (let n = 1; n <= pdf.pageCount; n++) words += pdf.readPage(n).glyphs.length;
    expect(words).toBeGreaterThan(1000);
    pdf.close();
  });

  it('uses a module the launcher compiled', async () => {
    // Already compiled above in this file: the cached compile is returned, the slot stays untouched.
    const bytes = readFileSync(createRequire(import.meta.url).resolve('@embedpdf/pdfium/pdfium.wasm'));
    const early = wasm.compile(bytes);
    slot[LAUNCHED] = early;
    const first = await compilePdfium();
    expect(isModule(first)).toBe(true);
    expect(slot[LAUNCHED]).toBe(early); // not taken: a compile was already there
    delete slot[LAUNCHED];
  });
});
