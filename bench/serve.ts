// The server's figures (issue 13), printed, not asserted:
//  1. read endpoints under autocannon on each engine (target ≥ 200 requests/s for 60 s, p99 < 100 ms, 0 errors);
//  2. upload + check of the 25-page Putuo PDF through the API against `juesuan check` on the same file (≤ 1.5×).
// The server runs compiled (`npm run build` first) in a child process, so the load generator does not share its
// event loop. PGlite always; PostgreSQL too when DATABASE_URL is set.
// Run: npm run build && npx tsx bench/serve.ts   (BENCH_SECONDS=60 by default)
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import { addUser } from '../src/server/auth.js';
import { openStore, type StoreLocation } from '../src/store/index.js';
import { ENGINES } from '../test/store-engines.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const BIN = `${ROOT}bin/juesuan.js`;
const PDF = `${ROOT}samples/putuo-czj-2024.pdf`;
const SECONDS = Number(process.env.BENCH_SECONDS ?? 60);
const RUNS = 3;

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? NaN;
}

function serve(location: StoreLocation): Promise<{ child: ChildProcess; url: string }> {
  const args = [BIN, 'serve', '--port', '0'];
  // Throughput, not the per-client rate limit (30000 a minute by default), is measured here.
  const env: NodeJS.ProcessEnv = { ...process.env, JUESUAN_RATE_LIMIT: '100000000' };
  if ('dataDir' in location) {
    args.push('--data', location.dataDir);
    delete env.DATABASE_URL;
  } else env.DATABASE_URL = location.databaseUrl;
  const child = spawn(process.execPath, args, { env, stdio: ['ignore', 'pipe', 'inherit'] });
  return new Promise((resolve, reject) => {
    let out = '';
    child.stdout!.on('data', (d: Buffer) => {
      out += d.toString();
      const m = /服务已启动 (http:\/\/\S+)/.exec(out);
      if (m) resolve({ child, url: m[1]! });
    });
    child.once('exit', (code) => reject(new Error(`server exited (${code})`)));
  });
}

function stop(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
  });
}

async function upload(url: string, token: string, bytes: Uint8Array): Promise<number> {
  const form = new FormData();
  form.append('file', new Blob([bytes]), 'putuo-czj-2024.pdf');
  const t0 = performance.now();
  const res = await fetch(`${url}/api/documents`, {
    method: 'POST',
    body: form,
    headers: { authorization: `Bearer ${token}` },
  });
  if (res.status !== 201) throw new Error(`upload: ${res.status} ${await res.text()}`);
  return performance.now() - t0;
}

console.log(
  `machine: ${cpus().length} cores, load average ${loadavg()
    .map((l) => l.toFixed(1))
    .join(' ')}`,
);

const cli: number[] = [];
for (let i = 0; i < RUNS; i++) {
  const t0 = performance.now();
  execFileSync(process.execPath, [BIN, 'check', PDF, '--format', 'json', '--fail-on', 'never'], { stdio: 'ignore' });
  cli.push(performance.now() - t0);
}
console.log(`CLI  juesuan check putuo-czj-2024.pdf (25 pages): median ${median(cli).toFixed(0)} ms of ${RUNS}`);

for (const engine of ENGINES) {
  const { location, drop } = await engine.create();
  const store = await openStore(location);
  const { token } = await addUser(store, { name: 'bench', role: '管理员' });
  await store.close();
  const t0 = performance.now();
  const { child, url } = await serve(location); // loads samples/ (4 documents) on this first start
  console.log(`\n[${engine.name}] first start with samples loaded: ${((performance.now() - t0) / 1000).toFixed(1)} s`);
  try {
    const bytes = readFileSync(PDF);
    const api: number[] = [];
    for (let i = 0; i < RUNS; i++) api.push(await upload(url, token, bytes));
    console.log(
      `[${engine.name}] API  POST /api/documents putuo-czj-2024.pdf: median ${median(api).toFixed(0)} ms of ${RUNS} → ${(median(api) / median(cli)).toFixed(2)}× the CLI (target ≤ 1.5×)`,
    );
    const result = await autocannon({
      url,
      connections: 10,
      duration: SECONDS,
      requests: [
        { path: '/api/documents' },
        { path: '/api/documents/1' },
        { path: '/api/documents/2/findings' },
        { path: '/api/documents/2/versions' },
        { path: '/api/documents/3/reviews' },
        { path: '/api/organisations' },
      ],
    });
    console.log(
      `[${engine.name}] reads ${SECONDS} s, 10 connections: ${result.requests.average.toFixed(0)} requests/s (total ${result.requests.total}), latency p50 ${result.latency.p50} ms p99 ${result.latency.p99} ms max ${result.latency.max} ms, errors ${result.errors}, timeouts ${result.timeouts}, non-2xx ${result.non2xx}`,
    );
  } finally {
    await stop(child);
    await drop();
  }
}
