import { readdir, readFile, stat } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { basename, dirname, join, resolve, sep } from 'node:path';
import { Option, type Command } from 'commander';
import { BatchState, contentHash, type BatchEntry, type BatchFinding } from './batch-state.js';
import {
  checkReportPath,
  failureText,
  REPORT_EXTENSIONS,
  summaryTable,
  typeOf,
  writeBatchReport,
} from './batch-report.js';
import { checkWritableFolder, ensureFolder, writeFileAtomic } from './output-file.js';
import { ExitCode, UsageError, writeOut } from './io.js';
import { msg } from '../model/messages/index.js';

interface BatchOpts {
  readonly jobs?: number;
  readonly out?: string;
  readonly force?: boolean;
  readonly annotate?: string;
}

/** `juesuan batch DIR|FILES… [--jobs N] [--out report.xlsx|csv|json] [--force] [--annotate DIR]`. */
export function registerBatch(program: Command): void {
  program
    .command('batch')
    .description('批量审核：文件夹或多个文件，多线程并行，显示进度；可断点续跑（已审核的文件按内容跳过）')
    .argument('<inputs...>', '文件夹（含子文件夹）或文件')
    .addOption(new Option('-j, --jobs <n>', '并行线程数（默认：CPU 核数）').argParser(positiveInt))
    .option('-o, --out <file>', `汇总报告（${REPORT_EXTENSIONS.join('、')}）；断点续跑的状态文件保存在它旁边`)
    .option('--force', '重新审核已审核过的文件')
    .option('--annotate <dir>', '为每份 PDF 输出标注版：每个问题在其所在页上框出并编号，说明写入批注')
    .action(async (inputs: string[], opts: BatchOpts) => {
      process.exitCode = await runBatch(inputs, opts);
    });
}

function positiveInt(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new UsageError(msg('cli.jobsNotPositive', { value }));
  return n;
}

/**
 * File names as a file manager orders them: numbers by value ("2" before "10"), Chinese by pinyin. Made on first
 * use: building a zh-CN collator takes ~7 ms, which every command would otherwise pay at start-up.
 */
let collator: Intl.Collator | undefined;
const byName = (a: string, b: string): number =>
  (collator ??= new Intl.Collator('zh-CN', { numeric: true })).compare(a, b);

/** How Juesuan's annotated copies end (annotatedNames): the same document with boxes drawn, never checked twice. */
const ANNOTATED = '.标注.pdf';

/**
 * Every file the inputs name: directories are walked (in byName order), files taken as given. The batch's own outputs are
 * left out: its report and state (`exclude`), whatever lies in its folder of annotated copies (`outputFolder`),
 * which may well be inside the folder checked, and annotated copies an earlier batch left anywhere. Files found in
 * a folder that Juesuan cannot read (a .doc, a .zip) are returned apart, so that the batch says it left them.
 */
async function collect(
  inputs: readonly string[],
  exclude: ReadonlySet<string>,
  outputFolder?: string,
): Promise<{ files: string[]; unsupported: string[] }> {
  const inOutput = (path: string) =>
    outputFolder !== undefined && (path === outputFolder || path.startsWith(outputFolder + sep));
  const { importerFor } = await import('../app/import.js');
  const out: string[] = [];
  const unsupported: string[] = [];
  for (const input of inputs) {
    let isDir: boolean;
    try {
      isDir = (await stat(input)).isDirectory();
    } catch {
      throw new UsageError(msg('cli.inputNotFound', { path: input }));
    }
    if (!isDir) {
      out.push(input);
      continue;
    }
    let names: string[];
    try {
      names = (await readdir(input, { recursive: true })).map(String).sort(byName);
    } catch {
      throw new UsageError(msg('cli.folderUnreadable', { path: input }));
    }
    for (const name of names) {
      const path = join(input, name);
      const full = resolve(path);
      if (exclude.has(full) || name.endsWith('.state.json') || inOutput(full) || name.toLowerCase().endsWith(ANNOTATED))
        continue;
      const readable = importerFor(name) !== undefined;
      if (!readable && basename(name).startsWith('.')) continue; // .DS_Store and the like
      // A link to nothing, or a file gone since the listing: a readable kind is kept, to be reported as unreadable.
      const isFile = await stat(path).then(
        (st) => st.isFile(),
        () => readable,
      );
      if (!isFile) continue;
      (readable ? out : unsupported).push(path);
    }
  }
  return { files: [...new Set(out)], unsupported: [...new Set(unsupported)] };
}

