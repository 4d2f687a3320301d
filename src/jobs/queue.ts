import { msg } from '../model/messages/index.js';
/**
 * The job queue behind batches: pg-boss on PostgreSQL (jobs survive restarts and can be worked on by several
 * machines), the same interface in-process on PGlite. A job is the id of a stored batch item; the handler reads
 * what it needs from the store, so the queue carries no file bytes.
 */
export interface JobQueue {
  readonly kind: 'pg-boss' | 'in-process';
  /** Queues one batch item. */
  send(itemId: number): Promise<void>;
  /** Starts working: `handler` is called once per item, at most `concurrency` at a time. */
  work(handler: (itemId: number) => Promise<void>, concurrency: number): Promise<void>;
  /** Stops taking jobs and waits for those running. */
  stop(): Promise<void>;
}

export const IMPORT_QUEUE = 'juesuan-import';

/** Runs jobs in this process; a restart loses the queue, so the server queues unfinished items again on start. */
export function inProcessQueue(): JobQueue {
  const waiting: number[] = [];
  const running = new Set<Promise<void>>();
  let handler: ((itemId: number) => Promise<void>) | undefined;
  let limit = 1;
  let stopped = false;
  const pump = () => {
    while (!stopped && handler && running.size < limit && waiting.length > 0) {
      const id = waiting.shift()!;
      const p: Promise<void> = handler(id)
        .catch(() => undefined) // the handler records its own failures on the item
        .finally(() => {
          running.delete(p);
          pump();
        });
      running.add(p);
    }
  };
  return {
    kind: 'in-process',
    async send(itemId) {
      waiting.push(itemId);
      queueMicrotask(pump);
    },
    async work(h, concurrency) {
      handler = h;
      limit = Math.max(1, concurrency);
      pump();
    },
    async stop() {
      stopped = true;
      await Promise.all([...running]);
    },
  };
}

/** pg-boss 10 on the same PostgreSQL database (its own schema "pgboss"). */
export async function pgBossQueue(databaseUrl: string): Promise<JobQueue> {
  const { default: PgBoss } = await import('pg-boss');
  const boss = new PgBoss({ connectionString: databaseUrl, max: 4 });
  boss.on('error', (e: Error) => process.stderr.write(msg('jobs.queueError', { detail: e.message })));
  await boss.start();
  await boss.createQueue(IMPORT_QUEUE);
  return {
    kind: 'pg-boss',
    async send(itemId) {
      await boss.send(IMPORT_QUEUE, { itemId }, { retryLimit: 2, expireInMinutes: 15 });
    },
    async work(handler, concurrency) {
      for (let i = 0; i < Math.max(1, concurrency); i++) {
        await boss.work<{ itemId: number }>(IMPORT_QUEUE, { batchSize: 1, pollingIntervalSeconds: 1 }, async (jobs) => {
          for (const job of jobs) await handler(job.data.itemId);
        });
      }
    },
    async stop() {
      await boss.stop({ graceful: true, wait: true, timeout: 30_000 });
    },
  };
}
