// The installed command (bin/juesuan.js over the built bundle, dist/cli/main.cjs) as a user runs it: a fresh
// process, through V8's code cache. The cache must never change an answer: not when it is written, not when it is
// used, not when it is corrupt, stale or cannot be written.
import { isAscii } from 'node:buffer';
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const run = promisify(execFile);
const built = existsSync('dist/cli/main.cjs');
let cacheDir = '';

async function juesuan(args: string[], env: Record<string, string> = {}) {
  try {
    const r = await run(process.execPath, ['bin/juesuan.js', ...args], {
      env: { ...process.env, JUESUAN_COMPILE_CACHE_DIR: cacheDir, ...env },
      maxBuffer: 64 * 1024 * 1024,
    });
    return { code: 0, stdout: r.stdout, stderr: r.stderr };
  } catch (e) {
    const x = e as { code?: number; stdout?: string; stderr?: string };
    return { code: x.code ?? -1, stdout: x.stdout ?? '', stderr: x.stderr ?? '' };
  }
}

const findings = (json: string) =>
  (JSON.parse(json) as { findings: { ruleId: string; message: string }[] }).findings.map(
    (f) => `${f.ruleId} ${f.message}`,
  );

// Fresh processes: minutes on a loaded machine, a few seconds idle.
describe.skipIf(!built)('bin/juesuan.js (the built CLI, fresh processes)', { timeout: 300_000 }, () => {
  beforeAll(() => {
    cacheDir = mkdtempSync(join(tmpdir(), 'juesuan-bin-test-'));
  });
  afterAll(() => rmSync(cacheDir, { recursive: true, force: true }));

  const seed = ['check', 'samples/haidong-rsj-2024.txt', '--format', 'json', '--fail-on', 'never'];

  it('runs bundles written in ASCII (read as latin1, without decoding UTF-8), already in the CommonJS wrapper', () => {
    for (const bundle of ['dist/cli/main.cjs', 'dist/jobs/worker.cjs', 'dist/cli/pdfium.cjs']) {
      const bytes = readFileSync(bundle);
      expect(isAscii(bytes)).toBe(true);
      expect(
        bytes.toString('latin1').startsWith('(function (exports, require, module, __filename, __dirname) { '),
      ).toBe(true);
    }
  });

  it('checks the seed the same without a cache, writing one, and with it', async () => {
    const cold = await juesuan(seed);
    expect(cold.code, cold.stderr).toBe(0);
    expect(readdirSync(cacheDir).filter((f) => f.endsWith('.bin'))).toHaveLength(1);
    const warm = await juesuan(seed);
    expect(warm.code, warm.stderr).toBe(0);
    expect(findings(warm.stdout)).toEqual(findings(cold.stdout));
    expect(findings(cold.stdout).filter((f) => f.startsWith('sum/')).length).toBeGreaterThan(0);
    const off = await juesuan(seed, { JUESUAN_NO_COMPILE_CACHE: '1' });
    expect(findings(off.stdout)).toEqual(findings(cold.stdout));
  });

  it('ignores a corrupt cache and replaces it', async () => {
    await juesuan(seed);
    const [file] = readdirSync(cacheDir).filter((f) => f.endsWith('.bin'));
    expect(file).toBeDefined();
    writeFileSync(join(cacheDir, file as string), 'not a V8 code cache');
    const r = await juesuan(seed);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toBe('');
    expect(findings(r.stdout).length).toBeGreaterThan(10);
    expect(readFileSync(join(cacheDir, file as string)).length).toBeGreaterThan(10_000);
  });

  it('runs when the cache cannot be written', async () => {
    const file = join(cacheDir, 'a-file');
    writeFileSync(file, '');
    const r = await juesuan(seed, { JUESUAN_COMPILE_CACHE_DIR: join(file, 'cache') });
    expect(r.code, r.stderr).toBe(0);
    expect(findings(r.stdout).length).toBeGreaterThan(10);
  });

  it('reads a PDF, PDFium’s glue through a cache of its own, and reports a usage error in Chinese with exit code 2', async () => {
    const czj = ['check', 'samples/putuo-czj-2024.pdf', '--format', 'json', '--fail-on', 'never'];
    const pdf = await juesuan(czj);
    expect(pdf.code, pdf.stderr).toBe(0);
    expect(findings(pdf.stdout).length).toBeGreaterThan(0);
    const glue = () => readdirSync(cacheDir).filter((f) => f.startsWith('check.pdf_pdfium-') && f.endsWith('.bin'));
    expect(glue()).toHaveLength(1);
    const again = await juesuan(czj);
    expect(findings(again.stdout)).toEqual(findings(pdf.stdout));
    expect(glue()).toHaveLength(1);
    const bad = await juesuan(['check']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/[\u4e00-\u9fff]/);
    expect(bad.stderr).not.toMatch(/at .*\.cjs:\d+/);
  });

  it('batch-checks in worker threads (the bundled worker, through its cache) exactly as check does', async () => {
    const out = join(cacheDir, 'batch.json');
    const files = ['samples/putuo-czj-2024.pdf', 'samples/haidong-rsj-2024.txt'];
    for (let round = 0; round < 2; round++) {
      const r = await juesuan(['batch', ...files, '--jobs', '2', '--force', '--out', out]);
      expect(r.code, r.stderr).toBe(1); // both documents have errors
      const report = JSON.parse(readFileSync(out, 'utf8')) as {
        documents: { file: string; status: string; findings: { ruleId: string; message: string }[] }[];
      };
      for (const file of files) {
        const doc = report.documents.find((d) => d.file === file);
        expect(doc?.status).toBe('ok');
        const single = await juesuan(['check', file, '--format', 'json', '--fail-on', 'never']);
        expect(doc?.findings.map((f) => `${f.ruleId} ${f.message}`).sort()).toEqual(findings(single.stdout).sort());
      }
    }
  });
});
