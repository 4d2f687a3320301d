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

/** The part of the WebAssembly global used here (the project's `lib` has no DOM types, where it is declared). */
interface WasmApi {
  compile(bytes: Uint8Array): Promise<object>;
  instantiate(module: object, imports: object): Promise<object>;
}
const wasmApi = (globalThis as unknown as { WebAssembly: WasmApi }).WebAssembly;

let compiled: Promise<object> | undefined;

/**
 * PDFium's wasm compiled, once per thread (asynchronously: V8 compiles on background threads): a
 * WebAssembly.Module, which another thread can be handed (postMessage, workerData) instead of compiling it again.
 */
export function compilePdfium(): Promise<object> {
  compiled ??=
    launched() ??
    readFile(createRequire(import.meta.url).resolve('@embedpdf/pdfium/pdfium.wasm')).then((wasm) =>
      wasmApi.compile(wasm),
    );
  compiled.catch(() => (compiled = undefined));
  return compiled;
}

/**
 * A compile started by the launcher (bin/juesuan.js) as the process started, for a command given a PDF: it runs on
 * V8's background threads while the main thread loads the CLI, instead of after it (~0.1 s of a fresh check).
 */
function launched(): Promise<object> | undefined {
  const global = globalThis as Record<symbol, unknown>;
  const key = Symbol.for('juesuan.pdfium.wasm');
  const early = global[key];
  delete global[key]; // taken once: after a failure, the next attempt compiles afresh
  return early instanceof Promise ? (early as Promise<object>) : undefined;
}

/** This thread's PDFium will run a module compiled by another thread (see compilePdfium). */
export function usePdfiumModule(module: object): void {
  compiled ??= Promise.resolve(module);
}

/**
 * The wasm compiles while the wrapper's JS loads, and the wrapper is handed the compiled module, rather than
 * starting to compile only once its own JS has run.
 */
async function start(): Promise<Pdfium> {
  const module = compilePdfium();
  const { init } = await import('@embedpdf/pdfium');
  const ready = await module;
  let failed: (e: unknown) => void = () => undefined;
  const failure = new Promise<never>((_, reject) => (failed = reject));
  const pdfium = await Promise.race([
    init({
      instantiateWasm(imports: object, receive: (instance: object) => void) {
        wasmApi.instantiate(ready, imports).then(receive, failed);
        return {};
      },
    } as Parameters<typeof init>[0]),
    failure,
  ]);
  pdfium.PDFiumExt_Init();
  return pdfium;
}

/** PDFium for this thread, started on first use (a call that does not wait for it starts it early). */
export function loadPdfium(): Promise<Pdfium> {
  started ??= start();
  started.catch(() => (started = undefined));
  return started;
}

/**
 * The calls made per character, per page object and per path segment, straight on the wasm exports. The wrapper's
 * `cwrap` functions go through `ccall` and the debug build's asserting export wrappers, which cost more than these
 * calls themselves (a third of the engine's time on a 25-page disclosure). Numbers in, numbers out: a C `FPDF_BOOL`
 * comes back as 0 or 1.
 */
export interface PdfiumCalls {
  FPDFText_GetUnicode(text: number, index: number): number;
  FPDFText_IsGenerated(text: number, index: number): number;
  FPDFText_GetMatrix(text: number, index: number, matrix: number): number;
  FPDFText_GetFontSize(text: number, index: number): number;
  FPDFText_GetCharOrigin(text: number, index: number, x: number, y: number): number;
  FPDFText_GetLooseCharBox(text: number, index: number, rect: number): number;
  FPDFText_GetTextObject(text: number, index: number): number;
  FPDFTextObj_GetFont(textObject: number): number;
  FPDFPage_CountObjects(page: number): number;
  FPDFPage_GetObject(page: number, index: number): number;
  FPDFPageObj_GetType(object: number): number;
  FPDFPageObj_GetMatrix(object: number, matrix: number): number;
  FPDFPageObj_GetStrokeWidth(object: number, width: number): number;
  FPDFFormObj_CountObjects(form: number): number;
  FPDFFormObj_GetObject(form: number, index: number): number;
  FPDFPath_GetDrawMode(path: number, fillMode: number, stroke: number): number;
  FPDFPath_CountSegments(path: number): number;
  FPDFPath_GetPathSegment(path: number, index: number): number;
  FPDFPathSegment_GetPoint(segment: number, x: number, y: number): number;
  FPDFPathSegment_GetType(segment: number): number;
  FPDFPathSegment_GetClose(segment: number): number;
  FPDFPageObj_GetClipPath(object: number): number;
  FPDFClipPath_CountPaths(clip: number): number;
  FPDFClipPath_CountPathSegments(clip: number, path: number): number;
  FPDFClipPath_GetPathSegment(clip: number, path: number, index: number): number;
}

export function callsOf(pdfium: Pdfium): PdfiumCalls {
  return pdfium.pdfium.wasmExports as unknown as PdfiumCalls;
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
