import { basename, dirname, extname } from 'node:path';
import type { BatchEntry } from './batch-state.js';
import { UsageError } from './io.js';
import { writeFileAtomic } from './output-file.js';
import { msg } from '../model/messages/index.js';

export const REPORT_EXTENSIONS = ['.xlsx', '.csv', '.json'] as const;

const STATUS = { ok: '完成', failed: '失败' } as const;
const SEVERITY = { error: '错误', warning: '警告', info: '提示' } as const;

/** Columns as a terminal shows them: CJK characters take two cells. */
function cells(s: string): number {
  let n = 0;
  for (const ch of s) n += /[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\u3000-\u303f]/.test(ch) ? 2 : 1;
  return n;
}

function pad(s: string, width: number, right = false): string {
  const fill = ' '.repeat(Math.max(0, width - cells(s)));
  return right ? fill + s : s + fill;
}

/**
 * The summary table per document (errors, warnings, info, time), then the failures with their reasons. `skipped`:
 * the files (not contents: two copies of one file are two files) whose result an earlier run gave.
 */
export function summaryTable(entries: readonly BatchEntry[], skipped: ReadonlySet<string>): string {
  const head = ['文件', '状态', '错误', '警告', '提示', '用时'];
  const rows = entries.map((e) => [
    e.file,
    skipped.has(e.file) ? '已审核（跳过）' : STATUS[e.status],
    String(e.summary?.error ?? '—'),
    String(e.summary?.warning ?? '—'),
    String(e.summary?.info ?? '—'),
    `${e.seconds.toFixed(1)} 秒`,
  ]);
  const widths = head.map((h, i) => Math.max(cells(h), ...rows.map((r) => cells(r[i] ?? ''))));
  const line = (r: readonly string[]) => r.map((c, i) => pad(c, widths[i] ?? 0, i >= 2)).join('  ');
  const out = [line(head), widths.map((w) => '─'.repeat(w)).join('  '), ...rows.map(line)];
  const ok = entries.filter((e) => e.status === 'ok');
  const total = (k: 'error' | 'warning' | 'info') => ok.reduce((n, e) => n + (e.summary?.[k] ?? 0), 0);
  out.push(
    '',
    `共 ${entries.length} 个文件：完成 ${ok.length} 个（其中跳过 ${skipped.size} 个），失败 ${entries.length - ok.length} 个；` +
      `错误 ${total('error')}，警告 ${total('warning')}，提示 ${total('info')}`,
  );
  const failed = entries.filter((e) => e.status === 'failed');
  if (failed.length > 0) out.push('', '失败的文件：', ...failed.map((e) => `  ${failureText(e)}`));
  return out.join('\n') + '\n';
}

/** The reason a file failed, naming the file once (an import error already starts with its name). */
export function failureText(e: BatchEntry): string {
  const reason = e.reason ?? '未知原因';
  return reason.startsWith(basename(e.file))
    ? `${dirname(e.file)}/${reason}`.replace(/^\.\//, '')
    : `${e.file}：${reason}`;
}

const DOC_HEAD = ['文件', '单位', '状态', '错误', '警告', '提示', '用时（秒）', '原因', 'SHA-256'];

function documentRow(e: BatchEntry, skipped: ReadonlySet<string>): (string | number)[] {
  return [
    e.file,
    e.name ?? '',
    skipped.has(e.file) ? '已审核（跳过）' : STATUS[e.status],
    e.summary?.error ?? '',
    e.summary?.warning ?? '',
    e.summary?.info ?? '',
    Number(e.seconds.toFixed(2)),
    e.reason ?? '',
    e.hash,
  ];
}

const FINDING_HEAD = ['文件', '级别', '规则', '页', '说明'];

function findingRows(entries: readonly BatchEntry[]): (string | number)[][] {
  return entries.flatMap((e) =>
    (e.findings ?? []).map((f) => [e.file, SEVERITY[f.severity], f.ruleId, f.page ?? '', f.message]),
  );
}

function csvCell(v: string | number): string {
  const s = String(v);
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** A file's type as the batch names one it cannot read: its extension in lower case, or 无扩展名. */
export function typeOf(path: string): string {
  return extname(path).toLowerCase() || msg('ingest.noExtension');
}

/** Refuses a report file of a kind the batch cannot write, before the batch starts rather than after it ran. */
export function checkReportPath(path: string): void {
  const ext = extname(path).toLowerCase();
  if (!(REPORT_EXTENSIONS as readonly string[]).includes(ext)) {
    throw new UsageError(msg('cli.reportExtension', { extensions: REPORT_EXTENSIONS.join('、'), path }));
  }
}

/**
 * The batch report: .json (everything), .csv (one row per document), .xlsx (documents and findings), written whole
 * or not at all (a Chinese error names it when it cannot be written). `unsupported`:
 * files found in the folders checked that are of no type Juesuan reads (JSON: `unsupported`; XLSX: a sheet of
 * their own; the CSV is one row per document checked).
 */
export async function writeBatchReport(
  path: string,
  entries: readonly BatchEntry[],
  skipped: ReadonlySet<string>,
  unsupported: readonly string[] = [],
): Promise<void> {
  checkReportPath(path);
  const ext = extname(path).toLowerCase();
  if (ext === '.json') {
    const documents = entries.map((e) => ({ ...e, skipped: skipped.has(e.file) }));
    await writeFileAtomic(path, JSON.stringify({ documents, unsupported }, null, 2) + '\n');
  } else if (ext === '.csv') {
    const rows = [DOC_HEAD, ...entries.map((e) => documentRow(e, skipped))];
    // A BOM so that Excel opens the Chinese text as UTF-8.
    await writeFileAtomic(path, '\ufeff' + rows.map((r) => r.map(csvCell).join(',')).join('\r\n') + '\r\n');
  } else {
    const { default: ExcelJS } = await import('exceljs');
    const book = new ExcelJS.Workbook();
    const docs = book.addWorksheet('汇总');
    docs.addRows([DOC_HEAD, ...entries.map((e) => documentRow(e, skipped))]);
    const findings = book.addWorksheet('问题');
    findings.addRows([FINDING_HEAD, ...findingRows(entries)]);
    const sheets = [docs, findings];
    if (unsupported.length > 0) {
      const left = book.addWorksheet('未审核的文件');
      left.addRows([['文件', '原因'], ...unsupported.map((f) => [f, msg('cli.unsupportedType', { ext: typeOf(f) })])]);
      sheets.push(left);
    }
    for (const sheet of sheets) {
      sheet.getRow(1).font = { bold: true };
      sheet.views = [{ state: 'frozen', ySplit: 1 }];
    }
    await writeFileAtomic(path, new Uint8Array(await book.xlsx.writeBuffer()));
  }
}
