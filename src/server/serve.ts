import { createWorkerPool, inProcessQueue, pgBossQueue, processBatchItem, type JobQueue } from '../jobs/index.js';
import { openStore, type StoreLocation } from '../store/index.js';
import { buildApp, type App } from './app.js';
import { DEFAULT_LIMITS, type ServerLimits } from './context.js';
import { loadSamples } from './samples.js';

export interface ServeOptions {
  readonly location: StoreLocation;
  readonly port: number;
  readonly host?: string;
  /** Load samples/ when the store is empty (first start). Default true. */
  readonly samples?: boolean;
  readonly limits?: Partial<ServerLimits>;
  readonly threads?: number;
  /** Progress lines for people (Chinese); default stderr. */
  readonly say?: (line: string) => void;
  readonly logger?: boolean;
}

export interface RunningServer {
  readonly app: App;
  readonly url: string;
  close(): Promise<void>;
}

/**
 * Starts everything in order: the store (migrated), the worker pool, the job queue (pg-boss on PostgreSQL,
 * in-process on PGlite), the samples on first start, then the HTTP server. `close()` stops them in reverse, so the
 * embedded database is closed cleanly.
 */
export async function startServer(o: ServeOptions): Promise<RunningServer> {
  const say = o.say ?? ((l: string) => process.stderr.write(`${l}\n`));
  const limits: ServerLimits = { ...DEFAULT_LIMITS, ...o.limits };
  const store = await openStore(o.location);
  const pool = createWorkerPool(o.threads !== undefined ? { threads: o.threads } : {});
  let queue: JobQueue | undefined;
  let app: App | undefined;
  const close = async () => {
    await app?.close();
    await queue?.stop();
    await pool.close();
    await store.close();
  };
  try {
    queue = 'databaseUrl' in o.location ? await pgBossQueue(o.location.databaseUrl) : inProcessQueue();
    const deps = { store, pool, limits: limits.import };
    await queue.work(
      (itemId) => processBatchItem(deps, itemId, async (id) => (id === null ? undefined : store.userById(id))),
      2,
    );
    if (queue.kind === 'in-process') {
      // The in-process queue does not survive a restart: queue again what a crash left unfinished.
      for (const id of await store.unfinishedItems()) await queue.send(id);
    }
    if ((o.samples ?? true) && (await store.isEmpty())) {
      say('juesuan：首次启动，正在载入 samples/ 中的样例文档…');
      await loadSamples(
        deps,
        (file, id, version) => say(`juesuan：  已载入 ${file}（文档 ${id}，第 ${version} 版）`),
        undefined,
        (file, reason) => say(`juesuan：  未载入 ${file}：${reason}`),
      );
    }
    app = await buildApp({ store, pool, queue, limits }, { logger: o.logger ?? false });
    const address = await app.listen({ port: o.port, host: o.host ?? '127.0.0.1' });
    const url = address.replace('127.0.0.1', 'localhost').replace('[::1]', 'localhost');
    return { app, url, close };
  } catch (e) {
    await close();
    throw e;
  }
}
