import type { Disclosure, Metadata } from '../model/disclosure.js';

/**
 * The I/O the application core needs, as small interfaces: the Node entry point (./node.ts) wires in the real
 * libraries; tests and a server pass their own. The core itself reads no file and starts no process.
 */

/**
 * Reads the bytes of a named file. Throws IngestError (Chinese) when it cannot, or when the file is larger than
 * `maxBytes` (checked before reading, so a huge file costs no memory).
 */
export interface FileReader {
  readFile(path: string, options?: { readonly maxBytes?: number }): Promise<Uint8Array>;
  /**
   * Throws the IngestError readFile would for a path that names no readable file (missing, a folder, no
   * permission), without reading it: what an importer says before it says that a file's type is unknown.
   */
  assertReadable(path: string): Promise<void>;
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
  /** Starts the engine now (PDFium's wasm compiles in the background) so that a coming parse need not wait. */
  prepare?(): void;
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

/** A stored disclosure offered for comparison (the version the store holds). */
export interface StoredDocument {
  readonly doc: Disclosure;
  readonly version: number;
  /** How a person finds it ("文档 3 第 2 版"). */
  readonly source: string;
}

/**
 * Where related disclosures are looked up: the store, through the server and the jobs (the core imports no
 * store). `find` returns the latest version of one disclosure; `units` the 单位 disclosures of the names a 部门
 * lists, for a year and kind, or undefined unless every one of them is stored.
 */
export interface RelatedLookup {
  find(q: {
    readonly organisation: string;
    readonly region?: string | undefined;
    readonly year: number;
    readonly kind: '决算' | '预算';
    readonly scope: '部门' | '单位';
  }): Promise<StoredDocument | undefined>;
  units?(q: {
    /** The 单位 the 部门 lists (its own accounts, "（本级）", left out). */
    readonly names: readonly string[];
    readonly region?: string | undefined;
    readonly year: number;
    readonly kind: '决算' | '预算';
  }): Promise<readonly StoredDocument[] | undefined>;
}
