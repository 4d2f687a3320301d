import { describe, expect, it } from 'vitest';
import { parseCellValue, type Cell } from '../../model/cell.js';
import type { Disclosure } from '../../model/disclosure.js';
import type { Row, Table } from '../../model/table.js';
import { parsedSeed } from '../../../test/fixtures/seed-edits.js';
import type { CellRef } from '../claims/types.js';
import { evaluateFormula, evaluateFormulaDecimal, evaluateSums, type FormulaOutcome } from './evaluate.js';
import { parseFormula, type Relation } from './parse.js';

/** mulberry32: a small seeded generator, so a failure names its seed and can be replayed. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const CODES = ['201', '20101', '2010101', '2010102', '20102', '2010201', '205', '20501', '2050101'];
const COLUMNS = ['total', 'basic', 'project'];
const RELATIONS: readonly Relation[] = ['=', '<=', '>=', '<', '>'];

/** A printed amount: mostly 2 decimals, sometimes 0, 1 or 3 (the fast path's limit), sometimes blank or "-". */
function printedAmount(next: () => number, cents: number): string {
  const r = next();
  if (r < 0.06) return '';
  if (r < 0.09) return '-';
  const v = cents / 100;
  if (r < 0.15) return v.toFixed(0);
  if (r < 0.2) return v.toFixed(1);
  if (r < 0.25) return (v + Math.floor(next() * 10) / 1000).toFixed(3);
  return v.toFixed(2);
}

/** A one-table document (a t05 with a classification hierarchy, so that `aggregates` widens parents). */
function randomDoc(next: () => number): Disclosure {
  const cell = (column: string): Cell => {
    const raw = printedAmount(next, Math.floor(next() * 2_000_000) - 200_000);
    return { column, raw, value: parseCellValue(raw, true) };
  };
  const rows: Row[] = [...CODES, 'total'].map((code) => ({
    key: code,
    kind: code === 'total' ? 'total' : 'class',
    ...(code === 'total' ? {} : { code }),
    label: code,
    cells: Object.fromEntries(COLUMNS.map((c) => [c, cell(c)])),
  }));
  const t05: Table = { id: 't05', schema: 'qinghai/t05', title: 't05', unit: '万元', rows, notes: [], empty: false };
  return { ...parsedSeed(), tables: [t05], diagnostics: [] };
}

/** Moves one cell so that the sides nearly balance: rounding cases are where the two paths could part. */
function nearlyBalanced(doc: Disclosure, left: CellRef[], right: CellRef[], next: () => number): Disclosure {
  const value = (ref: CellRef) => {
    const v = doc.tables[0]?.rows.find((r) => r.key === ref.rowKey)?.cells[ref.column]?.value;
    return v?.kind === 'amount' ? v.amount.minor * 10 ** (3 - v.amount.scale) : 0;
  };
  const target = left[0];
  if (!target) return doc;
  const sum = (refs: CellRef[]) => refs.reduce((s, r) => s + value(r), 0);
  const millis = sum(right) - sum(left.slice(1)) + (Math.floor(next() * 7) - 3) * 10;
  const raw = (millis / 1000).toFixed(2);
  const table = doc.tables[0] as Table;
  const rows = table.rows.map((r) =>
    r.key === target.rowKey
      ? {
          ...r,
          cells: { ...r.cells, [target.column]: { column: target.column, raw, value: parseCellValue(raw, true) } },
        }
      : r,
  );
  return { ...doc, tables: [{ ...table, rows }] };
}

const summary = (o: FormulaOutcome) => ({
  status: o.status,
  ...(o.status !== 'ok' && o.left && o.right ? { left: o.left.point.toFixed(3), right: o.right.point.toFixed(3) } : {}),
});

describe('the formula evaluator: the integer fast path and the Decimal interval path agree', () => {
  it('on 600 random linear formulas and amounts (seeded), with and without aggregate widening', () => {
    let fastTaken = 0;
    for (let seed = 1; seed <= 600; seed++) {
      const next = rng(seed);
      let doc = randomDoc(next);
      const pick = (): CellRef => ({
        table: 't05',
        rowKey: [...CODES, 'total'][Math.floor(next() * (CODES.length + 1))] ?? 'total',
        column: COLUMNS[Math.floor(next() * COLUMNS.length)] ?? 'total',
      });
      const left = Array.from({ length: 1 + Math.floor(next() * 2) }, pick);
      const right = Array.from({ length: 1 + Math.floor(next() * 4) }, pick);
      if (next() < 0.7) doc = nearlyBalanced(doc, left, right, next);
      const relation = RELATIONS[Math.floor(next() * RELATIONS.length)] ?? '=';
      const term = (r: CellRef, i: number) =>
        `${i > 0 ? (next() < 0.8 ? ' + ' : ' - ') : ''}t05[${r.rowKey}].${r.column}`;
      const constant = next() < 0.2 ? ` + ${(Math.floor(next() * 1000) / 100).toFixed(2)}` : '';
      const text = `${left.map(term).join('')} ${relation} ${right.map(term).join('')}${constant}`;
      const f = parseFormula(text);
      for (const aggregates of [false, true]) {
        const options = { aggregates };
        const decimal = evaluateFormulaDecimal(doc, f, options);
        const auto = evaluateFormula(doc, f, options);
        expect(summary(auto), `seed ${seed}, aggregates ${aggregates}: ${text}`).toEqual(summary(decimal));
        if (!constant && !text.includes(' - ')) {
          const sums = evaluateSums(doc, left, relation, right, options);
          if (sums) {
            fastTaken++;
            expect(summary(sums), `seed ${seed} (sums), aggregates ${aggregates}: ${text}`).toEqual(summary(decimal));
          }
        }
      }
    }
    expect(fastTaken).toBeGreaterThan(200); // the fast path was exercised, not skipped
  });
});
