// Median time to check the already-parsed seed (target < 5 ms), and its parts.
// Run: npx tsx bench/check.ts
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { extractClaims } from '../src/check/claims/extract.js';
import { checkDisclosure, RULES } from '../src/check/index.js';
import { parseText } from '../src/ingest/text/index.js';

const text = readFileSync(new URL('../samples/haidong-rsj-2024.txt', import.meta.url), 'utf8');
const doc = parseText(text, { file: 'haidong-rsj-2024.txt' });

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? NaN;
}

/**
 * Wall-clock and CPU-time medians. On a shared machine the wall clock also counts the time the process waits for
 * a core; CPU time (process.cpuUsage) counts only the work, so both are printed with the load average.
 */
function time(label: string, runs: number, fn: () => unknown): { wall: number; cpu: number } {
  for (let i = 0; i < 20; i++) fn(); // warm up
  const wall: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < runs; i++) {
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    fn();
    wall.push(performance.now() - t0);
    const c = process.cpuUsage(c0);
    cpu.push((c.user + c.system) / 1000);
  }
  const m = { wall: median(wall), cpu: median(cpu) };
  console.log(
    `${label.padEnd(40)} median ${m.wall.toFixed(3)} ms wall, ${m.cpu.toFixed(3)} ms CPU, min ${Math.min(...wall).toFixed(3)} ms  (n=${runs})`,
  );
  return m;
}

const result = checkDisclosure(doc);
console.log(
  `seed: ${doc.tables.length} tables, ${RULES.length} rules, ${result.findings.length} findings`,
  result.summary,
);
const total = time('checkDisclosure (parsed seed)', 300, () => checkDisclosure(doc));
time('extractClaims (情况说明 → claims)', 300, () => extractClaims(doc));
const claims = extractClaims(doc);
const perRule = RULES.map((r) => {
  const runs = 100;
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    r.run({ doc, claims, options: [] });
    samples.push(performance.now() - t0);
  }
  return [r.meta.id, median(samples)] as const;
});
console.log(`  sum of per-rule medians: ${perRule.reduce((a, [, ms]) => a + ms, 0).toFixed(3)} ms`);
for (const [id, ms] of [...perRule].sort((a, b) => b[1] - a[1]).slice(0, 5))
  console.log(`  slowest rule ${id.padEnd(32)} ${ms.toFixed(3)} ms`);
console.log(
  `load average ${loadavg()
    .map((x) => x.toFixed(2))
    .join(' ')} on ${cpus().length} cores`,
);
const verdict = (ms: number) => (ms < 5 ? 'under' : 'OVER');
console.log(
  `target 5 ms: wall median ${total.wall.toFixed(3)} ms (${verdict(total.wall)}), CPU median ${total.cpu.toFixed(3)} ms (${verdict(total.cpu)})`,
);

// The same check compiled as the build compiles it (esbuild, like scripts/build.js), in a fresh node process: tsx,
// which runs the lines above, wraps every function to keep its name, and its loader shares this heap.
const { build } = await import('esbuild');
const outdir = fileURLToPath(new URL('../.tmp/bench-check/', import.meta.url));
await build({
  absWorkingDir: fileURLToPath(new URL('..', import.meta.url)),
  entryPoints: { 'ingest-text': 'src/ingest/text/index.ts', check: 'src/check/index.ts' },
  outdir,
  ...{ bundle: true, splitting: true, format: 'esm', platform: 'node', packages: 'external' },
});
const dist = pathToFileURL(outdir);
if (existsSync(new URL('check.js', dist))) {
  const script = `
    const { readFileSync } = await import('node:fs');
    const { performance } = await import('node:perf_hooks');
    const { parseText } = await import(${JSON.stringify(new URL('ingest-text.js', dist).href)});
    const { checkDisclosure } = await import(${JSON.stringify(new URL('check.js', dist).href)});
    const doc = parseText(readFileSync(${JSON.stringify(fileURLToPath(new URL('../samples/haidong-rsj-2024.txt', import.meta.url)))}, 'utf8'), { file: 'seed' });
    for (let i = 0; i < 50; i++) checkDisclosure(doc);
    const xs = [];
    for (let i = 0; i < 300; i++) { const t = performance.now(); checkDisclosure(doc); xs.push(performance.now() - t); }
    xs.sort((a, b) => a - b);
    console.log(xs[150].toFixed(3) + ' ' + xs[0].toFixed(3));`;
  const out = execFileSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' }).trim();
  const [med = 'NaN', min = 'NaN'] = out.split(' ');
  console.log(
    `${'checkDisclosure (bundled, node)'.padEnd(40)} median ${med} ms wall, min ${min} ms  (n=300, fresh process)`,
  );
  console.log(`target 5 ms, compiled build: ${verdict(Number(med))}`);
} else {
  console.log('bundled build: failed');
}
rmSync(outdir, { recursive: true, force: true }); // the linters read .tmp/
