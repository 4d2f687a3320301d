import { parseCellValue, type Cell, type CellValue } from '../../model/cell.js';
import type { Layout } from '../../model/disclosure.js';
import type { AmountUnit } from '../../model/money.js';
import {
  TABLE_SCHEMAS,
  printsAsEconomicBlocks,
  schemaFor,
  type ColumnSchema,
  type TableSchema,
} from '../../model/schemas/index.js';
import type { Row, Table, TableId } from '../../model/table.js';
import { cell, headCell, headerRows, valueText, type Grid, type GridCell, type GridRow } from './grid.js';

export type PrintedItem =
  { readonly kind: 'grid'; readonly grid: Grid } | { readonly kind: 'note'; readonly text: string };

/** One public table as printed: title, number, unit, then its grids and notes in order. */
export interface PrintedTable {
  readonly id: TableId;
  readonly title: string;
  readonly number?: string;
  readonly unit: AmountUnit;
  /** Wide tables go on landscape pages. */
  readonly landscape: boolean;
  readonly items: readonly PrintedItem[];
}

/** Tables wider than this many columns are printed on landscape pages. */
const PORTRAIT_MAX_COLUMNS = 5;

export function printTable(table: Table, layout: Layout): PrintedTable {
  const schema = TABLE_SCHEMAS.find((s) => s.id === table.schema) ?? schemaFor(layout, table.id);
  const notes: PrintedItem[] = table.notes.map((text) => ({ kind: 'note', text }));
  let grids: Grid[];
  if (!schema) grids = [genericGrid(table)];
  else if (schema.table === 't09') grids = threePublicGrids(table, schema);
  else if (printsAsEconomicBlocks(schema)) grids = [economicBlocksGrid(table, schema)];
  else if (schema.rows === 'lines') grids = [linesGrid(table, schema)];
  else grids = [codeGrid(table, schema)];
  const [first, ...rest] = grids.map((grid): PrintedItem => ({ kind: 'grid', grid }));
  return {
    id: table.id,
    title: table.title,
    ...(table.number ? { number: table.number } : {}),
    unit: table.unit,
    landscape: (grids[0]?.widths.length ?? 0) > PORTRAIT_MAX_COLUMNS,
    items: [...(first ? [first] : []), ...notes, ...rest],
  };
}

/** The text as the source printed it when it still says the cell's value; else the value formatted as tables print. */
function printed(c: Cell | undefined): string {
  if (!c) return '';
  if (c.raw !== '' && sameValue(parseCellValue(c.raw, c.value.kind === 'amount'), c.value)) return c.raw;
  return valueText(c.value, c.raw);
}

function sameValue(a: CellValue, b: CellValue): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

function amountCell(c: Cell | undefined, strong = false): GridCell {
  return cell(printed(c), { align: 'right', strong });
}

/** 栏次 row: "栏次" over the label columns, then 1, 2, 3 … */
function columnNumbers(labelSpan: number, count: number, start = 1): GridCell[] {
  return [
    headCell('栏次', { colSpan: labelSpan }),
    ...Array.from({ length: count }, (_, i) => headCell(String(start + i))),
  ];
}

/** t02, t03, t05, t07, t08 (功能分类) and t10 (经济分类): code, name, one column per schema column. */
function codeGrid(table: Table, schema: TableSchema): Grid {
  const economic = schema.rows === 'economic';
  const label = economic ? ['经济分类编码', '经济分类名称'] : ['科目编码', '科目名称'];
  const header = headerRows([
    ['项目', label[0] ?? ''],
    ['项目', label[1] ?? ''],
    ...schema.columns.map((c) => c.header),
  ]);
  if (schema.columnNumbers) header.push({ cells: columnNumbers(2, schema.columns.length) });
  const body: GridRow[] = table.rows.map((row) => {
    const strong = row.kind === 'total';
    const values = schema.columns.map((c) => amountCell(row.cells[c.id], strong));
    if (row.code === undefined) return { cells: [cell(row.label, { colSpan: 2, strong, align: 'center' }), ...values] };
    return { cells: [cell(row.code), cell(row.label, { strong }), ...values] };
  });
  return {
    header,
    body,
    widths: [economic ? 1.2 : 1.3, economic ? 3 : 3.4, ...schema.columns.map(() => (economic ? 2 : 1.1))],
  };
}

type Side = 'income' | 'expenditure' | undefined;

