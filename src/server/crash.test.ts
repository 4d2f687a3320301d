/**
 * kill -9 of the server at random moments during uploads (100 with JUESUAN_CRASH_UPLOADS=100, as .ci/run does): every upload that got its 201 is intact after a
 * restart, and no version is half-written. The server runs as a child process (from sources, through tsx).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addUser } from './auth.js';
import { ENGINES } from '../../test/store-engines.js';
import { openStore, type StoreLocation } from '../store/index.js';

// 100 uploads and 4 kills take minutes on a small machine: .ci/run asks for them, `npm test` does fewer.
const UPLOADS = Number(process.env.JUESUAN_CRASH_UPLOADS ?? 30);
const KILLS = UPLOADS >= 100 ? 4 : 2;
const seed = readFileSync(new URL('../../samples/haidong-rsj-2024.txt', import.meta.url));
const CHILD = new URL('../../test/serve-child.ts', import.meta.url).pathname;

interface Child {
  readonly process: ChildProcess;
  readonly url: string;
}

function startChild(location: StoreLocation): Promise<Child> {
  const args = ['--import', 'tsx', CHILD, 'serve', '--port', '0', '--no-samples'];
  const env = { ...process.env };
  if ('dataDir' in location) {
    args.push('--data', location.dataDir);
    delete env.DATABASE_URL;
  } else env.DATABASE_URL = location.databaseUrl;
  const child = spawn(process.execPath, args, { env, stdio: ['ignore', 'pipe', 'pipe'] });
  return new Promise((resolve, reject) => {
    let out = '';
    let err = '';
    child.stdout!.on('data', (d: Buffer) => {
      out += d.toString();
      const m = /服务已启动 (http:\/\/\S+)/.exec(out);
      if (m) resolve({ process: child, url: m[1]! });
    });
    child.stderr!.on('data', (d: Buffer) => (err += d.toString()));
    child.once('exit', (code) => reject(new Error(`server exited (${code}) before listening: ${err}`)));
  });
}

function kill9(child: Child): Promise<void> {
  return new Promise((resolve) => {
    if (child.process.exitCode !== null || child.process.signalCode !== null) return resolve();
    child.process.once('exit', () => resolve());
    child.process.kill('SIGKILL');
  });
}

interface Accepted {
  readonly id: number;
  readonly version: number;
  readonly sha256: string;
  readonly findings: number;
}

async function uploadOnce(url: string, token: string, i: number): Promise<Accepted | undefined> {
  // Each upload's bytes differ (a trailing blank line count), so the source proves which upload a version holds.
  const bytes = Buffer.concat([seed, Buffer.from('\n'.repeat(1 + (i % 50)))]);
  const form = new FormData();
  form.append('organisation', `压测单位${i % 5}`);
  form.append('publish', 'true'); // read back below without a token: the public sees published versions
  form.append('file', new Blob([bytes]), `upload-${i}.txt`);
  try {
    const res = await fetch(`${url}/api/documents`, {
      method: 'POST',
      body: form,
      headers: { authorization: `Bearer ${token}` },
    });
    if (res.status !== 201) return undefined;
    const body = (await res.json()) as {
      id: number;
      version: number;
      summary: { error: number; warning: number; info: number };
    };
    return {
      id: body.id,
      version: body.version,
      sha256: createHash('sha256').update(bytes).digest('hex'),
      findings: body.summary.error + body.summary.warning + body.summary.info,
    };
  } catch {
    return undefined; // the server was killed mid-request: no 201, no promise made
  }
}

describe.each(ENGINES)('kill -9 during uploads on $name', (engine) => {
  let location: StoreLocation;
  let drop: () => Promise<void>;
  let token: string;
  let child: Child | undefined;

  beforeAll(async () => {
    ({ location, drop } = await engine.create());
    const store = await openStore(location);
    token = (await addUser(store, { name: '管理员', role: '管理员' })).token;
    await store.close();
  }, 180_000);
  afterAll(async () => {
    if (child) await kill9(child);
    await drop?.();
  });

  it(`every upload that got its 201 is intact after restarts, none half-written (${UPLOADS} uploads, ${KILLS} kills)`, async () => {
    const accepted: Accepted[] = [];
    let next = 0;
    for (let round = 0; round <= KILLS && next < UPLOADS; round++) {
      child = await startChild(location);
      const url = child.url;
      const quota = round === KILLS ? UPLOADS - next : Math.ceil((UPLOADS - next) / (KILLS + 1 - round));
      const end = next + quota;
      let alive = true;
      const worker = async () => {
        while (alive && next < end) {
          const r = await uploadOnce(url, token, next++);
          if (r) accepted.push(r);
        }
      };
      const workers = Promise.all([worker(), worker(), worker()]);
      if (round < KILLS) {
        // Kill at a random moment once a few uploads are under way.
        const target = next + 2 + Math.floor(Math.random() * Math.max(1, quota - 3));
        while (next < target && next < end) await new Promise((r) => setTimeout(r, 20));
        await new Promise((r) => setTimeout(r, Math.random() * 400));
        alive = false;
        await kill9(child);
      }
      await workers;
      if (round === KILLS) await kill9(child);
    }
    expect(accepted.length).toBeGreaterThan(UPLOADS / 2);

    child = await startChild(location);
    const url = child.url;
    for (const a of accepted) {
      const source = await fetch(`${url}/api/documents/${a.id}/source?version=${a.version}`);
      expect(source.status).toBe(200);
      expect(
        createHash('sha256')
          .update(Buffer.from(await source.arrayBuffer()))
          .digest('hex'),
      ).toBe(a.sha256);
      const report = (await (await fetch(`${url}/api/documents/${a.id}/findings?version=${a.version}`)).json()) as {
        findings: unknown[];
      };
      expect(report.findings).toHaveLength(a.findings);
    }
    // No half-written version anywhere: numbers run 1..n without gaps, each with its findings and review rows.
    const list = (await (await fetch(`${url}/api/documents?pageSize=200`)).json()) as { items: { id: number }[] };
    let versions = 0;
    for (const d of list.items) {
      const v = (await (await fetch(`${url}/api/documents/${d.id}/versions`)).json()) as {
        versions: { number: number; sha256: string; summary: { error: number; warning: number; info: number } }[];
      };
      expect(v.versions.map((x) => x.number)).toEqual(v.versions.map((_, i) => i + 1));
      for (const x of v.versions) {
        const reviews = (await (await fetch(`${url}/api/documents/${d.id}/reviews?version=${x.number}`)).json()) as {
          findings: unknown[];
        };
        expect(reviews.findings.length).toBeGreaterThan(0);
        const source = await fetch(`${url}/api/documents/${d.id}/source?version=${x.number}`);
        expect(
          createHash('sha256')
            .update(Buffer.from(await source.arrayBuffer()))
            .digest('hex'),
        ).toBe(x.sha256);
      }
      versions += v.versions.length;
    }
    expect(versions).toBeGreaterThanOrEqual(accepted.length);
    process.stderr.write(
      `[crash test ${engine.name}] ${UPLOADS} uploads tried, ${accepted.length} got 201, ${versions} versions stored, ${KILLS} kill -9\n`,
    );
  }, 900_000);
});
