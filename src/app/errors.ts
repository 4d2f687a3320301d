/**
 * The typed errors a shell reports (Chinese messages): unreadable input, PDF output unavailable, bad config. All
 * are JuesuanErrors (a stable `code`); anything else that escapes is a bug.
 */
export { JuesuanError, isJuesuanError, ConfigError, UnknownSchemaError } from '../model/errors.js';
export { IngestError, isIngestError } from '../ingest/errors.js';
export { PdfUnavailableError } from '../render/pdf/errors.js';
