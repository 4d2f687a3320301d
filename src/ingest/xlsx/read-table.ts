import type ExcelJS from 'exceljs';
import { BLANK, parseCellValue, type Cell, type CellValue } from '../../model/cell.js';
import { ECONOMIC_2024 } from '../../model/catalog/economic.js';
import { staffCostKind } from '../../model/concepts/staff-costs.js';
import { FUNCTIONAL_2024 } from '../../model/catalog/functional.js';
import {
  addAmounts,
  formatAmount,
  formatAmountGrouped,
  isAmountUnit,
  type Amount,
  type AmountUnit,
} from '../../model/money.js';
import { lineColumns, printsAsEconomicBlocks, type LineSchema, type TableSchema } from '../../model/schemas/index.js';
import type { Row, Table } from '../../model/table.js';
import {
  amountOf,
  countOf,
  readSheetCell,
  source,
  textOf,
  withinRounding,
  type Problems,
  type SheetCell,
} from './cells.js';
import { blockOf, economicBlocks } from '../../formats/xlsx/economic-blocks.js';
import { formatDecimals } from '../../formats/xlsx/number-format.js';
import { readEconomicBlocks } from './read-economic-blocks.js';
import {
  absentLineKey,
  lineRows,
  NOTE_KEY,
  rowTotalParts,
  tableGrid,
  type TableGrid,
} from '../../formats/xlsx/sheet-layout.js';
import { OFFICIAL_CAR, OFFICIAL_CAR_PARTS, THREE_PUBLIC_PARTS } from '../../model/concepts/three-public.js';

/** How a table sheet is read: a filled template (derived cells recomputed and checked) or a rendered table (as is). */
export type SheetMode = 'template' | 'rendered';

export interface TableSheetInfo {
  readonly sheet: string;
  readonly schema: TableSchema;
  readonly empty?: boolean;
  readonly number?: string;
  readonly title?: string;
  readonly notes?: readonly string[];
}

type Values = Map<string, Amount | undefined>;

interface Ctx {
  readonly ws: ExcelJS.Worksheet;
  readonly file: string;
  readonly sheet: string;
  readonly problems: Problems;
  readonly mode: SheetMode;
}

function amountCell(column: string, a: Amount | undefined, src: Cell['source']): Cell {
  const value: CellValue = a ? { kind: 'amount', amount: a } : BLANK;
  return { column, raw: a ? formatAmountGrouped(a, a.scale) : '', value, ...(src ? { source: src } : {}) };
}

/**
 * A rendered amount as printed: the decimals and grouping its number format shows (6.2 shown as "6.20" was printed
 * 6.20; "0.00" prints 9746.50 without a comma).
 */
function renderedAmountCell(column: string, a: Amount | undefined, numFmt: string | undefined, src: Cell['source']) {
  const f = formatDecimals(numFmt);
  if (!a || !f) return amountCell(column, a, src);
  const amount = f.decimals > a.scale ? { minor: a.minor * 10 ** (f.decimals - a.scale), scale: f.decimals } : a;
  const raw = f.grouped ? formatAmountGrouped(amount, amount.scale) : formatAmount(amount);
  return { column, raw, value: { kind: 'amount', amount } as const, ...(src ? { source: src } : {}) };
}

/** A value cell read as printed: amounts, "--", counts or text. */
function printedCell(ctx: Ctx, column: string, money: boolean, row: number, col: number, cell: SheetCell): Cell {
  const src = source(ctx.file, ctx.sheet, row, col);
  if (cell.kind === 'number' && money && ctx.mode === 'rendered') {
    const a = amountOf(cell, ctx.problems, ctx.sheet, row, col);
    return renderedAmountCell(column, a, ctx.ws.getCell(row, col).numFmt, src);
  }
  if ((cell.kind === 'number' || cell.kind === 'date') && money)
    return amountCell(column, amountOf(cell, ctx.problems, ctx.sheet, row, col), src);
  const raw =
    cell.kind === 'number' ? String(cell.value) : cell.kind === 'text' || cell.kind === 'date' ? cell.text : '';
  if (money && cell.kind === 'text' && !/^[-—–－]+$/.test(raw)) {
    const a = amountOf(cell, ctx.problems, ctx.sheet, row, col);
    return amountCell(column, a, src);
  }
  return { column, raw, value: raw === '' ? BLANK : parseCellValue(raw, money), source: src };
}

