import { describe, expect, it } from 'vitest';
import { parsedSeed, withCell } from '../../../test/fixtures/seed-edits.js';
import { evaluateFormula } from './evaluate.js';
import { FormulaError, formulaRefs, parseFormula } from './parse.js';
import { CROSS_IDENTITIES } from '../rules/cross-formulas.js';

const ev = (text: string, doc = parsedSeed()) => evaluateFormula(doc, parseFormula(text));

describe('audit formula language', () => {
  it('parses references by label, key and code, with optional columns, and all relations', () => {
    const f = parseFormula('t05[合计].基本支出 = t06[人员经费合计] + t06[公用经费合计]');
    expect(f.relation).toBe('=');
    expect(formulaRefs(f).map((r) => [r.table, r.row, r.column])).toEqual([
      ['t05', '合计', '基本支出'],
      ['t06', '人员经费合计', undefined],
      ['t06', '公用经费合计', undefined],
    ]);
    for (const rel of ['<=', '>=', '<', '>', '==', '≤', '≥'])
      expect(() => parseFormula(`t10[合计] ${rel} 1`)).not.toThrow();
    expect(formulaRefs(parseFormula('t09[main].actual.car * 2 ≥ (t09[main].actual.carRun - 0.5) / 2'))[0]?.column).toBe(
      'actual.car',
    );
  });

  // A formula that does not parse is reported as a warning at check time and checks nothing: every built-in one,
  // 决算 and 预算 alike (the 预算's f05/b02 tables too), must parse.
  it.each(CROSS_IDENTITIES.map((f) => [f.id, f.expr]))('built-in identity %s parses', (_id, expr) => {
    expect(() => parseFormula(expr)).not.toThrow();
  });

  it('reports a bad formula in Chinese with its position', () => {
    expect(() => parseFormula('t05[合计] + = 1')).toThrow(FormulaError);
    expect(() => parseFormula('t05[合计] + = 1')).toThrow(/第 \d+ 个字符处/);
    expect(() => parseFormula('t12[合计] = 1')).toThrow(/没有表“t12”/);
    expect(() => parseFormula('t05[合计] 1')).toThrow(/缺少关系符/);
    expect(() => parseFormula('(t05[合计] = 1')).toThrow(/缺少右括号/);
  });

  it('evaluates with rounding intervals on the seed', () => {
    expect(ev('t05[合计].基本支出 = t06[人员经费合计] + t06[公用经费合计]').status).toBe('rounding');
    expect(
      ev(
        't06[301] = t06[30101] + t06[30102] + t06[30103] + t06[30107] + t06[30108] + t06[30109] + t06[30110] + t06[30111] + t06[30112] + t06[30113] + t06[30199]',
      ),
    ).toMatchObject({ status: 'violated' });
    expect(ev('t10[合计] <= t06[公用经费合计]').status).toBe('ok');
    expect(ev('t10[合计] < t06[公用经费合计]').status).toBe('rounding'); // 46.89 < 46.89 only if unrounded values differ
    expect(ev('t09[main].actual.total / t09[main].budget.total >= 0.76').status).toBe('ok');
    expect(ev('t09[main].actual.total / t09[main].budget.total = 0.7647').status).toBe('rounding');
    expect(ev('t09[count.carHeld].count = 2').status).toBe('ok');
    expect(ev('t09[count.carHeld].count = 2.001').status).toBe('violated'); // counts are exact
  });

  it('treats blank as 0, unprinted classification rows as 0 and skips what the document lacks', () => {
    expect(ev('t01[in.govfund] = 0').status).toBe('ok');
    expect(ev('t05[2130101] = 0').status).toBe('ok');
    expect(ev('t01[总计] = 1').status).toBe('skip'); // 总计 is on both sides: ambiguous
    expect(ev('t09[main].小计 = 1').status).toBe('skip'); // 小计 under 预算数 and 决算数
    expect(ev('t11[no such line] = 1').status).toBe('skip');
    expect(ev('t05[合计].基本支出 = t06[人员经费合计] / t01[in.govfund]').status).toBe('skip');
  });

  it('finds a changed figure', () => {
    const doc = withCell(parsedSeed(), 't06', 'public', 'amount', '48.89');
    const o = ev('t05[合计].基本支出 = t06[人员经费合计] + t06[公用经费合计]', doc);
    expect(o.status).toBe('violated');
    expect(o.left?.point.toFixed(2)).toBe('937.03');
    expect(o.right?.point.toFixed(2)).toBe('939.04');
    expect(o.cells.map((c) => `${c.table}.${c.rowKey}.${c.column}`)).toEqual([
      't05.total.basic',
      't06.personnel.amount',
      't06.public.amount',
    ]);
  });
});
