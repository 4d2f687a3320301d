import { availableParallelism } from 'node:os';
import { Piscina } from 'piscina';
import type { ImportLimits, Processed, RenderFormat } from './core.js';
import type { Task, TaskResult } from './worker.js';

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
  importAndCheck(bytes: Uint8Array, file: string, limits?: ImportLimits): Promise<Processed>;
  render(document: string, format: RenderFormat): Promise<Uint8Array | string>;
  close(): Promise<void>;
}

/** Compiled: the worker's .js next to this file. From sources (vitest, tsx): a bootstrap that registers tsx. */
function workerScript(): { filename: string } {
  const fromSource = import.meta.url.endsWith('.ts');
  const url = fromSource
    ? new URL('./worker-from-source.mjs', import.meta.url)
    : new URL('./worker.js', import.meta.url);
  return { filename: url.href };
}

/** A piscina pool of worker threads for import+check and rendering (PDF parsing never blocks the server). */
export function createWorkerPool(options: { threads?: number } = {}): WorkerPool {
  const threads = options.threads ?? Math.max(1, Math.min(4, availableParallelism() - 1));
  const pool = new Piscina<Task, TaskResult>({
    ...workerScript(),
    minThreads: 1,
    maxThreads: threads,
    idleTimeout: 60_000,
  });
  async function run(task: Task): Promise<TaskResult & { ok: true }> {
    const r = await pool.run(task);
    if (!r.ok) throw new WorkError(r.code, r.message);
    return r;
  }
  return {
    async importAndCheck(bytes, file, limits = {}) {
      const r = await run({ kind: 'import', bytes, file, limits });
      if (!('processed' in r)) throw new WorkError('internal', '工作线程返回了意外的结果');
      return r.processed;
    },
    async render(document, format) {
      const r = await run({ kind: 'render', document, format });
      if (!('rendered' in r)) throw new WorkError('internal', '工作线程返回了意外的结果');
      return r.rendered;
    },
    close: () => pool.destroy(),
  };
}
