import { JuesuanError } from '../model/errors.js';
import type { SourceRef } from '../model/source.js';

/**
 * An input that cannot be read as a disclosure. The message is Chinese and names the file and line or page;
 * the CLI prints it and exits with code 2 — never a stack trace.
 */
export class IngestError extends JuesuanError {
  constructor(reason: string, source?: SourceRef, code = 'ingest') {
    super(code, reason, source);
    this.name = 'IngestError';
  }
}

export function isIngestError(e: unknown): e is IngestError {
  return e instanceof IngestError;
}