/** t01, t04 (income and expenditure side by side) and t11: label, 行次, amounts per side. */
function linesGrid(table: Table, schema: TableSchema): Grid {
  const sides: Side[] = schema.columns.some((c) => c.side) ? ['income', 'expenditure'] : [undefined];
  const hasLineNo = table.rows.some((r) => r.lineNo !== undefined);
  const colsOf = (side: Side) => schema.columns.filter((c) => c.side === side);
  const paths: string[][] = [];
  const widths: number[] = [];
  for (const side of sides) {
    const cols = colsOf(side);
    const top = side ? (cols[0]?.header[0] ?? '') : undefined;
    const labelHead = table.id === 't11' ? '政府采购支出信息' : '项目';
    paths.push(top ? [top, labelHead] : [labelHead]);
    widths.push(3.2);
    if (hasLineNo) {
      paths.push(top ? [top, '行次'] : ['行次']);
      widths.push(0.6);
    }
    for (const c of cols) {
      paths.push([...c.header]);
      widths.push(1.2);
    }
  }
  const header = headerRows(paths);
  if (schema.columnNumbers) {
    const numbers: GridCell[] = [];
    let n = 1;
    for (const side of sides) {
      const count = colsOf(side).length;
      numbers.push(...columnNumbers(hasLineNo ? 2 : 1, count, n));
      n += count;
    }
    header.push({ cells: numbers });
  }

  const perSide = sides.map((side) => table.rows.filter((r) => r.side === side || (side === undefined && !r.side)));
  const arranged = arrangeLines(perSide, hasLineNo);
  const body: GridRow[] = arranged.map((printedRow) => ({
    cells: sides.flatMap((side, si) => {
      const slot = printedRow[si];
      const row = slot?.row;
      const strong = row?.kind === 'total';
      const out: GridCell[] = [cell(row ? (row.numbering ?? '') + row.label : '', { strong })];
      if (hasLineNo) {
        const no = row?.lineNo ?? slot?.lineNo;
        out.push(cell(no === undefined ? '' : String(no), { align: 'center' }));
      }
      for (const c of colsOf(side)) out.push(amountCell(row?.cells[c.id], strong));
      return out;
    }),
  }));
  return { header, body, widths };
}

interface Slot {
  readonly row?: Row;
  readonly lineNo?: number;
}

/**
 * Puts each side's lines on printed rows: by 行次 where every line has one (a blank numbered row where a number is
 * unused, as printed), else in order with each side's totals aligned.
 */
function arrangeLines(perSide: readonly Row[][], hasLineNo: boolean): Slot[][] {
  const byNumber =
    hasLineNo &&
    perSide.every(
      (rows) => rows.every((r) => r.lineNo !== undefined) && new Set(rows.map((r) => r.lineNo)).size === rows.length,
    );
  if (byNumber) {
    const bases = perSide.map((rows) => Math.min(...rows.map((r) => r.lineNo ?? 0)));
    const height = Math.max(
      0,
      ...perSide.map((rows, i) => Math.max(...rows.map((r) => (r.lineNo ?? 0) - (bases[i] ?? 0) + 1))),
    );
    return Array.from({ length: height }, (_, idx) =>
      perSide.map((rows, si) => {
        const lineNo = (bases[si] ?? 0) + idx;
        const row = rows.find((r) => r.lineNo === lineNo);
        return row ? { row } : { lineNo };
      }),
    );
  }
  // Segments end at a total line (本年收入合计 / 总计); segment k of each side is printed beside segment k of the other.
  const segments = perSide.map((rows) => {
    const out: Row[][] = [[]];
    for (const r of rows) {
      out[out.length - 1]?.push(r);
      if (r.kind === 'total') out.push([]);
    }
    return out.filter((s) => s.length > 0);
  });
  const count = Math.max(0, ...segments.map((s) => s.length));
  const result: Slot[][] = [];
  for (let k = 0; k < count; k++) {
    const parts = segments.map((s) => s[k] ?? []);
    const height = Math.max(0, ...parts.map((p) => p.length));
    for (let i = 0; i < height; i++) {
      result.push(
        parts.map((p) => {
          // Pad before a segment's closing total so totals stay on one printed row.
          const endsWithTotal = p[p.length - 1]?.kind === 'total';
          const pad = height - p.length;
          if (endsWithTotal && i >= p.length - 1 && i < p.length - 1 + pad) return {};
          const idx = endsWithTotal && i >= p.length - 1 + pad ? p.length - 1 : i;
          const row = p[idx];
          return row ? { row } : {};
        }),
      );
    }
  }
  return result;
}

