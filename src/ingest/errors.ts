import { describeSource, type SourceRef } from '../model/source.js';

/**
 * An input that cannot be read as a disclosure. The message is Chinese and names the file and line or page;
 * the CLI prints it and exits with code 2 — never a stack trace.
 */
export class IngestError extends Error {
  readonly source: SourceRef | undefined;
  /** The message without the location prefix. */
  readonly reason: string;

  constructor(reason: string, source?: SourceRef) {
    const where = describeSource(source);
    super(where ? `${where}：${reason}` : reason);
    this.name = 'IngestError';
    this.reason = reason;
    this.source = source;
  }
}

export function isIngestError(e: unknown): e is IngestError {
  return e instanceof IngestError;
}
