/** A running API over a test engine, with one user per role and their tokens (for the API tests and benchmarks). */
import {
  createWorkerPool,
  inProcessQueue,
  pgBossQueue,
  processBatchItem,
  type JobQueue,
  type WorkerPool,
} from '../src/jobs/index.js';
import { buildApp, type App } from '../src/server/app.js';
import { addUser } from '../src/server/auth.js';
import { DEFAULT_LIMITS, type ServerLimits } from '../src/server/context.js';
import { openStore, type Store, type StoreLocation } from '../src/store/index.js';

export interface Running {
  readonly app: App;
  readonly store: Store;
  readonly pool: WorkerPool;
  readonly queue: JobQueue;
  close(): Promise<void>;
}

export async function startApp(location: StoreLocation, limits: Partial<ServerLimits> = {}): Promise<Running> {
  const store = await openStore(location);
  const pool = createWorkerPool({ threads: 1 });
  const queue = 'databaseUrl' in location ? await pgBossQueue(location.databaseUrl) : inProcessQueue();
  const all = { ...DEFAULT_LIMITS, ...limits };
  await queue.work(
    (id) =>
      processBatchItem({ store, pool, limits: all.import }, id, async (u) =>
        u === null ? undefined : store.userById(u),
      ),
    1,
  );
  const app = await buildApp({ store, pool, queue, limits: all });
  await app.ready();
  return {
    app,
    store,
    pool,
    queue,
    async close() {
      await app.close();
      await queue.stop();
      await pool.close();
      await store.close();
    },
  };
}

export interface Tokens {
  readonly admin: string;
  readonly haidongPreparer: string;
  readonly putuoPreparer: string;
  readonly haidongReviewer: string;
  readonly putuoReviewer: string;
  readonly publicUser: string;
}

export async function addTestUsers(store: Store): Promise<Tokens> {
  const t = async (name: string, u: Omit<Parameters<typeof addUser>[1], 'name'>) =>
    (await addUser(store, { name, ...u })).token;
  return {
    admin: await t('管理员', { role: '管理员', password: '口令-123' }),
    haidongPreparer: await t('海东编制', { role: '编制人', organisation: '海东市人力资源和社会保障局' }),
    putuoPreparer: await t('普陀编制', { role: '编制人', organisation: '上海市普陀区规划和自然资源局' }),
    haidongReviewer: await t('海东审核', { role: '审核人', region: '海东市' }),
    putuoReviewer: await t('普陀审核', { role: '审核人', region: '上海市普陀区' }),
    publicUser: await t('公众甲', { role: '公众' }),
  };
}

/** A multipart/form-data body with files and fields, for app.inject. */
export function multipart(
  files: readonly { field?: string; name: string; bytes: Uint8Array | string; type?: string }[],
  fields: Readonly<Record<string, string>> = {},
): { payload: Buffer; headers: Record<string, string> } {
  const boundary = `----juesuan${Math.random().toString(16).slice(2)}`;
  const parts: Buffer[] = [];
  for (const [k, v] of Object.entries(fields)) {
    parts.push(Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${k}"\r\n\r\n${v}\r\n`));
  }
  for (const f of files) {
    parts.push(
      Buffer.from(
        `--${boundary}\r\nContent-Disposition: form-data; name="${f.field ?? 'file'}"; filename="${f.name}"\r\nContent-Type: ${f.type ?? 'application/octet-stream'}\r\n\r\n`,
      ),
      Buffer.from(f.bytes),
      Buffer.from('\r\n'),
    );
  }
  parts.push(Buffer.from(`--${boundary}--\r\n`));
  return { payload: Buffer.concat(parts), headers: { 'content-type': `multipart/form-data; boundary=${boundary}` } };
}
