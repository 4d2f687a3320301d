// Median time to read the seed text into the model, and to serialise it as JSON and CSV.
// Run: npx tsx bench/parse.ts
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { parseText } from '../src/ingest/text/index.js';
import { renderTidyCsv } from '../src/render/csv.js';

const text = readFileSync(new URL('../samples/haidong-rsj-2024.txt', import.meta.url), 'utf8');

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? NaN;
}

function time(label: string, runs: number, fn: () => unknown): void {
  for (let i = 0; i < 20; i++) fn(); // warm up
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    fn();
    samples.push(performance.now() - t0);
  }
  console.log(`${label.padEnd(34)} median ${median(samples).toFixed(3)} ms  (n=${runs})`);
}

const doc = parseText(text, { file: 'haidong-rsj-2024.txt' });
console.log(`seed: ${text.length} chars, ${text.split('\n').length} lines, ${doc.tables.length} tables`);
time('parseText (seed → model)', 200, () => parseText(text, { file: 'haidong-rsj-2024.txt' }));
time('JSON.stringify (model → JSON)', 200, () => JSON.stringify(doc));
time('renderTidyCsv (model → CSV)', 200, () => renderTidyCsv(doc));
console.log(`peak RSS ${(process.memoryUsage().rss / 1048576).toFixed(1)} MiB`);
