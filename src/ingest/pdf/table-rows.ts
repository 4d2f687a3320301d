import { parseCellValue, type Cell, type CellValue } from '../../model/cell.js';
import type { Finding } from '../../model/finding.js';
import type { AmountUnit } from '../../model/money.js';
import type { TableSchema } from '../../model/schemas/index.js';
import type { SourceRef } from '../../model/source.js';
import type { Row, Table } from '../../model/table.js';
import type { Box, GridCell } from './grid.js';

/** A row of a table's grid, with the page it was printed on (tables run over several pages). */
export interface PageRow {
  readonly page: number;
  readonly cells: readonly GridCell[];
}

/** A table located in the document: its schema, title, unit, the grid rows of all its pages and its notes. */
export interface LocatedTable {
  readonly file: string;
  readonly schema: TableSchema;
  readonly title: string;
  readonly titlePage: number;
  readonly titleBox: Box;
  readonly unit: AmountUnit | undefined;
  /** The table's number as printed ("公开01表"), where the layout prints one. */
  readonly number?: string;
  readonly rows: PageRow[];
  /** A grid of counts printed under the table (the Qinghai "三公" table's 项目 | 统计数 pairs). */
  countRows?: PageRow[];
  readonly notes: string[];
  /** How the grid was found; a stream table keeps its first page's columns for the pages that continue it. */
  method: 'lattice' | 'stream';
  streamXs?: readonly number[];
  readonly diagnostics: Finding[];
}

export function cellSource(t: LocatedTable, page: number, box: Box): SourceRef {
  return { file: t.file, page, box: box.map((v) => Math.round(v * 10) / 10) as unknown as Box };
}

export function rowBox(row: PageRow): Box {
  const first = row.cells[0]?.box ?? [0, 0, 0, 0];
  const last = row.cells[row.cells.length - 1]?.box ?? first;
  return [first[0], first[1], last[2], last[3]];
}

/** A finding about a table, pointing at its title or a row. */
export function tableFinding(
  t: LocatedTable,
  ruleId: string,
  severity: Finding['severity'],
  message: string,
  row?: PageRow,
): Finding {
  const source = row ? cellSource(t, row.page, rowBox(row)) : cellSource(t, t.titlePage, t.titleBox);
  return { ruleId, severity, message, locations: [{ table: t.schema.table, source }] };
}

/** A cell of column `columnId`; a money column holding text is reported, never silently read as blank. */
export function makeCell(t: LocatedTable, columnId: string, cell: GridCell | undefined, page: number): Cell {
  const col = t.schema.columns.find((c) => c.id === columnId);
  if (!col) throw new Error(`schema ${t.schema.id} has no column ${columnId}`);
  const raw = (cell?.text ?? '').trim();
  const fused = twoNumbers(raw);
  const value: CellValue = fused ? { kind: 'text', text: raw } : parseCellValue(raw, col.money);
  if (fused) {
    // Two rows run together (a page without the rule between them): neither figure belongs to this cell alone.
    t.diagnostics.push(
      tableFinding(
        t,
        'import/fused-cell',
        'error',
        `表“${t.title}”的“${col.header.join('/')}”栏一格中印有两个数“${fused[0]}”“${fused[1]}”（可能是两行粘连），未作为金额读取，请对照原文核对`,
        cell ? { page, cells: [cell] } : undefined,
      ),
    );
  } else if (col.money && (value.kind === 'text' || value.kind === 'percent')) {
    t.diagnostics.push(
      tableFinding(
        t,
        'import/bad-cell',
        'warning',
        `表“${t.title}”的“${col.header.join('/')}”栏应为金额，实际为“${raw}”`,
        cell ? { page, cells: [cell] } : undefined,
      ),
    );
  }
  return { column: columnId, raw, value, ...(cell ? { source: cellSource(t, page, cell.box) } : {}) };
}

const FIGURE = String.raw`-?(?:\d{1,3}(?:,\d{3})+|\d+)\.\d+`;
const SPACED = new RegExp(`^(${FIGURE})\\s+(${FIGURE})$`);
const FIXED2 = /^(-?(?:\d{1,3}(?:,\d{3})+|\d+)\.\d{2})(-?(?:\d{1,3}(?:,\d{3})+|\d+)\.\d{2})$/;

/**
 * Two printed figures in one cell ("1,326.81530.72", "110.00 304.40"): the two parts, else undefined. Without a
 * space the split is read with two decimals each, how amounts print; a cell that is one amount never matches.
 */
export function twoNumbers(raw: string): [string, string] | undefined {
  const t = raw.trim();
  const m = SPACED.exec(t) ?? FIXED2.exec(t.replace(/\s+/g, ''));
  return m ? [m[1] ?? '', m[2] ?? ''] : undefined;
}

/** True for text that is a figure or a not-applicable mark (what a value cell holds). */
export function isValueText(s: string): boolean {
  const v = parseCellValue(s, true);
  return v.kind === 'amount' || v.kind === 'na' || v.kind === 'percent';
}

export function finishTable(t: LocatedTable, rows: Row[]): Table {
  const empty = rows.every((r) => Object.values(r.cells).every((c) => c.value.kind === 'blank'));
  if (t.unit === undefined) {
    t.diagnostics.push(tableFinding(t, 'import/unit-missing', 'warning', `表“${t.title}”未写明金额单位，按“万元”读取`));
  }
  return {
    id: t.schema.table,
    schema: t.schema.id,
    title: t.title,
    ...(t.number ? { number: t.number } : {}),
    unit: t.unit ?? '万元',
    rows,
    notes: t.notes,
    empty,
    source: cellSource(t, t.titlePage, t.titleBox),
  };
}
