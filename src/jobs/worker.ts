/**
 * The worker-thread side of the pool: PDF import, checking and rendering run here, never on the server's event
 * loop. Tasks and results are plain data (structured-cloned across the thread boundary).
 */
import { workerData } from 'node:worker_threads';
import {
  adoptPdfEngine,
  fixStoredDocument,
  importAndCheck,
  importAndCheckOnly,
  isIngestError,
  PdfUnavailableError,
  renderDocument,
  type ImportLimits,
  type PartFile,
  type Checked,
  type Processed,
  type RenderFormat,
} from './core.js';
import { runAnalysis, type AnalysisResult, type AnalysisTask } from './analysis.js';

// PDFium as compiled once by the pool's creator (./pool.ts), rather than compiled again in every thread.
// Adopted before the first task runs (not by a top-level await: the worker is also bundled as CommonJS).
const shared = (workerData as { pdfium?: object } | null | undefined)?.pdfium;
const adopted = shared ? adoptPdfEngine(shared) : undefined;

export type Task =
  | {
      readonly kind: 'import';
      readonly bytes: Uint8Array;
      readonly file: string;
      readonly limits: ImportLimits;
      readonly parts?: readonly PartFile[];
    }
  | { readonly kind: 'check'; readonly bytes: Uint8Array; readonly file: string; readonly limits: ImportLimits }
  | { readonly kind: 'render'; readonly document: string; readonly format: RenderFormat }
  | { readonly kind: 'analysis'; readonly task: AnalysisTask }
  | { readonly kind: 'fix'; readonly document: string; readonly to: 'json' | 'docx' };

/** Errors cross as data: an IngestError's Chinese message is for the user, anything else is internal. */
export type TaskResult =
  | { readonly ok: true; readonly processed: Processed }
  | { readonly ok: true; readonly checked: Checked; readonly seconds: number }
  | { readonly ok: true; readonly rendered: Uint8Array | string }
  | { readonly ok: true; readonly analysed: AnalysisResult }
  | {
      readonly ok: false;
      readonly code: 'unreadable_document' | 'pdf_unavailable' | 'internal';
      readonly message: string;
    };

export default async function run(task: Task): Promise<TaskResult> {
  try {
    if (adopted) await adopted;
    if (task.kind === 'import')
      return { ok: true, processed: await importAndCheck(task.bytes, task.file, task.limits, task.parts) };
    if (task.kind === 'check') {
      const started = performance.now();
      const checked = await importAndCheckOnly(task.bytes, task.file, task.limits);
      return { ok: true, checked, seconds: (performance.now() - started) / 1000 };
    }
    if (task.kind === 'analysis') return { ok: true, analysed: await runAnalysis(task.task) };
    if (task.kind === 'fix') return { ok: true, rendered: await fixStoredDocument(task.document, task.to) };
    return { ok: true, rendered: await renderDocument(task.document, task.format) };
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    if (isIngestError(e)) return { ok: false, code: 'unreadable_document', message };
    if (e instanceof PdfUnavailableError) return { ok: false, code: 'pdf_unavailable', message };
    return { ok: false, code: 'internal', message };
  }
}