function sumOf(list: readonly (Amount | undefined)[]): Amount | undefined {
  const present = list.filter((a): a is Amount => a !== undefined);
  return present.length ? addAmounts(present) : undefined;
}

/** Reads one table sheet into a model table. */
export function readTableSheet(
  ws: ExcelJS.Worksheet,
  info: TableSheetInfo,
  file: string,
  problems: Problems,
  mode: SheetMode,
): Table {
  const grid = tableGrid(info.schema);
  const ctx: Ctx = { ws, file, sheet: info.sheet, problems, mode };
  const rows =
    info.schema.rows === 'lines'
      ? readLines(ctx, grid)
      : mode === 'template'
        ? readClassTemplate(ctx, grid)
        : printsAsEconomicBlocks(info.schema)
          ? readEconomicBlocks(
              ws,
              info.schema,
              (r, c, column) => printedCell(ctx, column, true, r, c, readSheetCell(ws, r, c)),
              file,
              info.sheet,
            )
          : readClassRowsAsPrinted(ctx, grid);
  const hasFigure = rows.some((r) => Object.values(r.cells).some((c) => c.value.kind !== 'blank'));
  return {
    id: info.schema.table,
    schema: info.schema.id,
    title: info.title || info.schema.title,
    ...((info.number ?? info.schema.number) ? { number: info.number || info.schema.number } : {}),
    unit: mode === 'rendered' ? statedUnit(ws) : '万元',
    rows,
    notes: info.notes ?? [],
    empty: info.empty ?? !hasFigure,
    source: { file, sheet: info.sheet },
  };
}

/** The unit a rendered table states on its second row ("单位：元"); 万元 when it states none. */
function statedUnit(ws: ExcelJS.Worksheet): AmountUnit {
  for (let c = 1; c <= ws.columnCount; c++) {
    const m = /单位[：:]\s*(\S+)/.exec(textOf(readSheetCell(ws, 2, c)) ?? '');
    if (m && isAmountUnit(m[1])) return m[1];
  }
  return '万元';
}

function lastRow(ws: ExcelJS.Worksheet): number {
  return ws.actualRowCount > 0 ? Math.max(ws.rowCount, ws.actualRowCount) : 0;
}

const TOTAL_KEYS: Record<string, string> = {
  合计: 'total',
  总计: 'total',
  人员经费合计: 'personnel',
  公用经费合计: 'public',
};

/** A rendered classification table: rows as they stand, keys from the hidden key column. */
function readClassRowsAsPrinted(ctx: Ctx, grid: TableGrid): Row[] {
  const rows: Row[] = [];
  for (let r = grid.firstDataRow; r <= lastRow(ctx.ws); r++) {
    const code = textOf(readSheetCell(ctx.ws, r, grid.codeCol));
    const name = textOf(readSheetCell(ctx.ws, r, grid.nameCol)) ?? '';
    const key = textOf(readSheetCell(ctx.ws, r, grid.keyCol)) ?? code ?? TOTAL_KEYS[name.replace(/\s+/g, '')];
    if (!key || key === NOTE_KEY) continue;
    const cells: Record<string, Cell> = {};
    for (const v of grid.values)
      cells[v.id] = printedCell(ctx, v.id, v.money, r, v.col, readSheetCell(ctx.ws, r, v.col));
    const isClass = code !== undefined && /^\d+$/.test(code);
    rows.push({
      key,
      kind: isClass ? 'class' : 'total',
      ...(isClass ? { code } : {}),
      label: name,
      cells,
      source: { file: ctx.file, sheet: ctx.sheet, line: r },
    });
  }
  return rows;
}

interface Entry {
  code: string;
  name: string;
  row: number;
  typed: Values;
  values: Values;
  formulaCols: Set<string>;
}

