// How fast a PDF that is not a disclosure is refused: the first pass reads only the first pages' text.
// The non-disclosure is generated here with pdf-lib: two pages of a real sample's prose (its 主要职能 and 单位构成
// pages: Chinese, no cover, no 目录, no table) followed by 38 pages of Latin text, so that reading it whole would
// take seconds. For comparison, the time to read a whole real disclosure.
// Run: npx tsx bench/refuse.ts [runs]
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import { parsePdf } from '../src/ingest/pdf/index.js';

const samplePath = (name: string) => fileURLToPath(new URL(`../samples/${name}`, import.meta.url));
const runs = Number(process.argv[2] ?? 5);

/** Pages 3–4 of putuo-czj-2024.pdf (主要职能, 单位构成), then 38 pages of Latin prose with ruled boxes. */
async function nonDisclosure(): Promise<Uint8Array> {
  const src = await PDFDocument.load(readFileSync(samplePath('putuo-czj-2024.pdf')));
  const out = await PDFDocument.create();
  for (const p of await out.copyPages(src, [2, 3])) out.addPage(p);
  const font = await out.embedFont(StandardFonts.Helvetica);
  for (let n = 3; n <= 40; n++) {
    const page = out.addPage([595, 842]);
    for (let y = 780; y > 80; y -= 16) {
      page.drawText(`Page ${n}: minutes of the meeting, item ${y}, figures 1,234.56 and 7.89 recorded.`, {
        x: 60,
        y,
        size: 10,
        font,
      });
      page.drawLine({ start: { x: 55, y: y - 4 }, end: { x: 540, y: y - 4 }, thickness: 0.5 });
    }
  }
  return out.save();
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? NaN;
}

const bytes = await nonDisclosure();
const times: number[] = [];
let message = '';
for (let i = 0; i < runs + 1; i++) {
  const t0 = performance.now();
  try {
    await parsePdf(bytes, { file: 'not-a-disclosure.pdf' });
    message = '（未被拒绝！）';
  } catch (e) {
    message = e instanceof Error ? e.message : String(e);
  }
  if (i > 0) times.push(performance.now() - t0); // the first run loads pdf.js
}
console.log(
  `non-disclosure (40 pages, ${(bytes.length / 1024).toFixed(0)} KB): refused in ${median(times).toFixed(0)} ms median of ${runs} (warm)`,
);
console.log(`  message: ${message}`);
const whole = readFileSync(samplePath('putuo-czj-2024.pdf'));
const t0 = performance.now();
await parsePdf(whole, { file: 'putuo-czj-2024.pdf' });
console.log(`for comparison, putuo-czj-2024.pdf (25 pages) read whole in ${(performance.now() - t0).toFixed(0)} ms`);
