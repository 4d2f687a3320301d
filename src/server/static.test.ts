import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
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
    mkdirSync(join(web, 'assets'));
    writeFileSync(join(web, 'assets', 'app-1234.js'), 'export {};');
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
    expect((await app.inject({ url: '/api/nothing' })).json()).toMatchObject({ code: 'not_found' });
    // A page address of the app (after a reload) gets the app, with the app's CSP rather than the API's.
    const deep = await app.inject({ url: '/documents/3?tab=tables' });
    expect(deep.statusCode).toBe(200);
    expect(deep.body).toContain('<title>决算</title>');
    for (const r of [page, deep]) {
      const csp = String(r.headers['content-security-policy']);
      expect(csp).toContain("worker-src 'self' blob:");
      expect(csp).toContain("img-src 'self' data: blob:");
      expect(csp).not.toContain('unsafe-eval');
    }
    const asset = await app.inject({ url: '/assets/app-1234.js' });
    expect(asset.statusCode).toBe(200);
    expect(asset.headers['cache-control']).toContain('immutable');
    // The API keeps its own strict policy.
    expect((await app.inject({ url: '/api/health' })).headers['content-security-policy']).toContain(
      "default-src 'none'",
    );
    await app.close();
  });
});
