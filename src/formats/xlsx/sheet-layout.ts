import type { Layout } from '../../model/disclosure.js';
import { getLayout } from '../../model/layouts/index.js';
import type { ColumnSchema, LineSchema, TableSchema } from '../../model/schemas/index.js';

/**
 * Where each part of a table sits on its worksheet — one description shared by the workbook writer (template and
 * rendered tables) and the reader, so that what one writes the other reads back.
 *
 * Every table sheet: row 1 title (merged), row 2 table number and "单位：万元", header rows from row 3 (merged
 * as printed), a 栏次 row where the layout prints one, then the data rows. A hidden last column holds the row key
 * of labelled lines ("in.total|out.total" for two-sided tables).
 */

export const WORKBOOK_FORMAT = 'juesuan/workbook@1';
/** Hidden sheet naming the workbook's kind, layout, year and which sheet holds which table. */
export const META_SHEET = '_juesuan';

/** The sheet of the narrative in a rendered workbook. */
export const NARRATIVE_SHEET = '情况说明';

export const FIRST_HEADER_ROW = 3;
/** Hidden-column key of a note row (注：…, 填写说明), which the reader skips. */
export const NOTE_KEY = 'note';

/**
 * Hidden-column key of a line the layout has but a rendered table did not print ("~out.231"): its row stays
 * blank to keep both sides aligned, and the reader leaves it out, so the table comes back with its own lines.
 */
export function absentLineKey(key: string): string {
  return `~${key}`;
}

/** A header cell spanning rows r0..r1 and columns c0..c1 (1-based, inclusive). */
export interface HeaderCell {
  readonly r0: number;
  readonly c0: number;
  readonly r1: number;
  readonly c1: number;
  readonly text: string;
}

/** A value column of the sheet: its schema column and sheet column (1-based). */
export interface SheetColumn {
  readonly id: string;
  readonly col: number;
  readonly money: boolean;
}

/** Geometry of one side of a lines table (t01/t04 have two sides; t09/t11 one). */
export interface LineSide {
  readonly side: 'income' | 'expenditure' | undefined;
  readonly labelCol: number;
  readonly lineNoCol: number | undefined;
  readonly values: readonly SheetColumn[];
  readonly lines: readonly LineSchema[];
}

export interface TableGrid {
  readonly schema: TableSchema;
  readonly width: number;
  readonly headers: readonly HeaderCell[];
  /** 栏次 row (after the headers), if printed. */
  readonly lineNumbersRow: number | undefined;
  readonly firstDataRow: number;
  /** Classification tables: code and name columns. */
  readonly codeCol: number;
  readonly nameCol: number;
  readonly values: readonly SheetColumn[];
  /** Lines tables: one or two sides. */
  readonly sides: readonly LineSide[];
  /** Hidden column holding line keys. */
  readonly keyCol: number;
}

/** Sheet name of a table: its position and title, within Excel's 31 characters. */
export function tableSheetName(schema: TableSchema): string {
  const prefix = schema.number ? schema.number.replace(/\s+/g, '') : `表${schema.position}`;
  return `${prefix} ${schema.title}`.replace(/[\\/?*[\]:]/g, '').slice(0, 31);
}

function printsLineNumbers(layout: Layout): boolean {
  return getLayout(layout).capabilities.columnNumbers;
}

/**
 * Header cells for value columns placed from `firstCol`, `depth` rows deep: a label shared by neighbouring
 * columns is merged across them; a column with fewer levels spans the remaining rows.
 */
function valueHeaders(cols: readonly ColumnSchema[], firstCol: number, depth: number, dropTop = 0): HeaderCell[] {
  const out: HeaderCell[] = [];
  const levels = cols.map((c) => c.header.slice(dropTop));
  for (let l = 0; l < depth; l++) {
    let i = 0;
    while (i < cols.length) {
      const h = levels[i] ?? [];
      if (l >= h.length) {
        i++;
        continue;
      }
      let j = i;
      const prefix = h.slice(0, l + 1).join('\u0001');
      while (
        j + 1 < cols.length &&
        (levels[j + 1]?.length ?? 0) > l &&
        (levels[j + 1] ?? []).slice(0, l + 1).join('\u0001') === prefix &&
        l < h.length - 1
      ) {
        j++;
      }
      const last = l === h.length - 1;
      out.push({
        r0: FIRST_HEADER_ROW + l,
        c0: firstCol + i,
        r1: FIRST_HEADER_ROW + (last ? depth - 1 : l),
        c1: firstCol + j,
        text: h[l] ?? '',
      });
      i = j + 1;
    }
  }
  return out;
}

