import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import type { WrappedPdfiumModule } from '@embedpdf/pdfium';

/**
 * PDFium compiled to WebAssembly (@embedpdf/pdfium): reads text with each glyph's unicode, origin and advance
 * straight from the font's metrics, without converting embedded fonts (the cost that made pdf.js 20–50× slower
 * than poppler on disclosures embedding whole CJK fonts). Started once per thread, lazily, from the installed
 * package's wasm file (never the network).
 */
export type Pdfium = WrappedPdfiumModule;

let started: Promise<Pdfium> | undefined;

async function start(): Promise<Pdfium> {
  const { init } = await import('@embedpdf/pdfium');
  const wasm = await readFile(createRequire(import.meta.url).resolve('@embedpdf/pdfium/pdfium.wasm'));
  const pdfium = await init({ wasmBinary: wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength) });
  pdfium.PDFiumExt_Init();
  return pdfium;
}

export function loadPdfium(): Promise<Pdfium> {
  started ??= start();
  started.catch(() => (started = undefined));
  return started;
}

/** Scratch memory inside the wasm heap for the out-parameters of PDFium calls (doubles and floats). */
export class Scratch {
  readonly ptr: number;
  constructor(
    private readonly pdfium: Pdfium,
    bytes = 64,
  ) {
    this.ptr = pdfium.pdfium.wasmExports.malloc(bytes);
  }
  /** The n-th 32-bit float from the start (views are taken afresh: the heap may have grown). */
  f32(n: number): number {
    return (this.pdfium.pdfium as unknown as { HEAPF32: Float32Array }).HEAPF32[(this.ptr >> 2) + n] ?? 0;
  }
  /** The n-th 64-bit double from the start. */
  f64(n: number): number {
    return (this.pdfium.pdfium as unknown as { HEAPF64: Float64Array }).HEAPF64[(this.ptr >> 3) + n] ?? 0;
  }
  at(offsetBytes: number): number {
    return this.ptr + offsetBytes;
  }
  free(): void {
    this.pdfium.pdfium.wasmExports.free(this.ptr);
  }
}
