import { createHash } from 'node:crypto';
import { readFile, rename, writeFile } from 'node:fs/promises';

/** One finding as the batch keeps it: enough for the report and for drawing it on the page. */
export interface BatchFinding {
  readonly ruleId: string;
  readonly severity: 'error' | 'warning' | 'info';
  readonly message: string;
  readonly page?: number;
  /** [x0, top, x1, bottom] in page points from the top-left corner of the visible page. */
  readonly box?: readonly [number, number, number, number];
}

/** The outcome of one file, kept by content hash so that a re-run skips what is already checked. */
export interface BatchEntry {
  readonly file: string;
  readonly hash: string;
  readonly status: 'ok' | 'failed';
  /** Seconds from the start of the import to the end of the check. */
  readonly seconds: number;
  readonly summary?: { readonly error: number; readonly warning: number; readonly info: number };
  readonly name?: string;
  readonly reason?: string;
  readonly findings?: readonly BatchFinding[];
}

interface StateFile {
  readonly version: 1;
  readonly entries: Record<string, BatchEntry>;
}

export function contentHash(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/**
 * The state of a batch next to its report (`report.xlsx` → `report.xlsx.state.json`): every file checked so far,
 * by content hash. Saved after each file (write, then rename: an interrupted run never leaves half a file).
 */
export class BatchState {
  private constructor(
    readonly path: string,
    private readonly entries: Map<string, BatchEntry>,
  ) {}

  static async open(path: string): Promise<BatchState> {
    let entries: Record<string, BatchEntry> = {};
    try {
      const parsed = JSON.parse(await readFile(path, 'utf8')) as Partial<StateFile>;
      if (parsed.version === 1 && parsed.entries) entries = parsed.entries;
    } catch {
      // no state yet (or unreadable): start afresh
    }
    return new BatchState(path, new Map(Object.entries(entries)));
  }

  /** A successful earlier result for these bytes (failures are tried again). */
  done(hash: string): BatchEntry | undefined {
    const e = this.entries.get(hash);
    return e?.status === 'ok' ? e : undefined;
  }

  private saving: Promise<void> = Promise.resolve();

  record(entry: BatchEntry): Promise<void> {
    this.entries.set(entry.hash, entry);
    const body = JSON.stringify({ version: 1, entries: Object.fromEntries(this.entries) } satisfies StateFile);
    // Saves are chained: concurrent files finishing together never interleave their writes.
    this.saving = this.saving.then(async () => {
      await writeFile(`${this.path}.tmp`, body);
      await rename(`${this.path}.tmp`, this.path);
    });
    return this.saving;
  }
}
