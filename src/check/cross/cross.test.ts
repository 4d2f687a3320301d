import { describe, expect, it } from 'vitest';
import type { Cell } from '../../model/cell.js';
import type { Disclosure } from '../../model/disclosure.js';
import { parseAmount } from '../../model/money.js';
import { cloneDoc, parsedSeed } from '../../../test/seed.js';
import { shanghaiDoc } from '../../../test/shanghai.js';
import { extractClaims } from '../claims/extract.js';
import type { ChangeClaim, Claim } from '../claims/types.js';
import { parseFigure } from '../figures.js';
import { checkDisclosure } from '../index.js';
import { checkAcross, expectedRelated, relationOf } from './index.js';
import { budgetVsPreviousFinal } from './rules/budget-vs-previous-final.js';
import type { CrossContext, RelatedDocument } from './types.js';

type Mutable<T> = { -readonly [K in keyof T]: Mutable<T[K]> };

/** A copy of `doc` as another year / kind, with some cells set (printed text in the table's unit). */
function variant(
  doc: Disclosure,
  meta: Partial<Disclosure['meta']>,
  cells: ReadonlyArray<readonly [string, string, string, string]> = [],
): Disclosure {
  const copy = cloneDoc(doc) as Mutable<Disclosure>;
  Object.assign(copy.meta, meta);
  for (const [table, rowKey, column, text] of cells) {
    const row = copy.tables.find((t) => t.id === table)!.rows.find((r) => r.key === rowKey)!;
    const cell: Cell = { column, raw: text, value: { kind: 'amount', amount: parseAmount(text)! } };
    row.cells[column] = cell as Mutable<Cell>;
  }
  return copy as Disclosure;
}

const seed = () => parsedSeed();

describe('related/previous-year', () => {
  // The seed says 总计 1551.86 万元 "比上年…增加 457.45 万元": last year's 总计 was 1094.41 万元, and so on.
  const lastYear = (total: string) =>
    variant(seed(), { fiscalYear: 2023 }, [
      ['t01', 'in.grand', 'in.amount', '1,094.41'],
      ['t04', 'in.grand', 'in.amount', '816.83'],
      ['t05', 'total', 'total', total],
      ['t09', 'main', 'actual.total', '3.17'],
      ['t09', 'main', 'actual.car', '2.50'],
      ['t09', 'main', 'actual.reception', '0.67'],
    ]);

  it('finds nothing when last year prints the figures the changes imply, and counts what it compared', () => {
    const prev = lastYear('816.83');
    expect(relationOf(seed(), prev)).toBe('previous-year');
    const r = checkAcross(seed(), [{ relation: 'previous-year', doc: prev, source: '2023.json', version: 3 }]);
    expect(r.findings).toEqual([]);
    expect(r.related).toHaveLength(1);
    expect(r.related[0]).toMatchObject({ year: 2023, kind: '决算', version: 3, mismatches: 0, absent: false });
    expect(r.related[0]!.claimsCompared).toBeGreaterThanOrEqual(6);
  });

  it('reports a stated change that last year’s disclosure contradicts, naming both documents and cells', () => {
    const prev = lastYear('820.00');
    const r = checkAcross(seed(), [{ relation: 'previous-year', doc: prev, source: '2023.json', version: 3 }]);
    expect(r.findings).toHaveLength(1);
    const f = r.findings[0]!;
    expect(f).toMatchObject({ ruleId: 'related/previous-year', severity: 'error', expected: '820.00 万元' });
    expect(f.actual).toBe('816.83 万元');
    expect(f.message).toContain('海东市人力资源和社会保障局 2023 年度决算（第 3 版）');
    expect(f.locations[0]!.sentence).toMatch(/比上年增加 733.63 万元/);
    expect(f.related![0]).toMatchObject({ table: 't05', rowKey: 'total', column: 'total' });
    expect(f.related![0]!.source?.file).toBe('2023.json');
    expect(f.data).toMatchObject({ relatedYear: 2023, relatedVersion: 3, relatedKind: '决算' });
    expect(f.fingerprint).toMatch(/^[0-9a-f]{16}$/);
    expect(r.related[0]!.mismatches).toBe(1);
  });

  it('a difference rounding explains is at most info', () => {
    // 1551.86 − 457.45 = 1094.41; 1094.42 is within the rounding of two printed figures.
    const prev = variant(lastYear('816.83'), {}, [['t01', 'in.grand', 'in.amount', '1,094.42']]);
    const r = checkAcross(seed(), [{ relation: 'previous-year', doc: prev, source: 'x' }]);
    expect(r.findings.map((f) => [f.ruleId, f.severity])).toEqual([['related/previous-year', 'info']]);
  });
});

describe('the check report', () => {
  it('says plainly which related documents are absent', () => {
    const r = checkDisclosure(seed(), { related: [], expected: expectedRelated(seed()) });
    expect(r.summary.related?.map((s) => [s.relation, s.absent, s.year, s.kind])).toEqual([
      ['previous-year', true, 2023, '决算'],
      ['same-year-budget', true, 2024, '预算'],
    ]);
    expect(r.summary.related?.[0]?.note).toBe(
      '未找到上年同类公开（海东市人力资源和社会保障局 2023 年度决算），未做此项比对',
    );
  });

  it('has no related summary when nothing was asked (single-document checks are unchanged)', () => {
    expect(checkDisclosure(seed()).summary.related).toBeUndefined();
  });
});

