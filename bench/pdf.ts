// PDF import benchmark: for each sample PDF, the whole pipeline (PDF → model → all checks) warm and in a fresh
// process, peak RSS, and — measured in the same run — `pdftotext -layout` on the same file.
// Run: npx tsx bench/pdf.ts [runs]        (one file in a fresh process: npx tsx bench/pdf.ts --once FILE)
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { checkDisclosure } from '../src/check/index.js';
import { parsePdf } from '../src/ingest/pdf/index.js';
import { openPdf } from '../src/ingest/pdf/extract.js';

const SAMPLES = ['putuo-czj-2024.pdf', 'putuo-ghzyj-2024.pdf', 'shanghai-template-2024.pdf'];
const samplePath = (name: string) => fileURLToPath(new URL(`../samples/${name}`, import.meta.url));

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? NaN;
}

async function pipeline(bytes: Uint8Array, file: string): Promise<{ parse: number; check: number }> {
  const t0 = performance.now();
  const doc = await parsePdf(bytes, { file });
  const t1 = performance.now();
  checkDisclosure(doc);
  const t2 = performance.now();
  return { parse: t1 - t0, check: t2 - t1 };
}

/** The engine alone (PDFium): open, then text and rules of every page (what the importer asks of it). */
async function engineOnly(bytes: Uint8Array): Promise<number> {
  const t0 = performance.now();
  const pdf = await openPdf(bytes, 'bench.pdf');
  for (let n = 1; n <= pdf.pageCount; n++) pdf.readPage(n);
  pdf.close();
  return performance.now() - t0;
}

const peakMiB = () => process.resourceUsage().maxRSS / 1024;

if (process.argv[2] === '--once') {
  // Fresh-process mode: one run, report the in-process time and the peak RSS as JSON for the parent.
  const file = process.argv[3] ?? '';
  const r = await pipeline(readFileSync(file), file);
  console.log(JSON.stringify({ ms: r.parse + r.check, peakMiB: peakMiB() }));
  process.exit(0);
}

const runs = Number(process.argv[2] ?? 5);
const havePdftotext = spawnSync('pdftotext', ['-v']).error === undefined;
const self = fileURLToPath(import.meta.url);
console.log(`PDF → model → checks (src/check), median of ${runs} runs; Node ${process.version}`);
if (!havePdftotext) console.log('（未安装 poppler-utils：跳过 pdftotext 一栏）');
console.log(
  [
    'file'.padEnd(28),
    'pages',
    'warm ms',
    '(parse',
    'check)',
    'of which PDFium',
    'fresh ms',
    'fresh wall',
    'fresh peak',
    'pdftotext',
    'ratio',
  ].join('  '),
);
for (const name of SAMPLES) {
  const path = samplePath(name);
  const bytes = readFileSync(path);
  const pdf = await openPdf(bytes, name);
  const pages = pdf.pageCount;
  pdf.close();
  await pipeline(bytes, name); // warm-up (module loading, JIT)
  const warm: { parse: number; check: number }[] = [];
  for (let i = 0; i < runs; i++) warm.push(await pipeline(bytes, name));
  const engine: number[] = [];
  for (let i = 0; i < runs; i++) engine.push(await engineOnly(bytes));
  const fresh: number[] = [];
  const freshWall: number[] = [];
  let freshPeak = 0;
  for (let i = 0; i < Math.min(runs, 5); i++) {
    const t0 = performance.now();
    const child = spawnSync(process.execPath, [...process.execArgv, self, '--once', path], { encoding: 'utf8' });
    freshWall.push(performance.now() - t0);
    const line = child.stdout.trim().split('\n').pop() ?? '{}';
    const r = JSON.parse(line) as { ms: number; peakMiB: number };
    fresh.push(r.ms);
    freshPeak = Math.max(freshPeak, r.peakMiB);
  }
  const pdftotext: number[] = [];
  if (havePdftotext) {
    for (let i = 0; i < runs; i++) {
      const t0 = performance.now();
      spawnSync('pdftotext', ['-layout', path, '-'], { encoding: 'utf8' });
      pdftotext.push(performance.now() - t0);
    }
  }
  const w = median(warm.map((x) => x.parse + x.check));
  const p = havePdftotext ? median(pdftotext) : NaN;
  console.log(
    [
      name.padEnd(28),
      String(pages).padStart(5),
      w.toFixed(0).padStart(7),
      median(warm.map((x) => x.parse))
        .toFixed(0)
        .padStart(6),
      median(warm.map((x) => x.check))
        .toFixed(0)
        .padStart(6),
      median(engine).toFixed(0).padStart(15),
      median(fresh).toFixed(0).padStart(8),
      median(freshWall).toFixed(0).padStart(10),
      `${freshPeak.toFixed(0)} MiB`.padStart(10),
      (havePdftotext ? p.toFixed(0) : '—').padStart(9),
      (havePdftotext ? `${(w / p).toFixed(1)}×` : '—').padStart(5),
    ].join('  '),
  );
}
console.log(`warm process peak RSS ${peakMiB().toFixed(0)} MiB`);
console.log(
  'fresh ms: the pipeline timed inside a new process (cold JIT, modules loaded through tsx); fresh wall: spawn to exit.',
);
