import type { Disclosure, Metadata } from '../model/disclosure.js';

/**
 * The I/O the application core needs, as small interfaces: the Node entry point (./node.ts) wires in the real
 * libraries; tests and a server pass their own. The core itself reads no file and starts no process.
 */

/** Reads the bytes of a named file. Throws IngestError (Chinese) when it cannot. */
export interface FileReader {
  readFile(path: string): Promise<Uint8Array>;
}

export interface Clock {
  now(): Date;
}

export interface PdfParseOptions {
  readonly file: string;
  readonly maxBytes?: number;
  readonly maxPages?: number;
  readonly timeoutMs?: number;
  /** One of several files of one disclosure; a further part's first file's metadata (ingest ReadOptions). */
  readonly partial?: boolean;
  readonly partOf?: Metadata;
}

/** Parses a published PDF into the model (PDFium), in a worker thread or in-process. */
export interface PdfEngine {
  parse(bytes: Uint8Array, options: PdfParseOptions): Promise<Disclosure>;
}

/** A running browser that prints HTML to PDF. */
export interface PdfPrinter {
  render(doc: Disclosure): Promise<Uint8Array>;
  close(): Promise<void>;
}

/** Starts the browser used for PDF output (headless Chromium by default). */
export interface Browser {
  open(): Promise<PdfPrinter>;
}
