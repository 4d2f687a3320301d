/** The typed errors a shell reports (Chinese messages): unreadable input, PDF output unavailable, bad config. */
export { IngestError, isIngestError } from '../ingest/errors.js';
export { PdfUnavailableError } from '../render/pdf/errors.js';