/** t06: economic classification rows in side-by-side blocks of code, name, amount, then the 人员/公用经费 totals. */
function economicBlocksGrid(table: Table, schema: TableSchema): Grid {
  const column: ColumnSchema | undefined = schema.columns[0];
  const classRows = table.rows.filter((r) => r.kind === 'class');
  const totals = table.rows.filter((r) => r.kind !== 'class');
  const k = Math.max(1, Math.min(3, Math.ceil(classRows.length / 15)));
  // A table without class rows (a sparse template) still prints its header: readers find the table by it.
  const split = splitIntoBlocks(classRows, k);
  const chunks = split.length > 0 ? split : [[]];
  const blocks = chunks.length;
  const header: GridRow[] = [
    {
      cells: chunks.flatMap(() => [
        headCell('科目代码'),
        headCell('科目名称'),
        headCell(column?.header.join('') ?? '决算数'),
      ]),
    },
  ];
  const height = Math.max(0, ...chunks.map((c) => c.length));
  const body: GridRow[] = [];
  for (let i = 0; i < height; i++) {
    body.push({
      cells: chunks.flatMap((chunk) => {
        const row = chunk[i];
        if (!row) return [cell(''), cell(''), cell('')];
        const strong = row.code?.length === 3;
        return [
          cell(row.code ?? '', { strong }),
          cell(row.label, { strong }),
          amountCell(row.cells[column?.id ?? 'amount'], strong),
        ];
      }),
    });
  }
  const personnel = totals.find((r) => r.key === 'personnel');
  const pub = totals.find((r) => r.key === 'public');
  const amountOf = (r: Row) => amountCell(r.cells[column?.id ?? 'amount'], true);
  if (blocks >= 2 && personnel && pub && totals.length === 2) {
    body.push({
      cells: [
        cell(personnel.label, { colSpan: 2, strong: true, align: 'center' }),
        amountOf(personnel),
        cell(pub.label, { colSpan: blocks * 3 - 4, strong: true, align: 'center' }),
        amountOf(pub),
      ],
    });
  } else {
    for (const r of totals) {
      const pad = blocks * 3 - 3;
      body.push({
        cells: [
          cell(r.label, { colSpan: 2, strong: true, align: 'center' }),
          amountOf(r),
          ...(pad > 0 ? [cell('', { colSpan: pad })] : []),
        ],
      });
    }
  }
  return { header, body, widths: chunks.flatMap(() => [0.9, 2.4, 1]) };
}

/** Splits rows into at most k contiguous blocks at 类 (3-digit) boundaries, keeping the longest block short. */
function splitIntoBlocks(rows: readonly Row[], k: number): Row[][] {
  const starts = rows
    .map((r, i) => ({ r, i }))
    .filter(({ r, i }) => i > 0 && r.code?.length === 3)
    .map(({ i }) => i);
  let best: number[] = [];
  let bestMax = rows.length + 1;
  const choose = (from: number, left: number, cuts: number[]) => {
    if (left === 0 || from >= starts.length) {
      const bounds = [0, ...cuts, rows.length];
      const max = Math.max(...bounds.slice(1).map((b, i) => b - (bounds[i] ?? 0)));
      if (max < bestMax) {
        bestMax = max;
        best = cuts;
      }
      return;
    }
    for (let s = from; s < starts.length; s++) choose(s + 1, left - 1, [...cuts, starts[s] ?? 0]);
    if (cuts.length > 0) choose(starts.length, 0, cuts);
  };
  choose(0, k - 1, []);
  const bounds = [0, ...best, rows.length];
  return bounds
    .slice(1)
    .map((b, i) => rows.slice(bounds[i], b))
    .filter((c) => c.length > 0);
}

/** t09: the amounts line under its multi-level header; in the Qinghai layout a block of counts follows. */
function threePublicGrids(table: Table, schema: TableSchema): Grid[] {
  const money = schema.columns.filter((c) => c.money);
  const header = headerRows(money.map((c) => c.header));
  header.push({ cells: money.map((_, i) => headCell(String(i + 1))) });
  const main = table.rows.find((r) => r.key === 'main') ?? table.rows.find((r) => r.kind !== 'count');
  const grids: Grid[] = [
    {
      header,
      body: [{ cells: money.map((c) => amountCell(main?.cells[c.id])) }],
      widths: money.map(() => 1),
    },
  ];
  const counts = table.rows.filter((r) => r.kind === 'count');
  if (counts.length > 0) {
    const body: GridRow[] = [];
    for (let i = 0; i < counts.length; i += 2) {
      const pair = [counts[i], counts[i + 1]];
      body.push({
        cells: pair.flatMap((r) =>
          r ? [cell(r.label), cell(printed(r.cells.count), { align: 'right' })] : [cell(''), cell('')],
        ),
      });
    }
    grids.push({
      header: [{ cells: [headCell('项目'), headCell('统计数'), headCell('项目'), headCell('统计数')] }],
      body,
      widths: [3, 1, 3, 1],
    });
  }
  return grids;
}

/** A table without a known schema: its rows with whatever columns they carry. */
function genericGrid(table: Table): Grid {
  const columns = [...new Set(table.rows.flatMap((r) => Object.keys(r.cells)))];
  return {
    header: [{ cells: [headCell('项目'), ...columns.map((c) => headCell(c))] }],
    body: table.rows.map((r) => ({
      cells: [cell((r.code ? `${r.code} ` : '') + r.label), ...columns.map((c) => amountCell(r.cells[c]))],
    })),
    widths: [3, ...columns.map(() => 1.2)],
  };
}