export function tableGrid(schema: TableSchema): TableGrid {
  const numbered = printsLineNumbers(schema.layout);
  if (schema.rows !== 'lines') {
    const depth = Math.max(...schema.columns.map((c) => c.header.length));
    const values = schema.columns.map((c, i) => ({ id: c.id, col: 3 + i, money: c.money }));
    const codeTitle = schema.rows === 'economic' ? '科目编码' : '科目编码';
    const headers: HeaderCell[] = [
      { r0: FIRST_HEADER_ROW, c0: 1, r1: FIRST_HEADER_ROW + depth - 1, c1: 1, text: codeTitle },
      { r0: FIRST_HEADER_ROW, c0: 2, r1: FIRST_HEADER_ROW + depth - 1, c1: 2, text: '科目名称' },
      ...valueHeaders(schema.columns, 3, depth),
    ];
    const lineNumbersRow = numbered && schema.rows === 'functional' ? FIRST_HEADER_ROW + depth : undefined;
    const width = 2 + values.length;
    return {
      schema,
      width,
      headers,
      lineNumbersRow,
      firstDataRow: FIRST_HEADER_ROW + depth + (lineNumbersRow ? 1 : 0),
      codeCol: 1,
      nameCol: 2,
      values,
      sides: [],
      keyCol: width + 1,
    };
  }

  const sideNames = { income: '收入', expenditure: '支出' } as const;
  const hasSides = schema.columns.some((c) => c.side);
  const groups: ('income' | 'expenditure' | undefined)[] = hasSides ? ['income', 'expenditure'] : [undefined];
  const withNo = numbered && schema.lines.some((l) => l.lineNo !== undefined);
  const isThreePublic = schema.table === 't09';
  const sides: LineSide[] = [];
  const headers: HeaderCell[] = [];
  const depthOf = (cols: readonly ColumnSchema[]) =>
    Math.max(...cols.map((c) => c.header.length - (hasSides ? 1 : 0)), 1) + (hasSides ? 1 : 0);
  const depth = Math.max(...groups.map((g) => depthOf(schema.columns.filter((c) => c.side === g))));
  let col = 1;
  for (const g of groups) {
    const cols = schema.columns.filter((c) => c.side === g && !(isThreePublic && c.id === 'count'));
    const lines = schema.lines.filter((l) => l.side === g && l.kind !== 'count');
    const start = col;
    const labelCol = isThreePublic ? 0 : col++;
    const lineNoCol = withNo && !isThreePublic ? col++ : undefined;
    const values = cols.map((c) => ({ id: c.id, col: col++, money: c.money }));
    const top = hasSides ? 1 : 0;
    if (hasSides)
      headers.push({
        r0: FIRST_HEADER_ROW,
        c0: start,
        r1: FIRST_HEADER_ROW,
        c1: col - 1,
        text: sideNames[g ?? 'income'],
      });
    if (labelCol) {
      const label = schema.table === 't11' ? '政府采购支出信息' : '项目';
      headers.push({
        r0: FIRST_HEADER_ROW + top,
        c0: labelCol,
        r1: FIRST_HEADER_ROW + depth - 1,
        c1: labelCol,
        text: label,
      });
    }
    if (lineNoCol) {
      headers.push({
        r0: FIRST_HEADER_ROW + top,
        c0: lineNoCol,
        r1: FIRST_HEADER_ROW + depth - 1,
        c1: lineNoCol,
        text: '行次',
      });
    }
    const sub = valueHeaders(cols, values[0]?.col ?? col, depth - top, top).map((h) => ({
      ...h,
      r0: h.r0 + top,
      r1: h.r1 + top,
    }));
    headers.push(...sub);
    sides.push({ side: g, labelCol, lineNoCol, values, lines });
  }
  const width = col - 1;
  const lineNumbersRow = numbered ? FIRST_HEADER_ROW + depth : undefined;
  return {
    schema,
    width,
    headers,
    lineNumbersRow,
    firstDataRow: FIRST_HEADER_ROW + depth + (lineNumbersRow ? 1 : 0),
    codeCol: 0,
    nameCol: 0,
    values: sides.flatMap((s) => s.values),
    sides,
    keyCol: width + 1,
  };
}

/**
 * Rows of a lines table: each side's lines in order, the 本年…合计 lines of both sides on one row and what
 * follows them after, as the tables are printed. Returns [row offset, side index, line] triples.
 */
export function lineRows(grid: TableGrid): { offset: number; side: number; line: LineSchema }[] {
  const out: { offset: number; side: number; line: LineSchema }[] = [];
  const before = grid.sides.map((s) => {
    const i = s.lines.findIndex((l) => l.key === 'in.total' || l.key === 'out.total');
    return i < 0 ? s.lines.length : i;
  });
  const totalRow = Math.max(...before);
  grid.sides.forEach((s, si) => {
    s.lines.forEach((line, i) => {
      const idx = before[si] ?? 0;
      out.push({ offset: i < idx ? i : totalRow + (i - idx), side: si, line });
    });
  });
  return out;
}

/** The count lines the Qinghai t09 prints under the table (label, value) pairs. */
export function countLines(schema: TableSchema): LineSchema[] {
  return schema.lines.filter((l) => l.kind === 'count');
}

/** 1 → A, 27 → AA. */
export function colLetter(col: number): string {
  let s = '';
  let n = col;
  while (n > 0) {
    const m = (n - 1) % 26;
    s = String.fromCharCode(65 + m) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

export function address(row: number, col: number): string {
  return `${colLetter(col)}${row}`;
}

/** The column that is the sum of the others in its row (t02/t03: Σ parts; t05/t07/t08: 基本 + 项目). */
export function rowTotalParts(schema: TableSchema): { total: string; parts: string[] } | undefined {
  const ids = schema.columns.map((c) => c.id);
  if (!ids.includes('total')) return undefined;
  if (ids.includes('basic') && ids.includes('project') && !ids.includes('remit')) {
    return { total: 'total', parts: ['basic', 'project'] };
  }
  return { total: 'total', parts: ids.filter((id) => id !== 'total') };
}
