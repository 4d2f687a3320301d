// Long fuzzing run of every importer: mutated samples and made-up bytes; prints cases run and failures per importer.
// Run: npx tsx bench/fuzz.ts [runs per importer, default 300; PDF a tenth] [seed]
import { corpus, fuzz, type Target } from '../test/fuzz/harness.js';

const runs = Number(process.argv[2] ?? 300);
const seed = process.argv[3] !== undefined ? Number(process.argv[3]) : Date.now() % 1_000_000;
const { arbitraries } = await corpus();
const targets: Target[] = ['text', 'json', 'xlsx', 'docx', 'html', 'pdf'];
let failed = 0;
console.log(`fuzz: seed ${seed}, ${runs} runs per importer (pdf ${Math.max(1, Math.round(runs / 10))})`);
for (const target of targets) {
  const n = target === 'pdf' ? Math.max(1, Math.round(runs / 10)) : runs;
  const started = performance.now();
  const r = await fuzz(target, arbitraries[target], n, seed);
  const s = ((performance.now() - started) / 1000).toFixed(1);
  console.log(
    `${target.padEnd(5)} ${String(r.runs).padStart(5)} cases  ${String(r.accepted).padStart(5)} read  ` +
      `${String(r.refused).padStart(5)} refused  ${String(r.failures.length).padStart(3)} failures  ${s} s  ` +
      `rss ${Math.round(process.memoryUsage().rss / 1024 / 1024)} MB`,
  );
  for (const f of r.failures.slice(0, 5)) console.log(`      ${f.kind}: ${f.detail}`);
  failed += r.failures.length;
}
process.exitCode = failed > 0 ? 1 : 0;
