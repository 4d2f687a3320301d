// Median times of the writing side: compose the whole disclosure from its numbers (情况说明 included), write the
// fillable template (empty and prefilled), read a filled template back, render the tables as XLSX and read them.
// Inputs: the seed (海东市人社局 2024, Qinghai) and the hand-entered 普陀区财政局 2024 (Shanghai).
// Run: npx tsx bench/narrative.ts
import { performance } from 'node:perf_hooks';
import { readWorkbook, readRenderedXlsx } from '../src/ingest/xlsx/index.js';
import { seedWriterInput } from '../test/fixtures/haidong.js';
import { putuoCzjWriterInput } from '../test/fixtures/putuo-czj.js';
import { composeDisclosure } from '../src/narrative/index.js';
import { renderXlsx, writeTemplate } from '../src/render/xlsx/index.js';

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? NaN;
}

async function time(label: string, runs: number, fn: () => unknown): Promise<void> {
  for (let i = 0; i < Math.min(3, runs); i++) await fn(); // warm up
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    await fn();
    samples.push(performance.now() - t0);
  }
  console.log(`${label.padEnd(44)} median ${median(samples).toFixed(2)} ms  (n=${runs})`);
}

const seed = seedWriterInput();
const czj = putuoCzjWriterInput();
const doc = composeDisclosure(seed);
const filled = await writeTemplate({ layout: 'qinghai', year: 2024, input: seed });
const rendered = await renderXlsx(doc);
console.log(
  `seed: ${doc.tables.length} tables, ${doc.performance.length} 自评表; template ${filled.byteLength} B, rendered ${rendered.byteLength} B`,
);

await time('composeDisclosure (seed, Qinghai)', 200, () => composeDisclosure(seed));
await time('composeDisclosure (普陀区财政局, Shanghai)', 200, () => composeDisclosure(czj));
await time('writeTemplate (empty, Qinghai)', 10, () => writeTemplate({ layout: 'qinghai', year: 2024 }));
await time('writeTemplate (prefilled with the seed)', 10, () =>
  writeTemplate({ layout: 'qinghai', year: 2024, input: seed }),
);
await time('readWorkbook + compose (filled template)', 10, async () =>
  composeDisclosure(await readWorkbook(filled, { file: 'x.xlsx' })),
);
await time('renderXlsx (seed document)', 10, () => renderXlsx(doc));
await time('readRenderedXlsx (seed document)', 10, () => readRenderedXlsx(rendered, { file: 'x.xlsx' }));
console.log(`peak RSS ${(process.memoryUsage().rss / 1048576).toFixed(1)} MiB`);