/** The Putuo 财政局 决算 as read from its figures, and a 预算 of the same year with its tables in 元. */
function budgetOf(final: Disclosure, overrides: ReadonlyArray<readonly [string, string, string, string]>) {
  const b = variant(final, { documentKind: '预算', title: '2024年部门预算' }, overrides) as Mutable<Disclosure>;
  const t05 = b.tables.find((t) => t.id === 't05')!;
  t05.unit = '元';
  for (const row of t05.rows) {
    for (const cell of Object.values(row.cells)) {
      if (cell.value.kind !== 'amount') continue;
      const a = cell.value.amount;
      const yuan = { minor: a.minor * 10000, scale: a.scale };
      cell.value = { kind: 'amount', amount: yuan };
    }
  }
  return b as Disclosure;
}

describe('related/final-vs-budget', () => {
  const final = shanghaiDoc();
  const t05Total = final.tables.find((t) => t.id === 't05')!.rows.find((r) => r.key === 'total')!;

  it('compares the 决算’s 年初预算 figures with the same year’s 预算 in 元; equal figures give nothing', () => {
    const exec = extractClaims(final).find((c) => c.kind === 'execution' && c.cell?.rowKey === 'total');
    expect(exec).toBeDefined();
    const budget = (exec as Extract<Claim, { kind: 'execution' }>).budget.text;
    const b = budgetOf(final, [['t05', 'total', 'total', budget]]);
    expect(relationOf(final, b)).toBe('same-year-budget');
    const r = checkAcross(final, [{ relation: 'same-year-budget', doc: b, source: 'b.pdf' }]);
    const mine = r.findings.filter((f) => f.locations[0]?.sentence?.includes(`年初预算为${budget}`));
    expect(mine).toEqual([]);
    expect(r.related[0]!.claimsCompared).toBeGreaterThan(5);
    expect(t05Total.cells['total']).toBeDefined();
  });

  it('reports a 年初预算 that differs from the published 预算 (a warning: 预算 may have been restated)', () => {
    const b = budgetOf(final, [['t05', 'total', 'total', '3,013.80']]);
    const r = checkAcross(final, [{ relation: 'same-year-budget', doc: b, source: 'b.pdf', version: 1 }]);
    const f = r.findings.find((x) => x.related?.[0]?.rowKey === 'total' && x.related[0].table === 't05');
    expect(f).toMatchObject({ ruleId: 'related/final-vs-budget', severity: 'warning', expected: '3013.80 万元' });
    expect(f!.message).toMatch(/2024 年度预算（第 1 版）/);
  });
});

describe('related/budget-vs-previous-final', () => {
  // A 2025 预算 saying "比2024年预算增加 107.62 万元" of 3121.42 万元, and a 2024 决算 whose 年初预算 is 2993.92.
  const final = variant(shanghaiDoc(), {});
  const budget = variant(shanghaiDoc(), { documentKind: '预算', fiscalYear: 2025 }, [
    ['t05', 'total', 'total', '3,121.42'],
  ]);
  const change = (sentence: string, amount: string, word = '增加'): ChangeClaim => ({
    kind: 'change',
    site: { sectionPath: ['一、收支预算总体情况'], sentence },
    currentCell: { table: 't05', rowKey: 'total', column: 'total' },
    word,
    amount: parseFigure(amount)!,
    rateHasSign: false,
  });
  const run = (claims: Claim[]) => {
    const rel: RelatedDocument = { relation: 'previous-year-final', doc: final, source: '2024.pdf', version: 2 };
    let compared = 0;
    const ctx: CrossContext = {
      doc: budget,
      claims,
      related: [rel],
      claimsOf: extractClaims,
      compared: () => compared++,
    };
    return { reports: budgetVsPreviousFinal.run(ctx), compared: () => compared };
  };

  it('"比2024年预算增加" against the 年初预算 the 决算 states for the same line', () => {
    const r = run([change('一般公共预算拨款支出预算3,121.42万元，比2024年预算增加107.62万元。', '107.62')]);
    expect(r.compared()).toBe(1);
    expect(r.reports.map((x) => x.messageId)).toEqual(['budgetMismatch']);
    expect(r.reports[0]!.data).toMatchObject({ implied: '3013.80 万元' });
    const ok = run([change('一般公共预算拨款支出预算3,121.42万元，比2024年预算增加127.49万元。', '127.49')]);
    expect(ok.compared()).toBe(1);
    expect(ok.reports.filter((x) => x.messageId !== 'rounding')).toEqual([]);
  });

  it('"比上年执行数增加" against the 决算’s actual figure', () => {
    const actual = final.tables.find((t) => t.id === 't05')!.rows.find((r) => r.key === 'total')!.cells['total']!.raw;
    const diff = (3121.42 - Number(actual.replace(/,/g, ''))).toFixed(2);
    expect(run([change(`比上年执行数增加${diff}万元`, diff)]).reports).toEqual([]);
    const bad = run([change('比上年执行数增加100.00万元', '100.00')]);
    expect(bad.reports.map((x) => x.messageId)).toEqual(['actualMismatch']);
  });

  it('a sentence naming two different bases is not compared', () => {
    const r = run([change('比2024年预算增加10万元，比上年执行数增加20万元', '10')]);
    expect(r.compared()).toBe(0);
  });
});
