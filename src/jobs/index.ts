/** Jobs: the worker-thread pool (import, check, render) and the queue behind batches. */
export { createWorkerPool, WorkError, type WorkerPool } from './pool.js';
export { inProcessQueue, pgBossQueue, type JobQueue } from './queue.js';
export { processBatchItem } from './batch.js';
export {
  storeUpload,
  validateUpload,
  canUploadFor,
  mediaTypeOf,
  UploadError,
  type Overrides,
  type UploadResult,
} from './upload.js';
export { RENDER_FORMATS, type RenderFormat, type ImportLimits, type PartFile } from './core.js';
export type { AnalysisFormat, AnalysisResult, AnalysisTask, StoredText } from './analysis.js';