/** A filled template of a classification table: 项 typed, 类/款/合计 and row totals derived and checked. */
function readClassTemplate(ctx: Ctx, grid: TableGrid): Row[] {
  const schema = grid.schema;
  const economic = schema.rows === 'economic';
  const catalog = economic ? ECONOMIC_2024 : FUNCTIONAL_2024;
  const entries = new Map<string, Entry>();
  const totalLines = new Map<string, { row: number; typed: Values }>();
  const rowTotal = rowTotalParts(schema);
  for (let r = grid.firstDataRow; r <= lastRow(ctx.ws); r++) {
    const codeCell = readSheetCell(ctx.ws, r, grid.codeCol);
    const code = textOf(codeCell)?.replace(/\s+/g, '');
    const name = textOf(readSheetCell(ctx.ws, r, grid.nameCol)) ?? '';
    const key = textOf(readSheetCell(ctx.ws, r, grid.keyCol));
    if (key === NOTE_KEY) continue;
    const typed: Values = new Map();
    const formulaCols = new Set<string>();
    for (const v of grid.values) {
      const c = readSheetCell(ctx.ws, r, v.col);
      if (c.kind === 'formula') formulaCols.add(v.id);
      else typed.set(v.id, amountOf(c, ctx.problems, ctx.sheet, r, v.col));
    }
    const lineKey = key && !/^\d+$/.test(key) ? key : !code ? TOTAL_KEYS[name.replace(/\s+/g, '')] : undefined;
    if (lineKey) {
      totalLines.set(lineKey, { row: r, typed });
      continue;
    }
    const anyValue = [...typed.values()].some((a) => a !== undefined);
    if (!code) {
      if (name !== '' && anyValue) ctx.problems.add(ctx.sheet, r, grid.codeCol, `“${name}”缺少科目编码`);
      continue;
    }
    // A line without figures is not printed (blank is not zero); derived 类/款 come back from their children.
    if (!anyValue) continue;
    if (!/^\d{3}(\d{2}){0,2}$/.test(code)) {
      ctx.problems.add(ctx.sheet, r, grid.codeCol, `科目编码“${code}”应为 3、5 或 7 位数字`);
      continue;
    }
    const label = name || catalog[code];
    if (!label) {
      ctx.problems.add(ctx.sheet, r, grid.nameCol, `科目“${code}”缺少科目名称`);
      continue;
    }
    if (entries.has(code)) {
      ctx.problems.add(ctx.sheet, r, grid.codeCol, `科目编码“${code}”重复填写（第 ${entries.get(code)?.row} 行已有）`);
      continue;
    }
    // The row's own total column = Σ its parts (t02/t03: the sources or kinds; t05/t07/t08: 基本 + 项目).
    const values: Values = new Map(typed);
    if (rowTotal) {
      const parts = sumOf(rowTotal.parts.map((p) => typed.get(p)));
      const given = typed.get(rowTotal.total);
      if (formulaCols.has(rowTotal.total) || given === undefined) values.set(rowTotal.total, parts);
      else if (parts && !withinRounding(given, parts, rowTotal.parts.length)) {
        const col = grid.values.find((v) => v.id === rowTotal.total)?.col ?? 1;
        ctx.problems.add(ctx.sheet, r, col, `合计数 ${fmt(given)} 与各栏之和 ${fmt(parts)} 不符`);
      }
    }
    entries.set(code, { code, name: label, row: r, typed, values, formulaCols });
  }

  // 类 and 款 rows: derived from their children when not typed; checked when typed.
  for (const len of [5, 3]) {
    const parents = new Set([...entries.keys()].filter((c) => c.length > len).map((c) => c.slice(0, len)));
    for (const p of parents) {
      const children = [...entries.values()].filter((e) => e.code.length === len + 2 && e.code.startsWith(p));
      if (children.length === 0) continue;
      const existing = entries.get(p);
      const derived: Values = new Map();
      for (const v of grid.values) derived.set(v.id, sumOf(children.map((c) => c.values.get(v.id))));
      if (!existing) {
        entries.set(p, {
          code: p,
          name: catalog[p] ?? p,
          row: 0,
          typed: new Map(),
          values: derived,
          formulaCols: new Set(grid.values.map((v) => v.id)),
        });
        continue;
      }
      for (const v of grid.values) {
        const want = derived.get(v.id);
        const given = existing.values.get(v.id);
        if (existing.formulaCols.has(v.id) || given === undefined) existing.values.set(v.id, want);
        else if (want && !withinRounding(given, want, children.length)) {
          ctx.problems.add(
            ctx.sheet,
            existing.row,
            v.col,
            `${p} ${existing.name}的金额 ${fmt(given)} 与下级科目之和 ${fmt(want)} 不符`,
          );
        }
      }
    }
  }

  // In printed order: by code, and for t06 block by block (301 and 303 first, then 302, then the rest).
  const blocks = printsAsEconomicBlocks(schema) ? economicBlocks(schema) : undefined;
  const rank = (code: string) => (blocks ? blockOf(blocks, code) : 0);
  const ordered = [...entries.values()].sort((a, b) => rank(a.code) - rank(b.code) || a.code.localeCompare(b.code));
  const classRows = ordered.map((e) => classRow(ctx, grid, e));
  const top = ordered.filter((e) => e.code.length === 3);
  const derivedLine = (key: string): Values => {
    const pick = (pred: (code: string) => boolean) => top.filter((e) => pred(e.code));
    const members = key === 'personnel' || key === 'public' ? pick((c) => staffCostKind(c) === key) : top;
    const out: Values = new Map();
    for (const v of grid.values) out.set(v.id, sumOf(members.map((m) => m.values.get(v.id))));
    return out;
  };
  const lines = schema.lines.filter((l) => l.kind === 'total');
  const lineRowsOut = lines.map((line) => {
    const derived = derivedLine(line.key);
    const given = totalLines.get(line.key);
    const cells: Record<string, Cell> = {};
    for (const v of grid.values) {
      const want = derived.get(v.id);
      const typed = given?.typed.get(v.id);
      if (typed !== undefined && want !== undefined && !withinRounding(typed, want, top.length)) {
        ctx.problems.add(ctx.sheet, given?.row ?? 0, v.col, `${line.label} ${fmt(typed)} 与明细之和 ${fmt(want)} 不符`);
      }
      cells[v.id] = amountCell(v.id, typed ?? want, given ? source(ctx.file, ctx.sheet, given.row, v.col) : undefined);
    }
    return { key: line.key, kind: 'total' as const, label: line.label, cells };
  });
  const totalsFirst = schema.rows === 'functional' && schema.id !== 'shanghai/t05';
  const head = lineRowsOut.filter((r) => r.key === 'total');
  const tail = lineRowsOut.filter((r) => r.key !== 'total');
  return totalsFirst || schema.rows === 'economic' ? [...head, ...classRows, ...tail] : [...classRows, ...lineRowsOut];
}

