import { createRequire } from 'node:module';
import { appendFile, readFile } from 'node:fs/promises';
import { writeFileAtomic } from './output-file.js';

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

/** The whole-file format of earlier versions (read, then rewritten as a journal). */
interface StateFile {
  readonly version: 1;
  readonly entries: Record<string, BatchEntry>;
}

export function contentHash(bytes: Uint8Array): string {
  // node:crypto is loaded here, not with the module: every command's start-up would pay for it (~10 ms).
  const { createHash } = createRequire(import.meta.url)('node:crypto') as typeof import('node:crypto');
  return createHash('sha256').update(bytes).digest('hex');
}

/**
 * The state of a batch next to its report (`report.xlsx` → `report.xlsx.state.json`): every file checked so far,
 * by content hash, one JSON line per file, appended as each file is done. Appending keeps the cost of a save
 * the size of one entry (rewriting the whole state after every file grew with the square of a region's
 * hundreds of files); a line cut short by an interruption is ignored when the state is read back, and a later
 * line for the same content replaces an earlier one.
 */
export class BatchState {
  private constructor(
    readonly path: string,
    private readonly entries: Map<string, BatchEntry>,
  ) {}

  static async open(path: string): Promise<BatchState> {
    let text = '';
    try {
      text = await readFile(path, 'utf8');
    } catch {
      return new BatchState(path, new Map()); // no state yet: start afresh
    }
    const entries = new Map<string, BatchEntry>();
    const old = wholeFile(text);
    if (old) {
      for (const e of Object.values(old.entries)) entries.set(e.hash, e);
      const state = new BatchState(path, entries);
      await state.rewrite();
      return state;
    }
    let lines = 0;
    let journal = true;
    for (const line of text.split('\n')) {
      if (line === '') continue;
      lines++;
      journal &&= line.startsWith('{');
      const e = entryOf(line);
      if (e) entries.set(e.hash, e);
    }
    const state = new BatchState(path, entries);
    // Compacted when it holds lines for content checked again (--force, a file put back) or a line cut short: else
    // a region's journal grows by a whole batch at every re-run, and the next line is appended to the cut one and
    // lost. A file that is not a journal is left as it is.
    if ((entries.size > 0 || journal) && lines > entries.size) await state.rewrite();
    return state;
  }

  /** A successful earlier result for these bytes (failures are tried again). */
  done(hash: string): BatchEntry | undefined {
    const e = this.entries.get(hash);
    return e?.status === 'ok' ? e : undefined;
  }

  private saving: Promise<void> = Promise.resolve();

  record(entry: BatchEntry): Promise<void> {
    this.entries.set(entry.hash, entry);
    const line = `${JSON.stringify(entry)}\n`;
    // Saves are chained: files finishing together never interleave their lines.
    this.saving = this.saving.then(() => appendFile(this.path, line));
    return this.saving;
  }

  /** The journal written afresh from the entries (never half a file). */
  private async rewrite(): Promise<void> {
    await writeFileAtomic(this.path, [...this.entries.values()].map((e) => `${JSON.stringify(e)}\n`).join(''));
  }
}

function wholeFile(text: string): StateFile | undefined {
  if (!/^\s*\{"version"/.test(text)) return undefined; // not text.trimStart(): a copy of a journal of megabytes
  try {
    const parsed = JSON.parse(text) as Partial<StateFile>;
    return parsed.version === 1 && parsed.entries ? (parsed as StateFile) : undefined;
  } catch {
    return undefined;
  }
}

function entryOf(line: string): BatchEntry | undefined {
  if (!line.startsWith('{')) return undefined;
  try {
    const e = JSON.parse(line) as Partial<BatchEntry>;
    return typeof e.hash === 'string' && e.hash !== '' && (e.status === 'ok' || e.status === 'failed')
      ? (e as BatchEntry)
      : undefined;
  } catch {
    return undefined; // cut short by an interruption
  }
}
