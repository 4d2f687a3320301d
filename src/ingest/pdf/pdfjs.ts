import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { PDFDocumentProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';

/**
 * pdf.js in Node: the legacy build, with cMaps, standard font data and wasm taken from the installed package
 * (never the network). Loaded lazily so that importing the adapter costs nothing until a PDF is read.
 */
type PdfJs = typeof import('pdfjs-dist/legacy/build/pdf.mjs');

let loaded: Promise<PdfJs> | undefined;

/**
 * The legacy build bundles core-js, which replaces Array.prototype.push, JSON.parse and JSON.stringify with slow
 * polyfills for engines Node 20 is not (push alone took a third of the parse time). Both pdf.js modules are
 * loaded up front (the worker module too, as pdf.js's in-process "fake worker"), then the natives are put back.
 */
async function load(): Promise<PdfJs> {
  const natives = { push: Array.prototype.push, parse: JSON.parse, stringify: JSON.stringify };
  try {
    const [pdfjs, worker] = await Promise.all([
      import('pdfjs-dist/legacy/build/pdf.mjs'),
      import('pdfjs-dist/legacy/build/pdf.worker.mjs'),
    ]);
    (globalThis as { pdfjsWorker?: unknown }).pdfjsWorker = worker;
    return pdfjs;
  } finally {
    Object.defineProperty(Array.prototype, 'push', { value: natives.push, writable: true, configurable: true });
    JSON.parse = natives.parse;
    JSON.stringify = natives.stringify;
  }
}

export function loadPdfJs(): Promise<PdfJs> {
  loaded ??= load();
  return loaded;
}

let assetDir: string | undefined;

/** The installed pdfjs-dist folder, with a trailing separator on each asset path as pdf.js expects. */
function assets(): { cMapUrl: string; standardFontDataUrl: string; wasmUrl: string } {
  assetDir ??= dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'));
  return {
    cMapUrl: join(assetDir, 'cmaps') + '/',
    standardFontDataUrl: join(assetDir, 'standard_fonts') + '/',
    wasmUrl: join(assetDir, 'wasm') + '/',
  };
}

/** Opens a document from bytes (copied: pdf.js transfers and detaches the buffer it is given). */
export async function openDocument(bytes: Uint8Array): Promise<PDFDocumentProxy> {
  const pdfjs = await loadPdfJs();
  const task = pdfjs.getDocument({
    data: new Uint8Array(bytes),
    ...assets(),
    cMapPacked: true,
    useSystemFonts: false,
    disableFontFace: true,
    isEvalSupported: false,
    stopAtErrors: false,
    verbosity: 0,
  });
  return task.promise;
}
