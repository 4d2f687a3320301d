import { Decimal } from 'decimal.js';
import type { Disclosure } from '../../model/disclosure.js';
import { columnLabel, getSchema, type ColumnSchema } from '../../model/schemas/index.js';
import type { Row, Table } from '../../model/table.js';
import type { CellRef } from '../claims/types.js';
import { amountInterval } from '../figures.js';
import { add, div, exact, mul, neg, overlaps, possiblyAtMost, sub, type Interval } from '../interval.js';
import { leafCount } from '../aggregate.js';
import { cellFigure, tableOf } from '../locate.js';
import type { Expr, Formula, Relation } from './parse.js';
import { foldForMatching } from '../../model/concepts/text.js';

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
  /**
   * What stopped it: `table`, the document has no such table (a layout without it); `reference`, no such row or
   * column, or an ambiguous one (likely a misspelt formula); `value`, a cell that is not a number or a divisor
   * that may be zero.
   */
  readonly skipKind?: SkipKind;
}

export type SkipKind = 'table' | 'reference' | 'value';

class Skip extends Error {
  constructor(
    message: string,
    readonly kind: SkipKind = 'reference',
  ) {
    super(message);
  }
}

const squash = foldForMatching;

const rowIndex = new WeakMap<Table, Map<string, Row>>();

/** Rows by key and code, built once per table (the tree is immutable). */
function rowsByKey(table: Table): Map<string, Row> {
  let m = rowIndex.get(table);
  if (!m) {
    m = new Map();
    for (const r of table.rows) {
      if (r.code && !m.has(r.code)) m.set(r.code, r);
      m.set(r.key, r);
    }
    rowIndex.set(table, m);
  }
  return m;
}

function findRow(table: Table, sel: string): Row | undefined {
  const byKey = rowsByKey(table).get(sel);
  if (byKey) return byKey;
  const s = squash(sel);
  if (s === '合计' || s === '总计') return table.rows.find((r) => r.key === 'total');
  const byLabel = table.rows.filter((r) => squash(r.label) === s);
  if (byLabel.length > 1) throw new Skip(`行“${sel}”在 ${table.id} 中不唯一，请用行号或编码`);
  return byLabel[0];
}

/**
 * A labelled line the table's schema marks optional (上年结转 in a 预算 that prints none): not printed means
 * nothing, as an unprinted classification row does.
 */
function optionalLineMissing(table: Table, sel: string): boolean {
  let lines;
  try {
    lines = getSchema(table.schema).lines;
  } catch {
    return false;
  }
  const s = squash(sel);
  return lines.some(
    (l) => l.optional === true && (l.key === sel || [l.label, ...(l.aliases ?? [])].some((x) => squash(x) === s)),
  );
}

function schemaColumns(table: Table): readonly ColumnSchema[] {
  try {
    return getSchema(table.schema).columns;
  } catch {
    return [];
  }
}

