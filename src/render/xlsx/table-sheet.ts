import type ExcelJS from 'exceljs';
import {
  absentLineKey,
  address,
  colLetter,
  FIRST_HEADER_ROW,
  countLines,
  lineRows,
  NOTE_KEY,
  rowTotalParts,
  tableGrid,
  type TableGrid,
} from '../../formats/xlsx/sheet-layout.js';
import { numberFormat } from '../../formats/xlsx/number-format.js';
import { blockOf, economicBlocks } from '../../formats/xlsx/economic-blocks.js';
import type { CellValue } from '../../model/cell.js';
import { ECONOMIC_2024 } from '../../model/catalog/economic.js';
import { ADMIN_COST_CLASSES, ADMIN_COST_DETAILED_CLASS, staffCostKind } from '../../model/concepts/staff-costs.js';
import { toDecimal } from '../../model/money.js';
import { printsAsEconomicBlocks, type TableSchema } from '../../model/schemas/index.js';
import type { Cell } from '../../model/cell.js';
import type { Row, Table } from '../../model/table.js';
import { bodyStyle, codeValidation, countValidation, decimalValidation, headerStyle, inputStyle } from './style.js';
import { OFFICIAL_CAR, OFFICIAL_CAR_PARTS, THREE_PUBLIC_PARTS } from '../../model/concepts/three-public.js';

/** Rows of blank input lines a template offers in a 功能分类 table. */
export const TEMPLATE_INPUT_ROWS = 80;

/** Writes the title, unit line, merged headers and 栏次 of a table sheet; returns its grid. */
export function writeTableFrame(ws: ExcelJS.Worksheet, schema: TableSchema, table: Table | undefined): TableGrid {
  const grid = tableGrid(schema);
  ws.mergeCells(1, 1, 1, grid.width);
  const title = ws.getCell(1, 1);
  title.value = table?.title ?? schema.title;
  title.font = { name: '黑体', size: 14, bold: true };
  title.alignment = { horizontal: 'center', vertical: 'middle' };
  ws.getRow(1).height = 28;
  ws.getCell(2, 1).value = table?.number ?? schema.number ?? '';
  const unit = ws.getCell(2, grid.width);
  unit.value = `单位：${table?.unit ?? '万元'}`;
  unit.alignment = { horizontal: 'right' };
  for (const h of grid.headers) {
    if (h.r0 !== h.r1 || h.c0 !== h.c1) ws.mergeCells(h.r0, h.c0, h.r1, h.c1);
    const c = ws.getCell(h.r0, h.c0);
    c.value = h.text;
    for (let r = h.r0; r <= h.r1; r++) for (let k = h.c0; k <= h.c1; k++) headerStyle(ws.getCell(r, k));
  }
  if (grid.lineNumbersRow) {
    const r = grid.lineNumbersRow;
    let n = 1;
    if (schema.rows !== 'lines') {
      ws.mergeCells(r, 1, r, 2);
      ws.getCell(r, 1).value = '栏次';
    }
    for (const s of grid.sides) {
      if (s.labelCol) ws.getCell(r, s.labelCol).value = '栏次';
      for (const v of s.values) ws.getCell(r, v.col).value = n++;
    }
    if (schema.rows !== 'lines') for (const v of grid.values) ws.getCell(r, v.col).value = n++;
    for (let k = 1; k <= grid.width; k++) headerStyle(ws.getCell(r, k));
  }
  ws.getColumn(grid.keyCol).hidden = true;
  for (let k = 1; k <= grid.width; k++) ws.getColumn(k).width = 14;
  if (schema.rows !== 'lines') ws.getColumn(2).width = 36;
  for (const s of grid.sides) if (s.labelCol) ws.getColumn(s.labelCol).width = 34;
  ws.views = [{ state: 'frozen', ySplit: grid.firstDataRow - 1 }];
  printSetup(ws, grid.width, grid.firstDataRow - 1);
  return grid;
}