/** The files left unchecked, by type: "另有 3 个文件未审核：类型不支持（.doc 2 个、.zip 1 个）……". */
function unsupportedLine(paths: readonly string[], supported: readonly string[], noneChecked: boolean): string {
  const kinds = new Map<string, number>();
  for (const p of paths) {
    const ext = typeOf(p);
    kinds.set(ext, (kinds.get(ext) ?? 0) + 1);
  }
  const list = [...kinds]
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .map(([ext, n]) => `${ext} ${n} 个`)
    .join('、');
  const data = { count: paths.length, kinds: list, supported: supported.join('、') };
  return noneChecked ? msg('cli.batchAllUnsupported', data) : msg('cli.batchUnsupported', data);
}

/** The findings of a `check --format json` report, with the page and box each points to. */
function findingsOf(report: string): BatchFinding[] {
  type Json = {
    findings?: {
      ruleId: string;
      severity: BatchFinding['severity'];
      message: string;
      locations?: { source?: { page?: number; box?: [number, number, number, number] } }[];
    }[];
  };
  const parsed = JSON.parse(report) as Json;
  return (parsed.findings ?? []).map((f) => {
    const source = f.locations?.find((l) => l.source?.page !== undefined)?.source;
    return {
      ruleId: f.ruleId,
      severity: f.severity,
      message: f.message,
      ...(source?.page !== undefined ? { page: source.page } : {}),
      ...(source?.box ? { box: source.box } : {}),
    };
  });
}

async function runBatch(inputs: readonly string[], opts: BatchOpts): Promise<number> {
  const jobs = opts.jobs ?? availableParallelism();
  if (opts.out) checkReportPath(opts.out);
  const statePath = resolve(opts.out ? `${opts.out}.state.json` : 'juesuan-batch.state.json');
  await checkWritableFolder(opts.out ?? statePath);
  if (opts.annotate) await ensureFolder(opts.annotate);
  const exclude = new Set([statePath, ...(opts.out ? [resolve(opts.out)] : [])]);
  const { files, unsupported } = await collect(inputs, exclude, opts.annotate ? resolve(opts.annotate) : undefined);
  const { supportedExtensions } = await import('../app/import.js');
  if (files.length === 0) {
    throw new UsageError(
      unsupported.length > 0 ? unsupportedLine(unsupported, supportedExtensions(), true) : msg('cli.nothingToCheck'),
    );
  }
  const left = unsupported.length > 0 ? unsupportedLine(unsupported, supportedExtensions(), false) : '';
  const state = await BatchState.open(statePath);
  const [{ createWorkerPool }, { Listr, ListrLogger, ProcessOutput }] = await Promise.all([
    import('../jobs/pool.js'),
    import('listr2'),
  ]);
  const pool = createWorkerPool({ threads: Math.min(jobs, files.length) });
  const entries: (BatchEntry | undefined)[] = files.map(() => undefined);
  const skipped = new Set<string>();
  const marked = opts.annotate ? annotatedNames(files) : undefined;
  const progress = progressOf(files.length);
  // Progress goes to stderr: stdout carries the summary table.
  const logger = new ListrLogger({ processOutput: new ProcessOutput(process.stderr, process.stderr) });
  const list = new Listr(
    files.map((file, i) => ({
      title: file,
      task: async (_ctx: unknown, task: { title: string; skip: (message?: string) => void }) => {
        const name = marked?.get(file); // PDFs only
        const out = opts.annotate && name ? join(opts.annotate, name) : undefined;
        const entry = await checkOne(file, opts.force === true ? undefined : state, pool, out !== undefined);
        entries[i] = entry.entry;
        if (entry.skipped) {
          skipped.add(file);
          // Checked by an earlier run, perhaps without --annotate: drawn from the findings it kept.
          if (out && entry.bytes && !(await exists(out))) await annotate(out, entry.bytes, entry.entry);
          task.skip(`${progress(false)}${file}：已审核过（内容未变），跳过`);
          return;
        }
        await state.record(entry.entry);
        if (entry.entry.status === 'failed') throw new Error(`${progress(true)}${failureText(entry.entry)}`);
        if (out && entry.bytes) await annotate(out, entry.bytes, entry.entry);
        const s = entry.entry.summary;
        task.title = `${progress(true)}${file}：错误 ${s?.error ?? 0}，警告 ${s?.warning ?? 0}，提示 ${s?.info ?? 0}（${entry.entry.seconds.toFixed(1)} 秒）`;
      },
    })),
    {
      // One file more than threads: the next file is read and waiting in the pool's queue when a thread finishes
      // (started only then, a thread sat idle for a tenth of a batch while the main thread saved and read).
      concurrent: jobs + 1,
      exitOnError: false,
      // A line per file as it starts and ends, in a terminal too: listr2's live renderer redraws every task at every
      // change, which made a terminal batch of 100 small files take 12 s instead of 3 s, and 300 take five minutes.
      renderer: 'simple',
      rendererOptions: { logger },
    },
  );
  try {
    await list.run();
  } finally {
    await pool.close();
  }
  const done = entries.filter((e): e is BatchEntry => e !== undefined);
  await writeOut(summaryTable(done, skipped) + (left ? `\n${left}\n` : ''));
  if (opts.out) await writeBatchReport(opts.out, done, skipped, unsupported);
  if (done.some((e) => e.status === 'failed') || done.length < files.length) return ExitCode.Unreadable;
  return done.some((e) => (e.summary?.error ?? 0) > 0) ? ExitCode.Findings : ExitCode.Ok;
}

