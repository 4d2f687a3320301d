/**
 * The import adapters. Each adapter lives in its own folder (text, pdf, xlsx, json, docx); the application core
 * (src/app/registries.ts) lists them and loads each only when a file of its format arrives.
 */
export type { Imported, IngestAdapter, IngestFormat, ReadOptions } from './adapter.js';
export { IngestError, isIngestError } from './errors.js';
