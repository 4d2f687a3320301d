import { msg } from './messages/index.js';
import { describeSource, type SourceRef } from './source.js';

/**
 * The one base of every error Juesuan raises on purpose: a stable `code` a program can branch on ("ingest",
 * "config", "unknown-table-schema" …), a Chinese message naming where (file, line, page, sheet and cell), and
 * the reason without that prefix. Anything else that escapes is a bug ("内部错误").
 */
export class JuesuanError extends Error {
  readonly code: string;
  /** The message without the location prefix. */
  readonly reason: string;
  /** Where the problem is, when it is in an input: file, line, page, sheet, cell. */
  readonly source: SourceRef | undefined;

  constructor(code: string, reason: string, source?: SourceRef) {
    const where = describeSource(source);
    super(where ? `${where}：${reason}` : reason);
    this.name = 'JuesuanError';
    this.code = code;
    this.reason = reason;
    this.source = source;
  }
}

export function isJuesuanError(e: unknown): e is JuesuanError {
  return e instanceof JuesuanError;
}

/** A table schema id ("beijing/t05") that no layout registers. */
export class UnknownSchemaError extends JuesuanError {
  readonly schemaId: string;

  constructor(schemaId: string, source?: SourceRef) {
    super('unknown-table-schema', msg('model.unknownSchema', { schema: schemaId }), source);
    this.name = 'UnknownSchemaError';
    this.schemaId = schemaId;
  }
}

/** A configuration (file or object) that cannot be used; the message names the file and the key. */
export class ConfigError extends JuesuanError {
  constructor(message: string, source?: SourceRef) {
    super('config', message, source);
    this.name = 'ConfigError';
  }
}