function classRow(ctx: Ctx, grid: TableGrid, e: Entry): Row {
  const cells: Record<string, Cell> = {};
  for (const v of grid.values) {
    cells[v.id] = amountCell(v.id, e.values.get(v.id), e.row ? source(ctx.file, ctx.sheet, e.row, v.col) : undefined);
  }
  return {
    key: e.code,
    kind: 'class',
    code: e.code,
    label: e.name,
    cells,
    ...(e.row ? { source: { file: ctx.file, sheet: ctx.sheet, line: e.row } } : {}),
  };
}

function fmt(a: Amount): string {
  return formatAmountGrouped(a, 2);
}

const NUMBERING_RE =
  /^\s*((?:[一二三四五六七八九十]+、)|(?:[（(][一二三四五六七八九十\d]+[)）])|(?:\d+[.、])|(?:其中[：:]))\s*/;

/** A lines table (t01, t04, t09, t11): rows by the hidden key column, derived lines recomputed for templates. */
function readLines(ctx: Ctx, grid: TableGrid): Row[] {
  const schema = grid.schema;
  const placed = lineRows(grid);
  const rowOf = new Map<string, number>();
  for (const p of placed) rowOf.set(`${p.side}:${p.line.key}`, grid.firstDataRow + p.offset);
  // Rows actually present (their keys in the hidden column), so a rendered table keeps its own lines.
  const out: Row[] = [];
  const values = new Map<string, Values>();
  const typedAt = new Map<string, { row: number; typed: Values; formula: Set<string> }>();
  for (const { side, line } of placed) {
    const r = rowOf.get(`${side}:${line.key}`) ?? 0;
    const keys = (textOf(readSheetCell(ctx.ws, r, grid.keyCol)) ?? '').split('|');
    if (ctx.mode === 'rendered' && keys[side] === absentLineKey(line.key)) continue;
    if ((keys[side] ?? '') !== line.key) {
      ctx.problems.add(ctx.sheet, r, grid.keyCol, `表格结构被改动：此行应为“${line.label}”`);
      continue;
    }
    const s = grid.sides[side];
    if (!s) continue;
    const typed: Values = new Map();
    const formula = new Set<string>();
    for (const v of s.values) {
      const c = readSheetCell(ctx.ws, r, v.col);
      if (c.kind === 'formula') formula.add(v.id);
      else typed.set(v.id, amountOf(c, ctx.problems, ctx.sheet, r, v.col));
    }
    typedAt.set(line.key, { row: r, typed, formula });
    values.set(line.key, new Map(typed));
  }
  if (ctx.mode === 'template') deriveLines(ctx, grid, values, typedAt);
  for (const { side, line } of placed) {
    const at = typedAt.get(line.key);
    if (!at) continue;
    const s = grid.sides[side];
    const printedLabel = s?.labelCol ? textOf(readSheetCell(ctx.ws, at.row, s.labelCol)) : undefined;
    const m = printedLabel ? NUMBERING_RE.exec(printedLabel) : null;
    const label = printedLabel ? printedLabel.slice(m ? m[0].length : 0).trim() : line.label;
    const lineNo = s?.lineNoCol ? readSheetCell(ctx.ws, at.row, s.lineNoCol) : undefined;
    const cells: Record<string, Cell> = {};
    for (const col of lineColumns(schema, line)) {
      const v = s?.values.find((x) => x.id === col.id);
      if (!v) continue;
      const src = source(ctx.file, ctx.sheet, at.row, v.col);
      cells[col.id] =
        ctx.mode === 'rendered'
          ? printedCell(ctx, col.id, col.money, at.row, v.col, readSheetCell(ctx.ws, at.row, v.col))
          : amountCell(col.id, values.get(line.key)?.get(col.id), src);
    }
    out.push({
      key: line.key,
      kind: line.kind,
      ...(line.code ? { code: line.code } : {}),
      label: label || line.label,
      ...(m?.[1] ? { numbering: m[1] } : {}),
      ...(lineNo?.kind === 'number'
        ? { lineNo: lineNo.value }
        : line.lineNo !== undefined && s?.lineNoCol
          ? { lineNo: line.lineNo }
          : {}),
      ...(line.side ? { side: line.side } : {}),
      cells,
      source: { file: ctx.file, sheet: ctx.sheet, line: at.row },
    });
  }
  out.push(...readCounts(ctx, grid));
  return out;
}

