import { Decimal } from 'decimal.js';
import type { Disclosure } from '../../model/disclosure.js';
import { columnLabel, getSchema, type ColumnSchema } from '../../model/schemas/index.js';
import type { Row, Table } from '../../model/table.js';
import type { CellRef } from '../claims/types.js';
import { amountInterval } from '../figures.js';
import { add, div, exact, mul, neg, overlaps, possiblyAtMost, sub, type Interval } from '../interval.js';
import { cellFigure, tableOf } from '../locate.js';
import type { Expr, Formula } from './parse.js';

/** A value with the interval of values its printed figures stand for. */
export interface Value {
  readonly point: Decimal;
  readonly interval: Interval;
}

export type FormulaStatus = 'ok' | 'rounding' | 'violated' | 'skip';

export interface FormulaOutcome {
  readonly status: FormulaStatus;
  readonly left?: Value;
  readonly right?: Value;
  /** The cells the formula read, left to right. */
  readonly cells: readonly CellRef[];
  /** Why the formula could not be judged (a table or row the document does not have). */
  readonly reason?: string;
}

class Skip extends Error {}

const squash = (s: string) =>
  s
    .replace(/[\s\u3000]+/g, '')
    .replace(/\(/g, '（')
    .replace(/\)/g, '）');

function findRow(table: Table, sel: string): Row | undefined {
  const s = squash(sel);
  const byKey = table.rows.find((r) => r.key === sel || r.code === sel);
  if (byKey) return byKey;
  if (s === '合计' || s === '总计') return table.rows.find((r) => r.key === 'total');
  const byLabel = table.rows.filter((r) => squash(r.label) === s);
  if (byLabel.length > 1) throw new Skip(`行“${sel}”在 ${table.id} 中不唯一，请用行号或编码`);
  return byLabel[0];
}

function schemaColumns(table: Table): readonly ColumnSchema[] {
  try {
    return getSchema(table.schema).columns;
  } catch {
    return [];
  }
}

function findColumn(table: Table, row: Row, sel: string | undefined): string {
  const cols = schemaColumns(table).filter((c) => !c.side || !row.side || c.side === row.side);
  if (sel === undefined) {
    const first = cols.find((c) => c.money && c.id in row.cells) ?? cols.find((c) => c.id in row.cells);
    if (!first) throw new Skip(`${table.id}“${row.label}”行没有可用的栏目`);
    return first.id;
  }
  if (cols.some((c) => c.id === sel) || sel in row.cells) return sel;
  const s = squash(sel);
  const hits = cols.filter((c) => squash(columnLabel(c)) === s || squash(c.header.at(-1) ?? '') === s);
  if (hits.length > 1) throw new Skip(`栏目“${sel}”在 ${table.id} 中不唯一，请用栏目编号（如 ${hits[0]?.id}）`);
  const hit = hits[0];
  if (!hit) throw new Skip(`${table.id} 没有栏目“${sel}”`);
  return hit.id;
}

function resolve(doc: Disclosure, e: Extract<Expr, { kind: 'ref' }>, cells: CellRef[]): Value {
  const table = tableOf(doc, e.table);
  if (!table) throw new Skip(`文档没有 ${e.table}`);
  const row = findRow(table, e.row);
  if (!row) {
    // A classification row that is not printed is nothing; a missing labelled line is unknown.
    if (/^\d{3,7}$/.test(e.row) && table.rows.some((r) => r.kind === 'class'))
      return { point: new Decimal(0), interval: exact(0) };
    throw new Skip(`${e.table} 没有“${e.row}”行`);
  }
  const column = findColumn(table, row, e.column);
  const ref: CellRef = { table: e.table, rowKey: row.key, column };
  cells.push(ref);
  const f = cellFigure(doc, ref);
  if (!f) throw new Skip(`${e.text} 不是数值`);
  // Blank is nothing (exactly 0); a count is exact; an amount stands for its rounding interval.
  const kind = row.cells[column]?.value.kind;
  const isExact = kind === 'number' || kind === 'blank' || kind === 'na';
  return { point: f.value, interval: isExact ? exact(f.value) : amountInterval(f) };
}

function evalExpr(doc: Disclosure, e: Expr, cells: CellRef[]): Value {
  switch (e.kind) {
    case 'number':
      return { point: e.value, interval: exact(e.value) };
    case 'ref':
      return resolve(doc, e, cells);
    case 'negate': {
      const v = evalExpr(doc, e.operand, cells);
      return { point: v.point.neg(), interval: neg(v.interval) };
    }
    case 'binary': {
      const l = evalExpr(doc, e.left, cells);
      const r = evalExpr(doc, e.right, cells);
      if (e.op === '+') return { point: l.point.plus(r.point), interval: add(l.interval, r.interval) };
      if (e.op === '-') return { point: l.point.minus(r.point), interval: sub(l.interval, r.interval) };
      if (e.op === '*') return { point: l.point.times(r.point), interval: mul(l.interval, r.interval) };
      const q = div(l.interval, r.interval);
      if (!q || r.point.isZero()) throw new Skip('除数可能为零');
      return { point: l.point.div(r.point), interval: q };
    }
  }
}

/**
 * Judges a formula on a document with rounding intervals: `ok` when the printed figures satisfy it exactly,
 * `rounding` when only unrounded values within the printed figures' intervals do, `violated` when none do.
 */
export function evaluateFormula(doc: Disclosure, f: Formula): FormulaOutcome {
  const cells: CellRef[] = [];
  let left: Value;
  let right: Value;
  try {
    left = evalExpr(doc, f.left, cells);
    right = evalExpr(doc, f.right, cells);
  } catch (e) {
    if (e instanceof Skip) return { status: 'skip', cells, reason: e.message };
    throw e;
  }
  const c = left.point.comparedTo(right.point);
  const l = left.interval;
  const r = right.interval;
  let exactOk: boolean;
  let possible: boolean;
  switch (f.relation) {
    case '=':
      exactOk = c === 0;
      possible = overlaps(l, r);
      break;
    case '<=':
      exactOk = c <= 0;
      possible = possiblyAtMost(l, r);
      break;
    case '>=':
      exactOk = c >= 0;
      possible = possiblyAtMost(r, l);
      break;
    case '<':
      exactOk = c < 0;
      possible = l.lo.lessThan(r.hi);
      break;
    case '>':
      exactOk = c > 0;
      possible = r.lo.lessThan(l.hi);
      break;
  }
  return { status: exactOk ? 'ok' : possible ? 'rounding' : 'violated', left, right, cells };
}