/**
 * "［37/300，约剩 2 分 10 秒］": the files finished so far and, once three have been checked, the time left at the
 * rate of the files checked (not of those skipped, which take no time).
 */
export function progressOf(total: number, now = () => performance.now()): (checked: boolean) => string {
  const started = now();
  let finished = 0;
  let checked = 0;
  return (wasChecked) => {
    finished++;
    if (wasChecked) checked++;
    const left = total - finished;
    const perFile = (now() - started) / 1000 / Math.max(1, checked);
    const eta = checked >= 3 && left > 0 ? `，约剩 ${duration(left * perFile)}` : '';
    return `［${finished}/${total}${eta}］`;
  };
}

function duration(seconds: number): string {
  const s = Math.ceil(seconds);
  return s < 60 ? `${s} 秒` : `${Math.floor(s / 60)} 分 ${s % 60} 秒`;
}

type Pool = ReturnType<(typeof import('../jobs/pool.js'))['createWorkerPool']>;

/**
 * Imports and checks one file in the pool, unless the state already holds a result for the same bytes. The pool
 * takes the bytes it is given; `keep`: hand it a copy, and return the bytes (to annotate).
 */
async function checkOne(
  file: string,
  state: BatchState | undefined,
  pool: Pool,
  keep: boolean,
): Promise<{ entry: BatchEntry; skipped: boolean; bytes?: Uint8Array }> {
  const started = performance.now();
  const seconds = () => (performance.now() - started) / 1000;
  let bytes: Uint8Array;
  try {
    const read = await readFile(file);
    bytes = new Uint8Array(read.buffer, read.byteOffset, read.byteLength);
  } catch {
    return {
      entry: { file, hash: '', status: 'failed', seconds: seconds(), reason: msg('ingest.fileUnreadable') },
      skipped: false,
    };
  }
  const hash = contentHash(bytes);
  const earlier = state?.done(hash);
  if (earlier) return { entry: { ...earlier, file }, skipped: true, ...(keep ? { bytes } : {}) };
  try {
    const { checked: processed, seconds: inThread } = await pool.check(keep ? bytes.slice() : bytes, basename(file));
    const entry: BatchEntry = {
      file,
      hash,
      status: 'ok',
      seconds: inThread,
      name: processed.meta.name,
      summary: processed.summary,
      findings: findingsOf(processed.report),
    };
    return keep ? { entry, skipped: false, bytes } : { entry, skipped: false };
  } catch (e) {
    const reason = e instanceof Error ? e.message : String(e);
    return { entry: { file, hash, status: 'failed', seconds: seconds(), reason }, skipped: false };
  }
}

/** The annotated copy of a checked PDF, into the folder made before the batch started (ensureFolder). */
async function annotate(out: string, bytes: Uint8Array, entry: BatchEntry): Promise<void> {
  const { annotatePdf } = await import('../app/annotate.js');
  await writeFileAtomic(out, await annotatePdf(bytes, entry.findings ?? []));
}

const exists = (path: string) =>
  stat(path).then(
    () => true,
    () => false,
  );

/**
 * The annotated copy's name for each PDF: `名称.标注.pdf`. A region's folders often hold files of the same name
 * (every unit's "2024年部门决算.pdf"), which would overwrite each other: those take their folder's name in front,
 * and a number after when that is not enough. Other formats have no pages to draw on.
 */
export function annotatedNames(files: readonly string[]): Map<string, string> {
  const pdfs = files.filter((f) => /\.pdf$/i.test(f));
  const key = (name: string) => name.toLowerCase();
  const count = new Map<string, number>();
  for (const f of pdfs) count.set(key(basename(f)), (count.get(key(basename(f))) ?? 0) + 1);
  const taken = new Set<string>();
  const names = new Map<string, string>();
  for (const f of pdfs) {
    const stem = basename(f).replace(/\.pdf$/i, '');
    const first = (count.get(key(basename(f))) ?? 0) > 1 ? `${basename(dirname(resolve(f)))}-${stem}` : stem;
    let name = first;
    for (let n = 2; taken.has(key(name)); n++) name = `${first}-${n}`;
    taken.add(key(name));
    names.set(f, `${name}${ANNOTATED}`);
  }
  return names;
}
