#!/usr/bin/env node
// The CLI is compiled to dist/ by `npm run build` (run automatically on `npm install`). CommonJS (bin/package.json):
// an ES-module entry would cost every process its loader (~8 ms of a 100 ms `node -e 0`).
'use strict';
const INTERRUPT_BUDGET = 4 * 132 * 1024;
const ONE_PDF_WASM_TIERING_BUDGET = 50_000_000; // V8's default: 1,800,000
const ONE_SHOT_SEMI_SPACE_GROWTH = 1; // V8's default: 2
const args = process.argv.slice(2);
if (args.length === 1 && (args[0] === '--version' || args[0] === '-v')) {
  // Answered before commander and the commands are loaded (start-up is most of its time).
  process.stdout.write(`${require('../dist/cli/version.cjs').VERSION}\n`);
} else {
  const { loadBundle } = require('./load-bundle.js');
  // The command and the kind of its first input (check.pdf, check.txt, batch, serve…): each its own code cache.
  const [command = '', ...rest] = args;
  const input = rest.find((a) => !a.startsWith('-')) ?? '';
  const kind = /\.([a-z0-9]{1,5})$/i.exec(input)?.[1]?.toLowerCase() ?? '';
  const pdf = command === 'batch' || (kind === 'pdf' && command !== 'serve');
  const longRunning = command === 'serve' || command === 'batch';
  const help = command === '' || command === 'help' || args.includes('--help') || args.includes('-h');
  // V8 flags, set before a bundle is compiled (V8 keys code caches by its flags; the pool's worker threads share
  // them). Not for help, which would pay more for loading node:v8 (~4 ms) than they save.
  // - V8 optimises a function once it has run ~132 KB of bytecode. Reading a document runs hundreds of functions
  //   just past that and never again: TurboFan spent ~3 s of CPU per 48 PDFs of a batch on them (--trace-opt), on
  //   the core a second worker needs. Four times the budget leaves that to the functions that stay hot (4–6% off a
  //   seed check or an Excel render too).
  // - A command that reads one PDF and exits does not keep PDFium's wasm for long: at V8's default tiering budget
  //   its hot functions are recompiled by TurboFan on background threads, mostly after the document has been read
  //   (~3,000 pages of fresh memory and a fifth of the CPU of a 25-page check). A budget 28 times the default leaves
  //   that to the functions that run long: 10% off a fresh check of each sample, the same on one of 172 pages.
  // - A command that exits keeps V8's young generation at its first size (1 MiB semi-spaces). At the default growth
  //   factor it doubles towards 16 MiB as a run's objects survive their first scavenges, and every page it grows
  //   into is fresh memory, ~12 µs a page on a virtual machine: 1,200 of a seed check's 7,400 page faults and 4–6%
  //   of its time; up to 8% of a PDF check, 8–10% of a Word or Excel render.
  // `batch` and `serve` read many documents per thread, for long, and keep V8's defaults for the last two.
  if (!help) {
    const flags = [`--interrupt-budget=${INTERRUPT_BUDGET}`];
    if (pdf && !longRunning) flags.push(`--wasm-tiering-budget=${ONE_PDF_WASM_TIERING_BUDGET}`);
    if (!longRunning) flags.push(`--semi-space-growth-factor=${ONE_SHOT_SEMI_SPACE_GROWTH}`);
    require('node:v8').setFlagsFromString(flags.join(' '));
  }
  if (pdf) compilePdfiumEarly();
  const cli = loadBundle('../dist/cli/main.cjs', /^[a-z]+$/.test(command) ? `${command}.${kind}` : '');
  cli.exports.main(process.argv).then((code) => {
    process.exitCode = code;
    cli.saveCache();
  });
}

/**
 * Starts compiling PDFium's wasm (src/ingest/pdf/pdfium.ts takes the promise): V8 compiles it on background threads
 * while this thread loads the CLI, rather than once the CLI has loaded. A failure is left to that module, which
 * compiles again and reports it.
 */
function compilePdfiumEarly() {
  try {
    const wasm = require('node:fs').readFileSync(require.resolve('@embedpdf/pdfium/pdfium.wasm'));
    const compiling = WebAssembly.compile(wasm);
    compiling.catch(() => undefined);
    globalThis[Symbol.for('juesuan.pdfium.wasm')] = compiling;
  } catch {
    // not installed or unreadable: the importer says so in Chinese when it needs PDFium
  }
}
