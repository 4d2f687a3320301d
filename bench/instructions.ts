// Instructions executed by whole processes (valgrind's callgrind), against the same yardsticks as the timed benches:
// `node -e 0` for start-up and `pdftotext -layout` for a PDF. Unlike seconds, an instruction count does not depend
// on what else the machine is doing (this one is shared by several sessions, where wall-clock ratios swing 2–3×),
// so these ratios can be compared run to run. They are not time ratios: V8's JIT and a C program differ in
// instructions per cycle, and valgrind runs threads one at a time (parallel GC counts as work, not as saved time).
// Needs `npm run build` and valgrind; slow (each process runs ~50× slower under valgrind).
// Run: npx tsx bench/instructions.ts [pdf …]
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { load } from './process-time.js';

/** Instructions of one process and its threads (not of child processes). */
function instructions(cmd: string, args: readonly string[], env: NodeJS.ProcessEnv = process.env): number {
  const r = spawnSync(
    'valgrind',
    ['--tool=callgrind', '--callgrind-out-file=/dev/null', '--smc-check=all', cmd, ...args],
    { encoding: 'utf8', env, maxBuffer: 256 * 1024 * 1024 },
  );
  const m = /I\s+refs:\s+([\d,]+)/.exec(r.stderr ?? '');
  if (!m) throw new Error(`valgrind gave no count for ${cmd} ${args.join(' ')}: ${(r.stderr ?? '').slice(-500)}`);
  return Number((m[1] ?? '').replace(/,/g, ''));
}

const pdfs = process.argv.slice(2);
const cacheDir = mkdtempSync(join(tmpdir(), 'juesuan-bench-cache-'));
const env = { ...process.env, JUESUAN_COMPILE_CACHE_DIR: cacheDir };
const cli = (...args: string[]) => ['bin/juesuan.js', ...args];
const seed = cli('check', 'samples/haidong-rsj-2024.txt', '--fail-on', 'never');
const g = (n: number) => `${(n / 1e9).toFixed(3)} G`;

console.log(`instructions (callgrind), load average ${load()} (does not affect the counts)`);
const node0 = instructions('node', ['-e', '0']);
console.log(`node -e 0                          ${g(node0)}`);
const version = instructions('node', cli('--version'), env);
console.log(
  `juesuan --version                  ${g(version)}  ${(version / node0).toFixed(2)}×  (target ≤ 1.5× in time)`,
);
const cold = instructions('node', seed, env); // no cache yet: compiles, then writes the cache
const warm = instructions('node', seed, env);
const off = instructions('node', seed, { ...env, JUESUAN_NO_COMPILE_CACHE: '1' });
console.log(`check seed text, code cache used   ${g(warm)}  ${(warm / node0).toFixed(2)}×  (target ≤ 2.5× in time)`);
console.log(`check seed text, cache off         ${g(off)}  ${(off / node0).toFixed(2)}×`);
console.log(`check seed text, first run (writes) ${g(cold)}  ${(cold / node0).toFixed(2)}×`);
for (const pdf of pdfs) {
  instructions('node', cli('check', pdf, '--fail-on', 'never'), env); // the first check of a PDF writes its cache
  const check = instructions('node', cli('check', pdf, '--fail-on', 'never'), env);
  const poppler = instructions('pdftotext', ['-layout', pdf, '/dev/null']);
  console.log(
    `check ${pdf.padEnd(40)} ${g(check)}  pdftotext ${g(poppler)}  ${(check / poppler).toFixed(1)}×  (target ≤ 8× in time)`,
  );
}
rmSync(cacheDir, { recursive: true, force: true });