/** A4, landscape for wide tables, one page wide, header rows repeated on every printed page. */
function printSetup(ws: ExcelJS.Worksheet, width: number, lastHeaderRow: number): void {
  ws.pageSetup = {
    paperSize: 9,
    orientation: width > 4 ? 'landscape' : 'portrait',
    fitToPage: true,
    fitToWidth: 1,
    fitToHeight: 0,
    horizontalCentered: true,
    margins: { left: 0.5, right: 0.5, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
    printTitlesRow: `${FIRST_HEADER_ROW}:${lastHeaderRow}`,
  };
  ws.headerFooter = { oddFooter: '&C— &P —' };
}

/** The value a cell of the model puts on the sheet: numbers as numbers, "--" and text as text, blank as nothing. */
function sheetValue(v: CellValue | undefined): ExcelJS.CellValue {
  if (!v) return null;
  switch (v.kind) {
    case 'amount':
      return toDecimal(v.amount).toNumber();
    case 'number':
      return Number(v.value);
    case 'percent':
      return `${v.value}%`;
    case 'na':
      return '--';
    case 'text':
      return v.text;
    default:
      return null;
  }
}

/**
 * A rendered figure. An amount printed with other than two decimals, or without grouping ("9746.50"), keeps that
 * in its number format (formats/xlsx/number-format.ts), so the reader gives back the printed text.
 */
function putFigure(target: ExcelJS.Cell, cell: Cell | undefined): void {
  const v = cell?.value;
  target.value = sheetValue(v);
  if (v?.kind !== 'amount') return;
  const grouped = !/^-?\d{4,}/.test(cell?.raw ?? '');
  if (v.amount.scale !== 2 || !grouped) target.numFmt = numberFormat(v.amount.scale, grouped);
}

function rowLabel(r: Row): string {
  return `${r.numbering ?? ''}${r.label}`;
}

/** A rendered table: every row of the model as printed. */
export function writeTableValues(ws: ExcelJS.Worksheet, schema: TableSchema, table: Table): void {
  if (printsAsEconomicBlocks(schema)) {
    writeEconomicBlocks(ws, schema, table);
    return;
  }
  const grid = writeTableFrame(ws, schema, table);
  let next = grid.firstDataRow;
  if (schema.rows !== 'lines') {
    for (const r of table.rows) {
      const code = ws.getCell(next, grid.codeCol);
      code.value = r.code ?? '';
      code.numFmt = '@';
      ws.getCell(next, grid.nameCol).value = r.kind === 'class' ? r.label : rowLabel(r);
      ws.getCell(next, grid.keyCol).value = r.key;
      for (const v of grid.values) putFigure(ws.getCell(next, v.col), r.cells[v.id]);
      for (let k = 1; k <= grid.width; k++) bodyStyle(ws.getCell(next, k), k > 2);
      next++;
    }
  } else {
    const byKey = new Map(table.rows.map((r) => [r.key, r]));
    const keys = new Map<number, string[]>();
    for (const { offset, side, line } of lineRows(grid)) {
      const row = grid.firstDataRow + offset;
      const s = grid.sides[side];
      if (!s) continue;
      const r = byKey.get(line.key);
      const list = keys.get(row) ?? grid.sides.map(() => '');
      list[side] = r ? line.key : absentLineKey(line.key);
      if (r && s.labelCol) ws.getCell(row, s.labelCol).value = rowLabel(r);
      if (r && s.lineNoCol) ws.getCell(row, s.lineNoCol).value = r.lineNo ?? line.lineNo ?? null;
      for (const v of s.values) putFigure(ws.getCell(row, v.col), r?.cells[v.id]);
      keys.set(row, list);
      next = Math.max(next, row + 1);
    }
    for (const [row, list] of keys) {
      ws.getCell(row, grid.keyCol).value = list.join('|');
      for (let k = 1; k <= grid.width; k++) {
        const isValue = grid.values.some((v) => v.col === k);
        bodyStyle(ws.getCell(row, k), isValue);
      }
    }
    next = writeCountBlock(
      ws,
      schema,
      grid,
      next,
      (key) => sheetValue(byKey.get(key)?.cells['count']?.value),
      false,
      (key) => byKey.get(key)?.label,
    );
  }
  writeNotes(ws, grid, table.notes, next + 1);
}

function writeNotes(ws: ExcelJS.Worksheet, grid: TableGrid, notes: readonly string[], row: number): void {
  notes.forEach((n, i) => {
    ws.mergeCells(row + i, 1, row + i, grid.width);
    const c = ws.getCell(row + i, 1);
    c.value = n;
    c.alignment = { wrapText: true, vertical: 'top' };
    ws.getCell(row + i, grid.keyCol).value = NOTE_KEY;
  });
}

/** Qinghai's t09 statistics under the table: 项目 | 统计数, one line per count, key in the hidden column. */
function writeCountBlock(
  ws: ExcelJS.Worksheet,
  schema: TableSchema,
  grid: TableGrid,
  row: number,
  value: (key: string) => ExcelJS.CellValue,
  input: boolean,
  label: (key: string) => string | undefined = () => undefined,
): number {
  const lines = countLines(schema);
  if (lines.length === 0) return row;
  // As the seed prints them: two statistics per line, 项目 | 统计数 | 项目 | 统计数.
  const start = row + 1;
  ['项目', '统计数', '项目', '统计数'].forEach((h, i) => {
    ws.getCell(start, i + 1).value = h;
    headerStyle(ws.getCell(start, i + 1));
  });
  ws.getCell(start, grid.keyCol).value = 'count';
  const pairs = Math.ceil(lines.length / 2);
  for (let p = 0; p < pairs; p++) {
    const r = start + 1 + p;
    const pair = lines.slice(p * 2, p * 2 + 2);
    pair.forEach((l, j) => {
      ws.getCell(r, j * 2 + 1).value = label(l.key) ?? l.label;
      const c = ws.getCell(r, j * 2 + 2);
      c.value = value(l.key);
      bodyStyle(ws.getCell(r, j * 2 + 1), false);
      bodyStyle(c, false);
      if (input) {
        inputStyle(c);
        countValidation(c);
      }
    });
    ws.getCell(r, grid.keyCol).value = pair.map((l) => l.key).join('|');
  }
  return start + 1 + pairs;
}

/**
 * A template table: input cells unlocked and validated, totals as formulas (recomputed on import). With `table`,
 * the template is filled with its figures: every printed figure is typed (a typed total replaces its formula and
 * is checked against its parts on import), so a filled template reads back to the same table.
 */
export function writeTableTemplate(ws: ExcelJS.Worksheet, schema: TableSchema, table?: Table): void {
  const grid = writeTableFrame(ws, schema, undefined);
  if (schema.rows === 'functional') writeFunctionalTemplate(ws, grid, table);
  else if (schema.rows === 'economic') writeEconomicTemplate(ws, grid, table);
  else writeLinesTemplate(ws, grid, table);
  ws.protect('', { selectLockedCells: true, selectUnlockedCells: true, formatColumns: true, formatRows: true });
}

/**
 * Types a figure of the model into a template cell. A typed total replaces its formula and becomes an input
 * (unlocked), so that whoever corrects a part can correct the total too; the import checks it against its parts.
 */
function typeValue(ws: ExcelJS.Worksheet, row: number, col: number, v: CellValue | undefined): void {
  const value = sheetValue(v);
  if (value === null) return;
  const cell = ws.getCell(row, col);
  const wasFormula = cell.formula !== undefined;
  cell.value = value;
  if (wasFormula) {
    inputStyle(cell);
    if (typeof value === 'number') decimalValidation(cell);
  }
}

/** Σ of a column over the 项 rows (7-digit codes) of the input block. */
function itemSum(grid: TableGrid, col: number, first: number, last: number): string {
  const c = colLetter(col);
  const a = colLetter(grid.codeCol);
  return `SUMPRODUCT(--(LEN(${a}${first}:${a}${last})=7),${c}${first}:${c}${last})`;
}

function writeFunctionalTemplate(ws: ExcelJS.Worksheet, grid: TableGrid, table?: Table): void {
  const schema = grid.schema;
  const totalRow = grid.firstDataRow;
  const first = totalRow + 1;
  const filled = table?.rows.filter((r) => r.kind === 'class') ?? [];
  const last = first + Math.max(TEMPLATE_INPUT_ROWS, filled.length + 20) - 1;
  const rowTotal = rowTotalParts(schema);
  ws.getCell(totalRow, grid.nameCol).value = '合计';
  ws.getCell(totalRow, grid.keyCol).value = 'total';
  for (const v of grid.values) {
    ws.getCell(totalRow, v.col).value = { formula: itemSum(grid, v.col, first, last) };
  }
  for (let k = 1; k <= grid.width; k++) bodyStyle(ws.getCell(totalRow, k), k > 2);
  for (let r = first; r <= last; r++) {
    const code = ws.getCell(r, grid.codeCol);
    codeValidation(code);
    inputStyle(code);
    inputStyle(ws.getCell(r, grid.nameCol));
    for (const v of grid.values) {
      const c = ws.getCell(r, v.col);
      if (rowTotal && v.id === rowTotal.total) {
        const cols = grid.values.filter((x) => rowTotal.parts.includes(x.id)).map((x) => address(r, x.col));
        c.value = { formula: `IF(COUNT(${cols.join(',')})=0,"",SUM(${cols.join(',')}))` };
      } else {
        inputStyle(c);
        decimalValidation(c);
      }
    }
    for (let k = 1; k <= grid.width; k++) bodyStyle(ws.getCell(r, k), k > 2);
    ws.getCell(r, grid.codeCol).numFmt = '@';
  }
  const total = table?.rows.find((r) => r.key === 'total');
  for (const v of grid.values) typeValue(ws, totalRow, v.col, total?.cells[v.id]?.value);
  filled.forEach((r, i) => {
    ws.getCell(first + i, grid.codeCol).value = r.code ?? '';
    ws.getCell(first + i, grid.nameCol).value = r.label;
    for (const v of grid.values) typeValue(ws, first + i, v.col, r.cells[v.id]?.value);
  });
  writeNotes(
    ws,
    grid,
    [
      '填写说明：逐行填写“项”级（7 位）科目的编码、名称和金额；类、款和合计由导入时自动汇总（也可填写，须与明细相符）。本表无数据时保持空白。',
    ],
    last + 2,
  );
}

/** 经济分类 rows the template lists: every catalog code (t06), or the 机关运行经费 classes (t10). */
function economicCodes(table: string): string[] {
  const codes = Object.keys(ECONOMIC_2024).sort();
  if (table === 't10') {
    return codes.filter((c) => c.startsWith(ADMIN_COST_DETAILED_CLASS) || ADMIN_COST_CLASSES.includes(c));
  }
  return codes;
}

function writeEconomicTemplate(ws: ExcelJS.Worksheet, grid: TableGrid, table?: Table): void {
  const t = grid.schema.table;
  const v = grid.values[0];
  if (!v) return;
  const col = colLetter(v.col);
  let r = grid.firstDataRow;
  const codes = economicCodes(t);
  const hasTotal = grid.schema.lines.some((l) => l.key === 'total');
  const totalRow = hasTotal ? r++ : undefined;
  const first = r;
  const last = first + codes.length - 1;
  const rowOf = new Map<string, number>();
  codes.forEach((code, i) => rowOf.set(code, first + i));
  for (const code of codes) {
    const row = rowOf.get(code) ?? 0;
    const c = ws.getCell(row, grid.codeCol);
    c.value = code;
    c.numFmt = '@';
    ws.getCell(row, grid.nameCol).value = ECONOMIC_2024[code] ?? '';
    const cell = ws.getCell(row, v.col);
    const children = codes.filter((x) => x.length === 5 && x.startsWith(code));
    if (code.length === 3 && children.length > 0) {
      cell.value = { formula: `SUM(${col}${rowOf.get(children[0] ?? '')}:${col}${rowOf.get(children.at(-1) ?? '')})` };
    } else {
      inputStyle(cell);
      decimalValidation(cell);
    }
    for (let k = 1; k <= grid.width; k++) bodyStyle(ws.getCell(row, k), k > 2);
  }
  const classSum = (pred: (code: string) => boolean) =>
    codes
      .filter((c) => c.length === 3 && pred(c))
      .map((c) => `${col}${rowOf.get(c)}`)
      .join(',') || '0';
  if (totalRow) {
    ws.getCell(totalRow, grid.nameCol).value = '合计';
    ws.getCell(totalRow, grid.keyCol).value = 'total';
    ws.getCell(totalRow, v.col).value = { formula: `SUM(${classSum(() => true)})` };
    for (let k = 1; k <= grid.width; k++) bodyStyle(ws.getCell(totalRow, k), k > 2);
  }
  let end = last + 1;
  for (const line of grid.schema.lines.filter((l) => l.key === 'personnel' || l.key === 'public')) {
    ws.getCell(end, grid.nameCol).value = line.label;
    ws.getCell(end, grid.keyCol).value = line.key;
    ws.getCell(end, v.col).value = { formula: `SUM(${classSum((c) => staffCostKind(c) === line.key)})` };
    for (let k = 1; k <= grid.width; k++) bodyStyle(ws.getCell(end, k), k > 2);
    rowOf.set(line.key, end);
    end++;
  }
  if (totalRow) rowOf.set('total', totalRow);
  for (const r of table?.rows ?? []) {
    const at = rowOf.get(r.key);
    if (at) typeValue(ws, at, v.col, r.cells[v.id]?.value);
  }
}

/** Formula of a derived line (totals) in a template, or undefined for an input line. */
function lineFormula(
  grid: TableGrid,
  side: number,
  key: string,
  col: number,
  rowOfKey: (k: string) => number | undefined,
): string | undefined {
  const s = grid.sides[side];
  if (!s) return undefined;
  const c = colLetter(col);
  const ref = (k: string) => {
    const r = rowOfKey(k);
    return r ? `${c}${r}` : undefined;
  };
  const sumOf = (keys: string[]) => {
    const refs = keys.map(ref).filter((x): x is string => x !== undefined);
    return refs.length ? `SUM(${refs.join(',')})` : '0';
  };
  const lineKeys = s.lines.map((l) => l.key);
  const t = grid.schema.table;
  if (key === 'in.total') {
    return sumOf(
      lineKeys.filter((k) => /^in\.(gpb|govfund|soe|superior|business|operating|subsidiary|other)$/.test(k)),
    );
  }
  if (key === 'out.total') return sumOf(lineKeys.filter((k) => /^out\.\d{3}$/.test(k)));
  if (key === 'in.carryover' && t === 't04') return sumOf(lineKeys.filter((k) => k.startsWith('in.carryover.')));
  if (key === 'in.grand') return sumOf(['in.total', 'in.nonfiscalSurplus', 'in.carryover']);
  if (key === 'out.grand') return sumOf(['out.total', 'out.distribution', 'out.carryover']);
  if (t === 't11' && key === 'total') return sumOf(['goods', 'works', 'services']);
  return undefined;
}

function writeLinesTemplate(ws: ExcelJS.Worksheet, grid: TableGrid, table?: Table): void {
  const byKey = new Map((table?.rows ?? []).map((r) => [r.key, r]));
  const rows = lineRows(grid);
  const rowOf = (side: number) => (k: string) => {
    const hit = rows.find((x) => x.side === side && x.line.key === k);
    return hit ? grid.firstDataRow + hit.offset : undefined;
  };
  const keys = new Map<number, string[]>();
  let next = grid.firstDataRow;
  for (const { offset, side, line } of rows) {
    const row = grid.firstDataRow + offset;
    const s = grid.sides[side];
    if (!s) continue;
    if (s.labelCol) ws.getCell(row, s.labelCol).value = line.label;
    if (s.lineNoCol) ws.getCell(row, s.lineNoCol).value = line.lineNo ?? null;
    const allowed = line.columns;
    for (const v of s.values) {
      if (allowed && !allowed.includes(v.id)) continue;
      const c = ws.getCell(row, v.col);
      const formula =
        lineFormula(grid, side, line.key, v.col, rowOf(side)) ??
        (grid.schema.table === 't04' && v.id === 'out.total' && /^out\./.test(line.key)
          ? `SUM(${s.values
              .filter((x) => x.id !== 'out.total')
              .map((x) => address(row, x.col))
              .join(',')})`
          : undefined) ??
        threePublicFormula(grid, v.id, row);
      if (formula) c.value = { formula };
      else {
        inputStyle(c);
        decimalValidation(c);
      }
      typeValue(ws, row, v.col, byKey.get(line.key)?.cells[v.id]?.value);
    }
    const list = keys.get(row) ?? grid.sides.map(() => '');
    list[side] = line.key;
    keys.set(row, list);
    next = Math.max(next, row + 1);
  }
  for (const [row, list] of keys) {
    ws.getCell(row, grid.keyCol).value = list.join('|');
    for (let k = 1; k <= grid.width; k++)
      bodyStyle(
        ws.getCell(row, k),
        grid.values.some((v) => v.col === k),
      );
  }
  writeCountBlock(
    ws,
    grid.schema,
    grid,
    next,
    (key) => sheetValue(byKey.get(key)?.cells['count']?.value),
    true,
    (key) => byKey.get(key)?.label,
  );
}

/** t09: 合计 = 出国 + 用车小计 + 接待; 用车小计 = 购置 + 运行 (for 预算 and 决算 each). */
function threePublicFormula(grid: TableGrid, id: string, row: number): string | undefined {
  if (grid.schema.table !== 't09') return undefined;
  const [kind, item] = id.split('.');
  const at = (i: string) => {
    const v = grid.values.find((x) => x.id === `${kind}.${i}`);
    return v ? address(row, v.col) : '0';
  };
  if (item === 'total') return `SUM(${THREE_PUBLIC_PARTS.map(at).join(',')})`;
  if (item === OFFICIAL_CAR) return `SUM(${OFFICIAL_CAR_PARTS.map(at).join(',')})`;
  return undefined;
}

/** t06 as printed: 科目编码 | 科目名称 | 决算数 blocks side by side, 人员经费合计 / 公用经费合计 on the last line. */
function writeEconomicBlocks(ws: ExcelJS.Worksheet, schema: TableSchema, table: Table): void {
  const layout = economicBlocks(schema);
  const width = layout.width;
  ws.mergeCells(1, 1, 1, width);
  const title = ws.getCell(1, 1);
  title.value = table.title;
  title.font = { name: '黑体', size: 14, bold: true };
  title.alignment = { horizontal: 'center', vertical: 'middle' };
  ws.getRow(1).height = 28;
  ws.getCell(2, 1).value = table.number ?? schema.number ?? '';
  ws.getCell(2, width).value = `单位：${table.unit}`;
  ws.getCell(2, width).alignment = { horizontal: 'right' };
  const heads = ['科目编码', '科目名称', schema.columns[0]?.header.at(-1) ?? '决算数'];
  layout.blocks.forEach((_, b) => {
    heads.forEach((h, i) => {
      const c = ws.getCell(layout.headerRow, b * 3 + i + 1);
      c.value = h;
      headerStyle(c);
    });
    ws.getColumn(b * 3 + 1).width = 10;
    ws.getColumn(b * 3 + 2).width = 28;
    ws.getColumn(b * 3 + 3).width = 12;
  });
  const next = layout.blocks.map(() => layout.firstDataRow);
  for (const r of table.rows.filter((x) => x.kind === 'class' && x.code)) {
    const b = blockOf(layout, r.code ?? '');
    const row = next[b] ?? layout.firstDataRow;
    const code = ws.getCell(row, b * 3 + 1);
    code.value = r.code ?? '';
    code.numFmt = '@';
    ws.getCell(row, b * 3 + 2).value = r.label;
    putFigure(ws.getCell(row, b * 3 + 3), r.cells['amount']);
    next[b] = row + 1;
  }
  const last = Math.max(...next);
  for (let row = layout.firstDataRow; row <= last; row++) {
    for (let k = 1; k <= width; k++) bodyStyle(ws.getCell(row, k), k % 3 === 0);
  }
  const personnel = table.rows.find((r) => r.key === 'personnel');
  const publicFunds = table.rows.find((r) => r.key === 'public');
  ws.mergeCells(last, 1, last, 2);
  ws.getCell(last, 1).value = personnel?.label ?? '人员经费合计';
  putFigure(ws.getCell(last, 3), personnel?.cells['amount']);
  ws.mergeCells(last, 4, last, width - 1);
  ws.getCell(last, 4).value = publicFunds?.label ?? '公用经费合计';
  putFigure(ws.getCell(last, width), publicFunds?.cells['amount']);
  ws.views = [{ state: 'frozen', ySplit: layout.headerRow }];
  printSetup(ws, width, layout.headerRow);
  table.notes.forEach((n, i) => {
    ws.mergeCells(last + 2 + i, 1, last + 2 + i, width);
    ws.getCell(last + 2 + i, 1).value = n;
  });
}
