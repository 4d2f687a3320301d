import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { JobQueue, WorkerPool } from '../jobs/index.js';
import type { Store } from '../store/index.js';
import { buildApp } from './app.js';
import { DEFAULT_LIMITS } from './context.js';

describe('the web app', () => {
  it('is served at / from its build when there is one, beside the API', async () => {
    const web = mkdtempSync(join(tmpdir(), 'juesuan-web-'));
    writeFileSync(join(web, 'index.html'), '<!doctype html><title>决算</title>');
    // Nothing here touches the store, the pool or the queue.
    const ctx = {
      store: {} as Store,
      pool: {} as WorkerPool,
      queue: { kind: 'in-process' } as JobQueue,
      limits: DEFAULT_LIMITS,
    };
    const app = await buildApp(ctx, { webRoot: web });
    const page = await app.inject({ url: '/' });
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('<title>决算</title>');
    expect((await app.inject({ url: '/api/health' })).json()).toMatchObject({ ok: true });
    expect((await app.inject({ url: '/nothing.js' })).json()).toMatchObject({ code: 'not_found' });
    await app.close();
  });
});
