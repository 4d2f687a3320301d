// Time to render the whole seed document (parsed 海东市人力资源和社会保障局 2024) to each output format, and to read
// the rendered DOCX back. Target: under 1 s for a full document. PDF needs Debian's chromium (skipped without).
// Run: npx tsx bench/render.ts
import { existsSync, readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { parseDocx } from '../src/ingest/docx/index.js';
import { parseText } from '../src/ingest/text/index.js';
import { renderDocx } from '../src/render/docx/index.js';
import { renderHtml } from '../src/render/html/index.js';
import { chromiumPath, openPdfPrinter, renderPdf } from '../src/render/pdf/index.js';

const text = readFileSync(new URL('../samples/haidong-rsj-2024.txt', import.meta.url), 'utf8');
const doc = parseText(text, { file: 'haidong-rsj-2024.txt' });

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? NaN;
}

async function time(label: string, runs: number, fn: () => unknown): Promise<void> {
  await fn(); // warm up (module loading, JIT)
  const samples: number[] = [];
  let size = 0;
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    const out = await fn();
    samples.push(performance.now() - t0);
    if (typeof out === 'string') size = Buffer.byteLength(out);
    else if (out instanceof Uint8Array) size = out.byteLength;
  }
  const kb = size > 0 ? `  ${(size / 1024).toFixed(0)} KiB` : '';
  console.log(
    `${label.padEnd(30)} median ${median(samples).toFixed(1).padStart(7)} ms  max ${Math.max(...samples)
      .toFixed(1)
      .padStart(7)} ms  (n=${runs})${kb}`,
  );
}

console.log(
  `seed: ${doc.tables.length} tables, ${doc.narrative.length} narrative sections, ${doc.performance.length} 绩效自评表`,
);
await time('JSON (model → JSON)', 20, () => JSON.stringify(doc, null, 2));
await time('renderHtml (model → HTML)', 20, () => renderHtml(doc));
await time('renderDocx (model → DOCX)', 10, () => renderDocx(doc));
const docx = await renderDocx(doc);
await time('parseDocx (DOCX → model)', 10, () => parseDocx(docx, { file: 'seed.docx' }));
if (existsSync(chromiumPath())) {
  await time('renderPdf (cold: start chromium)', 3, () => renderPdf(doc));
  const printer = await openPdfPrinter();
  try {
    await time('PdfPrinter.render (warm chromium)', 5, () => printer.render(doc));
  } finally {
    await printer.close();
  }
} else {
  console.log(`renderPdf: skipped (no chromium at ${chromiumPath()})`);
}
console.log(`peak RSS ${(process.memoryUsage().rss / 1048576).toFixed(1)} MiB`);
