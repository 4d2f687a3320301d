import type { ImportLimits, JobQueue, WorkerPool } from '../jobs/index.js';
import type { Store } from '../store/index.js';

/** Limits the server enforces; defaults in DEFAULT_LIMITS. */
export interface ServerLimits {
  /** Largest file accepted, in bytes. */
  readonly fileBytes: number;
  /** Most files in one batch. */
  readonly batchFiles: number;
  /** Requests per minute per client address, all endpoints. */
  readonly requestsPerMinute: number;
  /** Uploads (documents and batches) per minute per client address. */
  readonly uploadsPerMinute: number;
  readonly import: ImportLimits;
}

export const DEFAULT_LIMITS: ServerLimits = {
  fileBytes: 50 * 1024 * 1024,
  batchFiles: 100,
  requestsPerMinute: 30_000,
  uploadsPerMinute: 300,
  import: { maxPages: 500, timeoutMs: 120_000 },
};

/** What the routes work with. */
export interface ServerContext {
  readonly store: Store;
  readonly pool: WorkerPool;
  readonly queue: JobQueue;
  readonly limits: ServerLimits;
}
