import { createRequire } from 'node:module';
import type { Worker } from 'node:worker_threads';
import type { Disclosure } from '../model/disclosure.js';
import type { SourceRef } from '../model/source.js';
import { IngestError } from '../ingest/errors.js';
import type { PdfEngine, PdfParseOptions } from './ports.js';
import { msg } from '../model/messages/index.js';

export type PdfWorkerReply =
  | { readonly ok: true; readonly doc: Disclosure }
  | { readonly ok: false; readonly ingest: boolean; readonly reason: string; readonly source?: SourceRef };

/**
 * The PDF engine (PDFium) in this thread. It blocks the event loop while it parses: for the CLI (one command, one
 * thing at a time), the pool's worker threads, tests and scripts; a server uses the pool or the worker engine.
 */
export const inProcessPdfEngine: PdfEngine = {
  async parse(bytes, options) {
    const { parsePdf } = await import('../ingest/pdf/index.js');
    return parsePdf(bytes, options);
  },
  prepare() {
    import('../ingest/pdf/index.js').then((m) => m.startPdfium()).catch(() => undefined); // parse reports it
  },
};

/** PDFium's compiled wasm (a WebAssembly.Module), to hand to worker threads: they share its code, compiled once. */
export async function compiledPdfEngine(): Promise<object> {
  return (await import('../ingest/pdf/index.js')).compilePdfium();
}

/** This thread's PDF engine runs a module compiled by another thread (compiledPdfEngine). */
export async function adoptPdfEngine(module: object): Promise<void> {
  (await import('../ingest/pdf/index.js')).usePdfiumModule(module);
}

/**
 * Compiled: the worker's .js next to this file. From sources (vitest, tsx) the worker is the .ts, loaded through
 * tsx's `tsImport` (tsx resolved from this file where the runtime can, else from the working directory).
 */
function startWorker(): Worker {
  // node:worker_threads loaded on use: every command loads this module, few start the worker.
  const { Worker } = createRequire(import.meta.url)('node:worker_threads') as typeof import('node:worker_threads');
  if (!import.meta.url.endsWith('.ts')) return new Worker(new URL('./pdf-worker.js', import.meta.url));
  const url = JSON.stringify(new URL('./pdf-worker.ts', import.meta.url).href);
  let tsx = 'tsx/esm/api';
  try {
    tsx = import.meta.resolve(tsx);
  } catch {
    // a runtime without import.meta.resolve: the working directory's node_modules
  }
  const code = `import(${JSON.stringify(tsx)}).then((tsx) => tsx.tsImport(${url}, ${url}))`;
  return new Worker(code, { eval: true });
}

/**
 * The PDF engine in a fresh worker thread per call, so parsing never blocks the caller's event loop (a server keeps
 * answering while a 300-page PDF is read). The worker is stopped when the parse ends or overruns its time limit.
 */
export function workerPdfEngine(): PdfEngine {
  return {
    parse(bytes: Uint8Array, options: PdfParseOptions): Promise<Disclosure> {
      const worker = startWorker();
      // A hard stop a little after the parser's own limit, for a page that never finishes.
      const limit = (options.timeoutMs ?? 60_000) + 5_000;
      return new Promise<Disclosure>((resolve, reject) => {
        const timer = setTimeout(() => {
          reject(new IngestError(msg('ingest.timeout', { seconds: Math.round(limit / 1000) }), { file: options.file }));
          void worker.terminate();
        }, limit);
        const done = () => {
          clearTimeout(timer);
          void worker.terminate();
        };
        worker.once('message', (reply: PdfWorkerReply) => {
          done();
          if (reply.ok) resolve(reply.doc);
          else if (reply.ingest) reject(new IngestError(reply.reason, reply.source));
          else reject(new Error(reply.reason));
        });
        worker.once('error', (e) => {
          done();
          reject(e);
        });
        worker.once('exit', (code) => {
          clearTimeout(timer);
          reject(new Error(msg('internal.pdfWorkerExited', { code }))); // no-op once settled
        });
        worker.postMessage({ bytes, options });
      });
    },
  };
}
