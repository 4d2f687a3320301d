import { availableParallelism } from 'node:os';
import { Piscina } from 'piscina';
import type { Checked, ImportLimits, PartFile, Processed, RenderFormat } from './core.js';
import type { AnalysisResult, AnalysisTask } from './analysis.js';
import type { Task, TaskResult } from './worker.js';
import { msg } from '../model/messages/index.js';

/** A failure reported by a worker; `code` is stable, `message` Chinese when it is the user's to read. */
export class WorkError extends Error {
  constructor(
    readonly code: 'unreadable_document' | 'pdf_unavailable' | 'internal',
    message: string,
  ) {
    super(message);
  }
}

export interface WorkerPool {
  importAndCheck(
    bytes: Uint8Array,
    file: string,
    limits?: ImportLimits,
    parts?: readonly PartFile[],
  ): Promise<Processed>;
  /**
   * importAndCheck without the canonical JSON (batch); `seconds`: the time it took in its thread. The bytes are
   * moved to the thread, not copied (a region's PDFs are tens of megabytes): the caller's array is left empty,
   * unless it shares its buffer with other data, which is then copied and left alone.
   */
  check(bytes: Uint8Array, file: string, limits?: ImportLimits): Promise<{ checked: Checked; seconds: number }>;
  render(document: string, format: RenderFormat): Promise<Uint8Array | string>;
  /** `fix` of a stored document: the preview as JSON text, or the corrected DOCX. */
  fix(document: string, to: 'json' | 'docx'): Promise<Uint8Array | string>;
  /** Exports, comparisons and rankings over stored documents (analysis.ts). */
  analyse(task: AnalysisTask): Promise<AnalysisResult>;
  close(): Promise<void>;
}

/** Compiled: the bundled worker through the code cache (bin/load-worker.js). From sources (vitest, tsx): a bootstrap that registers tsx. */
function workerScript(): { filename: string } {
  const fromSource = import.meta.url.endsWith('.ts');
  const url = fromSource
    ? new URL('./worker-from-source.mjs', import.meta.url)
    : new URL('../../bin/load-worker.js', import.meta.url);
  return { filename: url.href };
}

/** A piscina pool of worker threads for import+check and rendering (PDF parsing never blocks the server). */
export function createWorkerPool(options: { threads?: number } = {}): WorkerPool {
  const threads = options.threads ?? Math.max(1, Math.min(4, availableParallelism() - 1));
  // PDFium's wasm is compiled once, here, and handed to every thread (they share its code) instead of each
  // compiling its own; the threads start at the first task.
  let started: Promise<Piscina<Task, TaskResult>> | undefined;
  const pool = () =>
    (started ??= import('./core.js')
      .then((core) => core.compiledPdfEngine())
      .catch(() => undefined) // each thread compiles its own then, and reports the failure when it parses
      .then(
        (pdfium) =>
          new Piscina<Task, TaskResult>({
            ...workerScript(),
            minThreads: 1,
            maxThreads: threads,
            idleTimeout: 60_000,
            workerData: { pdfium },
          }),
      ));
  async function run(task: Task, transferList?: ArrayBuffer[]): Promise<TaskResult & { ok: true }> {
    const r = await (await pool()).run(task, transferList ? { transferList } : {});
    if (!r.ok) throw new WorkError(r.code, r.message);
    return r;
  }
  return {
    async importAndCheck(bytes, file, limits = {}, parts = []) {
      const r = await run({ kind: 'import', bytes, file, limits, parts });
      if (!('processed' in r)) throw new WorkError('internal', msg('jobs.unexpectedResult'));
      return r.processed;
    },
    async check(bytes, file, limits = {}) {
      // Only an array that owns its whole buffer is moved: one that shares it (Node's small-buffer pool) is copied.
      const own = bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength;
      const moved = own && bytes.buffer instanceof ArrayBuffer ? bytes : bytes.slice();
      const r = await run({ kind: 'check', bytes: moved, file, limits }, [moved.buffer as ArrayBuffer]);
      if (!('checked' in r)) throw new WorkError('internal', msg('jobs.unexpectedResult'));
      return { checked: r.checked, seconds: r.seconds };
    },
    async render(document, format) {
      const r = await run({ kind: 'render', document, format });
      if (!('rendered' in r)) throw new WorkError('internal', msg('jobs.unexpectedResult'));
      return r.rendered;
    },
    async fix(document, to) {
      const r = await run({ kind: 'fix', document, to });
      if (!('rendered' in r)) throw new WorkError('internal', msg('jobs.unexpectedResult'));
      return r.rendered;
    },
    async analyse(task) {
      const r = await run({ kind: 'analysis', task });
      if (!('analysed' in r)) throw new WorkError('internal', msg('jobs.unexpectedResult'));
      return r.analysed;
    },
    close: async () => {
      if (started) await (await started).destroy();
    },
  };
}
