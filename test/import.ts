import { importDocument, inProcessPdfEngine, nodeFiles, type DocumentSource } from '../src/app/index.js';
import type { Disclosure } from '../src/model/disclosure.js';

/** The application core's import with pdf.js in-process (tests need no worker thread). */
export function importForTest(source: DocumentSource | string): Promise<Disclosure> {
  return importDocument(typeof source === 'string' ? { path: source } : source, {
    files: nodeFiles,
    pdf: inProcessPdfEngine,
  });
}

/** Imports text (JSON …) given as a string, recorded under `file`. */
export function importText(text: string, file: string): Promise<Disclosure> {
  return importForTest({ bytes: new TextEncoder().encode(text), file });
}
