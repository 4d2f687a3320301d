import type { Finding } from '../../model/finding.js';
import type { PerformanceEvaluation } from '../../model/performance.js';
import type { SourceRef } from '../../model/source.js';
import { IngestError } from '../errors.js';
import type { TextLine as TextRow } from '../text/lines.js';
import { readPerformanceTable } from '../text/performance.js';
import type { Box, Grid, GridCell } from './grid.js';
import { rowBox, type PageRow } from './table-rows.js';
import type { TextLine } from './words.js';
import { msg } from '../../model/messages/index.js';

export const PERF_TITLE = /^项目支出绩效(自)?评表$/;
export const YEAR_LINE = /^[（(]\d{4}年度?[)）]$/;

export interface PerfBlock {
  title: string;
  line: TextLine;
  heading: string | undefined;
  width: number;
  /** Column boundaries of the rows so far: the union of every page's (sections rule different columns). */
  xs: readonly number[];
  rows: PageRow[];
}

const EDGE = 2;

/**
 * A grid right after an open 自评表 (nothing printed between them but the page turn) with the same left and right
 * edges continues it, though its section may rule other columns (the goals span what the figures split).
 */
export function continuesPerformance(open: PerfBlock, g: Grid): boolean {
  const [a0, a1] = [open.xs[0] ?? 0, open.xs[open.xs.length - 1] ?? 0];
  const [b0, b1] = [g.xs[0] ?? 0, g.xs[g.xs.length - 1] ?? 0];
  return Math.abs(a0 - b0) <= EDGE && Math.abs(a1 - b1) <= EDGE;
}

/**
 * Adds a grid's rows to the block on the union of both column sets, as one ruled grid over the whole table would
 * have them: a cell split by a column of the other part keeps its text in its first column (text in such cells is
 * printed from their left edge).
 */
export function addPerformanceGrid(block: PerfBlock, g: Grid): void {
  const xs = union(block.xs, g.xs);
  const onto = (cells: readonly GridCell[]) =>
    xs.slice(1).map((right, j): GridCell => {
      const left = xs[j] ?? 0;
      const c = cells.find((x) => x.box[0] <= left + EDGE && x.box[2] >= right - EDGE);
      const first = c !== undefined && Math.abs(c.box[0] - left) <= EDGE;
      const box: Box = [left, c?.box[1] ?? 0, right, c?.box[3] ?? 0];
      const openLeft = first ? c.openLeft === true : j > 0;
      return {
        text: first ? c.text : '',
        box,
        ...(c?.openTop ? { openTop: true } : {}),
        ...(openLeft ? { openLeft } : {}),
      };
    });
  if (xs.length !== block.xs.length) block.rows = block.rows.map((r) => ({ page: r.page, cells: onto(r.cells) }));
  // Merged cells as the text importer knows them: their text in their first row and column.
  const rows = g.merged ?? g.rows;
  block.rows.push(...rows.map((cells) => ({ page: g.page, cells: xs.length === g.xs.length ? cells : onto(cells) })));
  block.xs = xs;
  block.width = xs.length - 1;
}

function union(a: readonly number[], b: readonly number[]): number[] {
  const out: number[] = [];
  for (const v of [...a, ...b].sort((x, y) => x - y)) {
    const last = out[out.length - 1];
    if (last === undefined || v - last > EDGE) out.push(v);
  }
  return out;
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
        message: msg('import.performanceUnreadable', {
          page: b.line.page,
          title: b.title,
          reason: e instanceof IngestError ? e.reason : String(e),
        }),
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