function findColumn(table: Table, row: Row, sel: string | undefined): string {
  if (sel !== undefined && sel in row.cells) return sel; // a column id
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

function resolve(doc: Disclosure, e: Extract<Expr, { kind: 'ref' }>, cells: CellRef[], aggregates: boolean): Value {
  const table = tableOf(doc, e.table);
  if (!table) throw new Skip(`文档没有 ${e.table}`, 'table');
  const row = findRow(table, e.row);
  if (!row) {
    // A classification row that is not printed is nothing; a missing labelled line is unknown.
    if (/^\d{3,7}$/.test(e.row) && table.rows.some((r) => r.kind === 'class'))
      return { point: new Decimal(0), interval: exact(0) };
    if (optionalLineMissing(table, e.row)) return { point: new Decimal(0), interval: exact(0) };
    throw new Skip(`${e.table} 没有“${e.row}”行`);
  }
  const column = findColumn(table, row, e.column);
  const ref: CellRef = { table: e.table, rowKey: row.key, column };
  cells.push(ref);
  const f = cellFigure(doc, ref);
  if (!f) throw new Skip(`${e.text} 不是数值`, 'value');
  // Blank is nothing (exactly 0); a count is exact; an amount stands for its rounding interval.
  const kind = row.cells[column]?.value.kind;
  const isExact = kind === 'number' || kind === 'blank' || kind === 'na';
  if (isExact) return { point: f.value, interval: exact(f.value) };
  const printed = amountInterval(f);
  if (!aggregates) return { point: f.value, interval: printed };
  // A total compared across tables: its rounding half-width once per item it sums, as on the fast path.
  const n = leafCount(doc, ref);
  return {
    point: f.value,
    interval: {
      ...printed,
      lo: f.value.minus(f.value.minus(printed.lo).times(n)),
      hi: f.value.plus(printed.hi.minus(f.value).times(n)),
    },
  };
}

function evalExpr(doc: Disclosure, e: Expr, cells: CellRef[], aggregates: boolean): Value {
  switch (e.kind) {
    case 'number':
      return { point: e.value, interval: exact(e.value) };
    case 'ref':
      return resolve(doc, e, cells, aggregates);
    case 'negate': {
      const v = evalExpr(doc, e.operand, cells, aggregates);
      return { point: v.point.neg(), interval: neg(v.interval) };
    }
    case 'binary': {
      const l = evalExpr(doc, e.left, cells, aggregates);
      const r = evalExpr(doc, e.right, cells, aggregates);
      if (e.op === '+') return { point: l.point.plus(r.point), interval: add(l.interval, r.interval) };
      if (e.op === '-') return { point: l.point.minus(r.point), interval: sub(l.interval, r.interval) };
      if (e.op === '*') return { point: l.point.times(r.point), interval: mul(l.interval, r.interval) };
      const q = div(l.interval, r.interval);
      if (!q || r.point.isZero()) throw new Skip('除数可能为零', 'value');
      return { point: l.point.div(r.point), interval: q };
    }
  }
}

/** Scale of the integer fast path: amounts as counts of 0.001 (half of 0.01 is 5). */
const FAST_SCALE = 3;
const POW10 = [1, 10, 100, 1000];

interface Term {
  readonly value: number; // in units of 10^-FAST_SCALE, signed
  readonly half: number; // half-width of its rounding interval, 0 when exact
  readonly sign: 1 | -1;
}

/**
 * The common case, a sum or difference of cells and numbers, in exact integers (no Decimal objects): the check
 * runs hundreds of these per document. Undefined when the formula is not linear or a figure does not fit.
 */
function fastEval(doc: Disclosure, f: Formula, cells: CellRef[], aggregates: boolean): FormulaOutcome | undefined {
  const sides: Term[][] = [[], []];
  const collect = (e: Expr, sign: 1 | -1, out: Term[]): boolean => {
    if (e.kind === 'binary' && (e.op === '+' || e.op === '-')) {
      return collect(e.left, sign, out) && collect(e.right, e.op === '+' ? sign : sign === 1 ? -1 : 1, out);
    }
    if (e.kind === 'negate') return collect(e.operand, sign === 1 ? -1 : 1, out);
    if (e.kind === 'number') {
      const v = e.value.times(POW10[FAST_SCALE] ?? 1000);
      if (!v.isInteger()) return false;
      out.push({ value: v.toNumber() * sign, half: 0, sign });
      return true;
    }
    if (e.kind !== 'ref') return false;
    const t = termOf(doc, e, cells, sign, aggregates);
    if (!t) return false;
    out.push(t);
    return true;
  };
  try {
    if (!collect(f.left, 1, sides[0] ?? []) || !collect(f.right, 1, sides[1] ?? [])) return undefined;
  } catch (e) {
    if (e instanceof Skip) return { status: 'skip', cells, reason: e.message, skipKind: e.kind };
    throw e;
  }
  const [left, right] = sides.map(sideOf) as [Side, Side];
  if (![left.v, left.h, right.v, right.h].every(Number.isSafeInteger)) return undefined;
  const status = decide(left, right, f.relation);
  if (status === 'ok') return { status, cells };
  return { status, cells, left: valueOf(left), right: valueOf(right) };
}

/** Judges left ⋈ right on integer sides (values and half-widths in units of 10^-FAST_SCALE). */
function decide(left: Side, right: Side, relation: Relation): FormulaStatus {
  // left − right: its low end is open when an amount enters it with a minus sign, its high end when with a plus.
  const d = left.v - right.v;
  const h = left.h + right.h;
  const loOpen = left.loOpen || right.hiOpen;
  const hiOpen = left.hiOpen || right.loOpen;
  const lo = d - h;
  const hi = d + h;
  const canBeBelow = lo < 0 || (lo === 0 && !loOpen); // left − right can be ≤ 0
  const canBeAbove = hi > 0 || (hi === 0 && !hiOpen); // left − right can be ≥ 0
  let exactOk: boolean;
  let possible: boolean;
  switch (relation) {
    case '=':
      exactOk = d === 0;
      possible = canBeBelow && canBeAbove;
      break;
    case '<=':
      exactOk = d <= 0;
      possible = canBeBelow;
      break;
    case '>=':
      exactOk = d >= 0;
      possible = canBeAbove;
      break;
    case '<':
      exactOk = d < 0;
      possible = lo < 0;
      break;
    case '>':
      exactOk = d > 0;
      possible = hi > 0;
      break;
  }
  return exactOk ? 'ok' : possible ? 'rounding' : 'violated';
}

/** Σ of cells as an integer side; 'skip' when a table or labelled line is missing; undefined when not integral. */
function sumCells(doc: Disclosure, refs: readonly CellRef[], aggregates: boolean): Side | 'skip' | undefined {
  let v = 0;
  let h = 0;
  let table: Table | undefined;
  for (const ref of refs) {
    if (table?.id !== ref.table) table = tableOf(doc, ref.table); // a sum's cells are mostly of one table
    if (!table) return 'skip';
    const row = rowsByKey(table).get(ref.rowKey);
    if (!row) {
      if (/^\d{3,7}$/.test(ref.rowKey) && table.rows.some((r) => r.kind === 'class')) continue;
      if (optionalLineMissing(table, ref.rowKey)) continue;
      return 'skip';
    }
    const val = row.cells[ref.column]?.value;
    if (!val) return 'skip';
    if (val.kind === 'blank' || val.kind === 'na') continue;
    if (val.kind !== 'amount' || val.amount.scale > FAST_SCALE - 1) return undefined;
    v += val.amount.minor * (POW10[FAST_SCALE - val.amount.scale] ?? 1);
    h += 5 * (aggregates ? leafCount(doc, ref) : 1);
  }
  return { v, h, loOpen: false, hiOpen: h > 0 };
}

/**
 * Σ left ⋈ Σ right over cells given by key and column id (the sums the rules generate for every row): no
 * formula text, no Decimal unless it fails. Undefined when a figure is not integral at 0.001 (use the formula).
 */
export function evaluateSums(
  doc: Disclosure,
  left: readonly CellRef[],
  relation: Relation,
  right: readonly CellRef[],
  options: EvaluateOptions = {},
): FormulaOutcome | undefined {
  if (mixedUnits(doc, new Set([...left, ...right].map((c) => c.table)))) return { status: 'skip', cells: [] };
  const l = sumCells(doc, left, options.aggregates ?? false);
  const r = sumCells(doc, right, options.aggregates ?? false);
  if (l === undefined || r === undefined) return undefined;
  if (l === 'skip' || r === 'skip') return { status: 'skip', cells: [] };
  if (![l.v, l.h, r.v, r.h].every(Number.isSafeInteger)) return undefined;
  const status = decide(l, r, relation);
  if (status === 'ok') return { status, cells: [] };
  return { status, cells: [...left, ...right], left: valueOf(l), right: valueOf(r) };
}

interface Side {
  readonly v: number;
  readonly h: number;
  readonly loOpen: boolean;
  readonly hiOpen: boolean;
}

function sideOf(terms: readonly Term[]): Side {
  let v = 0;
  let h = 0;
  let loOpen = false;
  let hiOpen = false;
  for (const t of terms) {
    v += t.value;
    h += t.half;
    if (t.half > 0) {
      if (t.sign === 1) hiOpen = true;
      else loOpen = true;
    }
  }
  return { v, h, loOpen, hiOpen };
}

function valueOf(s: Side): Value {
  const unit = (n: number) => new Decimal(`${n}e-${FAST_SCALE}`);
  return {
    point: unit(s.v),
    interval: { lo: unit(s.v - s.h), hi: unit(s.v + s.h), loOpen: s.loOpen, hiOpen: s.hiOpen },
  };
}

function termOf(
  doc: Disclosure,
  e: Extract<Expr, { kind: 'ref' }>,
  cells: CellRef[],
  sign: 1 | -1,
  aggregates: boolean,
): Term | undefined {
  const table = tableOf(doc, e.table);
  if (!table) throw new Skip(`文档没有 ${e.table}`, 'table');
  const row = findRow(table, e.row);
  if (!row) {
    if (/^\d{3,7}$/.test(e.row) && table.rows.some((r) => r.kind === 'class')) return { value: 0, half: 0, sign };
    throw new Skip(`${e.table} 没有“${e.row}”行`);
  }
  const column = findColumn(table, row, e.column);
  const ref: CellRef = { table: e.table, rowKey: row.key, column };
  cells.push(ref);
  const v = row.cells[column]?.value;
  if (!v) throw new Skip(`${e.text} 不是数值`, 'value');
  if (v.kind === 'blank' || v.kind === 'na') return { value: 0, half: 0, sign };
  if (v.kind !== 'amount' || v.amount.scale > FAST_SCALE - 1) return undefined;
  const value = v.amount.minor * (POW10[FAST_SCALE - v.amount.scale] ?? 1) * sign;
  // Printed to 0.01 at least: ± 0.005; a total compared across tables: ± 0.005 per item it sums.
  return { value, half: 5 * (aggregates ? leafCount(doc, ref) : 1), sign };
}

/**
 * Judges a formula on a document with rounding intervals: `ok` when the printed figures satisfy it exactly,
 * `rounding` when only unrounded values within the printed figures' intervals do, `violated` when none do.
 */
export interface EvaluateOptions {
  /**
   * Cross-table comparisons: a total may be printed as the sum of its rounded items in one table and rounded
   * from the exact total in another, so it stands for ± 0.005 per item it sums (see aggregate.ts).
   */
  readonly aggregates?: boolean;
}

export function evaluateFormula(doc: Disclosure, f: Formula, options: EvaluateOptions = {}): FormulaOutcome {
  const units = mixedUnits(doc, tablesOf(f.left, tablesOf(f.right, new Set())));
  if (units) return { status: 'skip', cells: [], reason: units, skipKind: 'value' };
  return fastEval(doc, f, [], options.aggregates ?? false) ?? evaluateFormulaDecimal(doc, f, options);
}

/**
 * The general path: any formula, in Decimal interval arithmetic. `evaluateFormula` takes it when the integer
 * fast path cannot; exported so a differential test can hold the two to the same answers.
 */
export function evaluateFormulaDecimal(doc: Disclosure, f: Formula, options: EvaluateOptions = {}): FormulaOutcome {
  const cells: CellRef[] = [];
  let left: Value;
  let right: Value;
  try {
    left = evalExpr(doc, f.left, cells, options.aggregates ?? false);
    right = evalExpr(doc, f.right, cells, options.aggregates ?? false);
  } catch (e) {
    if (e instanceof Skip) return { status: 'skip', cells, reason: e.message, skipKind: e.kind };
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

function tablesOf(e: Expr, into: Set<string>): Set<string> {
  if (e.kind === 'ref') into.add(e.table);
  else if (e.kind === 'binary') tablesOf(e.right, tablesOf(e.left, into));
  else if (e.kind === 'negate') tablesOf(e.operand, into);
  return into;
}

/**
 * Tables printed in different units (a 预算's tables in 元, its "三公" table in 万元) are not compared figure by
 * figure: the reason, or undefined when the tables share one unit.
 */
function mixedUnits(doc: Disclosure, ids: ReadonlySet<string>): string | undefined {
  if (ids.size < 2) return undefined;
  const units = new Set<string>();
  for (const id of ids) {
    const t = tableOf(doc, id);
    if (t) units.add(t.unit);
  }
  return units.size > 1 ? `所涉各表金额单位不同（${[...units].join('、')}）` : undefined;
}
