/**
 * Limits for reading untrusted input: every importer refuses a file beyond them with a Chinese message, quickly and
 * without first spending the memory the file would take. Configurable (the configuration file's `limits`, the
 * CLI's `--limit`, the server's import settings); what is not set takes the default.
 */
export interface ImportLimits {
  /** Largest file, in bytes. */
  readonly maxBytes?: number;
  /** Zip containers (.xlsx, .docx): the most bytes all entries may inflate to. */
  readonly maxUnzippedBytes?: number;
  /** Zip containers: the largest inflated size ÷ file size (a zip bomb is thousands). */
  readonly maxZipRatio?: number;
  /** Zip containers: the most entries. */
  readonly maxEntries?: number;
  /** Most lines of a text, rows of a worksheet, paragraphs and table rows of a Word document. */
  readonly maxRows?: number;
  /** Most pages of a PDF. */
  readonly maxPages?: number;
  /** Time allowed for one import, in milliseconds. */
  readonly timeoutMs?: number;
}

export type LimitName = keyof ImportLimits;

const MB = 1024 * 1024;

/**
 * Defaults: a real disclosure is a few hundred KB of text, a few MB of PDF, 11 tables of a few hundred rows; the
 * limits leave room for a whole ministry's document and stop what would take more than a few hundred MB to read.
 */
export const DEFAULT_LIMITS: Readonly<Required<ImportLimits>> = Object.freeze({
  maxBytes: 50 * MB,
  maxUnzippedBytes: 200 * MB,
  maxZipRatio: 200,
  maxEntries: 2_000,
  maxRows: 200_000,
  maxPages: 300,
  timeoutMs: 60_000,
});

/** The Chinese name of each limit (messages, help, configuration errors). */
export const LIMIT_NAMES_ZH: Readonly<Record<LimitName, string>> = Object.freeze({
  maxBytes: '文件大小',
  maxUnzippedBytes: '解压后大小',
  maxZipRatio: '压缩比',
  maxEntries: '压缩包文件数',
  maxRows: '行数',
  maxPages: '页数',
  timeoutMs: '读取时间',
});

export const LIMIT_NAMES = Object.freeze(Object.keys(DEFAULT_LIMITS) as LimitName[]);

/** The limits in force: each given one, else the default. */
export function resolveLimits(...layers: readonly (ImportLimits | undefined)[]): Required<ImportLimits> {
  const out: Record<string, number> = { ...DEFAULT_LIMITS };
  for (const layer of layers) {
    for (const name of LIMIT_NAMES) {
      const v = layer?.[name];
      if (v !== undefined) out[name] = v;
    }
  }
  return out as Required<ImportLimits>;
}

/** A size as people read it: "1.5 MB", "820 KB", "500 字节". */
export function formatBytes(n: number): string {
  if (n >= MB) return `${(n / MB).toFixed(n >= 100 * MB ? 0 : 1)} MB`;
  if (n < 1024) return `${n} 字节`;
  return `${Math.round(n / 1024)} KB`;
}

/**
 * A size over its limit, and the limit, for `ingest.tooLarge`: in bytes when rounding would write them alike
 * ("文件过大（1.0 MB），超过上限 1.0 MB" says nothing).
 */
export function sizeOverLimit(size: number, limit: number): { size: string; limit: string } {
  const [a, b] = [formatBytes(size), formatBytes(limit)];
  if (a !== b) return { size: a, limit: b };
  const bytes = (n: number) => `${n.toLocaleString('zh-CN')} 字节`;
  return { size: bytes(size), limit: bytes(limit) };
}

/**
 * Reads a limit's value as written by a person: sizes with a unit ("20MB", "500KB", "1GB"), times in seconds
 * ("30s", "2m") or plain numbers (bytes, ms, counts). Undefined when it is not a positive number.
 */
export function parseLimitValue(name: LimitName, text: string): number | undefined {
  const m = /^\s*(\d+(?:\.\d+)?)\s*([a-zA-Z]*)\s*$/.exec(text);
  if (!m) return undefined;
  const n = Number(m[1]);
  const unit = (m[2] ?? '').toLowerCase();
  const size: Record<string, number> = { '': 1, b: 1, k: 1024, kb: 1024, m: MB, mb: MB, g: 1024 * MB, gb: 1024 * MB };
  const time: Record<string, number> = { '': 1, ms: 1, s: 1000, m: 60_000, min: 60_000 };
  const factor =
    name === 'maxBytes' || name === 'maxUnzippedBytes'
      ? size[unit]
      : name === 'timeoutMs'
        ? time[unit]
        : unit === ''
          ? 1
          : undefined;
  if (factor === undefined || !Number.isFinite(n) || n <= 0) return undefined;
  return Math.round(n * factor);
}