/** The derived lines of t01/t04/t09/t11 (totals), recomputed from their parts; typed ones must agree. */
function deriveLines(
  ctx: Ctx,
  grid: TableGrid,
  values: Map<string, Values>,
  typedAt: Map<string, { row: number; typed: Values; formula: Set<string> }>,
): void {
  const schema = grid.schema;
  const t = schema.table;
  const set = (key: string, col: string, parts: (Amount | undefined)[], label: string) => {
    const want = sumOf(parts);
    const at = typedAt.get(key);
    const given = at?.typed.get(col);
    const v = values.get(key) ?? new Map<string, Amount | undefined>();
    if (at?.formula.has(col) || given === undefined) v.set(col, want);
    else if (want && !withinRounding(given, want, parts.length)) {
      const c = grid.values.find((x) => x.id === col)?.col ?? 1;
      ctx.problems.add(ctx.sheet, at?.row ?? 0, c, `${label} ${fmt(given)} 与各项之和 ${fmt(want)} 不符`);
    }
    values.set(key, v);
  };
  const get = (key: string, col: string) => values.get(key)?.get(col);
  const keysOf = (side: 'income' | 'expenditure') =>
    grid.sides.find((s) => s.side === side)?.lines.map((l) => l.key) ?? [];
  const label = (key: string) => schema.lines.find((l) => l.key === key)?.label ?? key;
  if (t === 't09') {
    for (const kind of ['budget', 'actual']) {
      set(
        'main',
        `${kind}.${OFFICIAL_CAR}`,
        OFFICIAL_CAR_PARTS.map((i) => get('main', `${kind}.${i}`)),
        '公务用车购置及运行维护费小计',
      );
      set(
        'main',
        `${kind}.total`,
        THREE_PUBLIC_PARTS.map((i) => get('main', `${kind}.${i}`)),
        '“三公”经费合计',
      );
    }
    return;
  }
  if (t === 't11') {
    set(
      'total',
      'amount',
      ['goods', 'works', 'services'].map((k) => get(k, 'amount')),
      label('total'),
    );
    return;
  }
  const outCols = grid.sides.find((s) => s.side === 'expenditure')?.values.map((v) => v.id) ?? [];
  if (t === 't04') {
    for (const key of keysOf('expenditure')) {
      set(
        key,
        'out.total',
        outCols.filter((c) => c !== 'out.total').map((c) => get(key, c)),
        `${label(key)}合计`,
      );
    }
  }
  const inc = keysOf('income');
  set(
    'in.total',
    'in.amount',
    inc
      .filter((k) => /^in\.(gpb|govfund|soe|superior|business|operating|subsidiary|other)$/.test(k))
      .map((k) => get(k, 'in.amount')),
    label('in.total'),
  );
  if (t === 't04')
    set(
      'in.carryover',
      'in.amount',
      inc.filter((k) => k.startsWith('in.carryover.')).map((k) => get(k, 'in.amount')),
      label('in.carryover'),
    );
  set(
    'in.grand',
    'in.amount',
    ['in.total', 'in.nonfiscalSurplus', 'in.carryover'].map((k) => get(k, 'in.amount')),
    '收入总计',
  );
  const out = keysOf('expenditure');
  for (const col of outCols) {
    set(
      'out.total',
      col,
      out.filter((k) => /^out\.\d{3}$/.test(k)).map((k) => get(k, col)),
      label('out.total'),
    );
    set(
      'out.grand',
      col,
      ['out.total', 'out.distribution', 'out.carryover'].map((k) => get(k, col)),
      '支出总计',
    );
  }
}

