import type { Finding } from '../../model/finding.js';
import type { PerformanceEvaluation } from '../../model/performance.js';
import type { SourceRef } from '../../model/source.js';
import { IngestError } from '../errors.js';
import type { TextLine as TextRow } from '../text/lines.js';
import { readPerformanceTable } from '../text/performance.js';
import { rowBox, type PageRow } from './table-rows.js';
import type { TextLine } from './words.js';

export const PERF_TITLE = /^项目支出绩效(自)?评表$/;
export const YEAR_LINE = /^[（(]\d{4}年度?[)）]$/;

export interface PerfBlock {
  title: string;
  line: TextLine;
  heading: string | undefined;
  width: number;
  rows: PageRow[];
}

/**
 * 项目支出绩效自评表 (where a document has them): the grid rows are handed to the reader of the text importer as the
 * tab-separated rows it knows, then every source is pointed back at the page and box of its grid row.
 */
export function readPerformance(
  blocks: readonly PerfBlock[],
  file: string,
  diagnostics: Finding[],
): PerformanceEvaluation[] {
  const out: PerformanceEvaluation[] = [];
  for (const b of blocks) {
    const rows: TextRow[] = b.rows.map((r, i) => {
      const cells = r.cells.map((c) => c.text);
      return { no: i + 1, text: cells.join('\t'), isRow: true, cells };
    });
    const titleRow: TextRow = { no: 0, text: b.title, isRow: false, cells: [] };
    const titleSource: SourceRef = { file, page: b.line.page, box: [b.line.x0, b.line.top, b.line.x1, b.line.bottom] };
    try {
      const evaluation = readPerformanceTable(file, b.title, titleRow, rows, b.heading);
      out.push(
        relocate(evaluation, (line) => {
          const r = line >= 1 ? b.rows[line - 1] : undefined;
          return r ? { file, page: r.page, box: rowBox(r) } : titleSource;
        }),
      );
    } catch (e) {
      diagnostics.push({
        ruleId: 'import/performance-unreadable',
        severity: 'error',
        message: `第 ${b.line.page} 页的“${b.title}”无法读取：${e instanceof IngestError ? e.reason : String(e)}`,
        locations: [{ source: titleSource }],
      });
    }
  }
  return out;
}

/** A copy of a tree with every text-line source ({file, line}) replaced by a page source. */
function relocate<T>(value: T, at: (line: number) => SourceRef): T {
  if (Array.isArray(value)) return value.map((v: unknown) => relocate(v, at)) as T;
  if (value === null || typeof value !== 'object') return value;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) {
    const line = (v as { line?: unknown } | null)?.line;
    out[k] = k === 'source' && typeof line === 'number' ? at(line) : relocate(v, at);
  }
  return out as T;
}