/** Qinghai t09 statistics under the table: rows whose hidden key is a count line. */
function readCounts(ctx: Ctx, grid: TableGrid): Row[] {
  const lines = grid.schema.lines.filter((l) => l.kind === 'count');
  if (lines.length === 0) return [];
  // Each statistics line holds up to two counts (项目 | 统计数 | 项目 | 统计数), their keys in the hidden column.
  const found = new Map<string, { row: number; col: number }>();
  for (let r = grid.firstDataRow; r <= lastRow(ctx.ws); r++) {
    const keys = textOf(readSheetCell(ctx.ws, r, grid.keyCol))?.split('|') ?? [];
    keys.forEach((k, j) => {
      if (k.startsWith('count.')) found.set(k, { row: r, col: j * 2 + 1 });
    });
  }
  return lines
    .filter((l) => found.has(l.key))
    .map((l: LineSchema) => {
      const { row: r, col } = found.get(l.key) ?? { row: 0, col: 1 };
      const c = readSheetCell(ctx.ws, r, col + 1);
      const n = countOf(c, ctx.problems, ctx.sheet, r, col + 1);
      const cell: Cell = {
        column: 'count',
        raw: n === undefined ? '' : String(n),
        value: n === undefined ? BLANK : { kind: 'number', value: String(n) },
        source: source(ctx.file, ctx.sheet, r, col + 1),
      };
      const label = textOf(readSheetCell(ctx.ws, r, col)) ?? l.label;
      return {
        key: l.key,
        kind: 'count' as const,
        label,
        cells: { count: cell },
        source: { file: ctx.file, sheet: ctx.sheet, line: r },
      };
    });
}
