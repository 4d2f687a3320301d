import { describe, expect, it } from 'vitest';
import type { Finding } from '../api/types';
import { computation, filterFindings, findingsByCell, groupFindings, isRoundingNote } from './findings';

const cell = (table: string, rowKey: string, column: string) => ({ table, rowKey, column });
const f = (over: Partial<Finding> & Pick<Finding, 'ruleId' | 'severity'>): Finding => ({
  message: `${over.ruleId} ${over.severity}`,
  locations: [],
  ...over,
});

const tables = [
  { id: 't01', title: '收入支出决算总表' },
  { id: 't05', title: '一般公共预算财政拨款支出决算表' },
];

describe('grouping findings', () => {
  const findings: Finding[] = [
    f({ ruleId: 'narrative/share', severity: 'error', locations: [{ sectionPath: ['五、支出情况', '（二）结构'] }] }),
    f({
      ruleId: 'sum/functional-hierarchy',
      severity: 'info',
      messageId: 'rounding',
      locations: [cell('t05', 'total', 'total')],
    }),
    f({ ruleId: 'sum/row-columns', severity: 'warning', locations: [cell('t05', '201', 'total')] }),
    f({ ruleId: 'sum/balance', severity: 'error', locations: [cell('t05', '208', 'total')] }),
    f({
      ruleId: 'sum/balance',
      severity: 'info',
      messageId: 'rounding',
      locations: [cell('t01', 'out.total', 'out.amount')],
    }),
    f({ ruleId: 'completeness/missing-table', severity: 'error', locations: [] }),
    f({
      ruleId: 'narrative/growth-rate',
      severity: 'error',
      locations: [{ sectionPath: ['五、支出情况', '（三）具体'] }],
    }),
  ];

  it('groups by table (in the document’s order) and by top section, real problems first, rounding notes apart', () => {
    const groups = groupFindings(findings, tables);
    expect(groups.map((g) => g.title)).toEqual([
      '一般公共预算财政拨款支出决算表',
      '五、支出情况',
      '其他',
      '收入支出决算总表', // only a rounding note: after the groups with real problems
    ]);
    const t05 = groups[0]!;
    expect(t05.findings.map((x) => x.severity)).toEqual(['error', 'warning']); // most severe first
    expect(t05.rounding).toHaveLength(1);
    expect(groups[1]!.findings).toHaveLength(2);
    expect(groups[3]!.findings).toHaveLength(0);
    expect(groups[3]!.rounding).toHaveLength(1);
  });

  it('filters by severity and rule', () => {
    expect(filterFindings(findings, { severities: ['error'], rules: [] })).toHaveLength(4);
    expect(filterFindings(findings, { severities: ['error', 'info'], rules: ['sum/balance'] })).toHaveLength(2);
    expect(findings.filter(isRoundingNote)).toHaveLength(2);
  });

  it('marks the cells a finding is about and the cells its computation uses', () => {
    const sum = f({
      ruleId: 'sum/economic-hierarchy',
      severity: 'error',
      locations: [cell('t06', '301', 'amount')],
      related: [cell('t06', '30101', 'amount'), cell('t06', '30102', 'amount')],
    });
    const m = findingsByCell([sum]);
    expect(m.get('t06/301/amount')).toEqual([{ finding: sum, primary: true }]);
    expect(m.get('t06/30102/amount')).toEqual([{ finding: sum, primary: false }]);
    expect(m.size).toBe(3);
  });
});

describe('the computation shown with a finding', () => {
  it('writes shares, rates and growth as a person checks them', () => {
    expect(
      computation(
        f({
          ruleId: 'narrative/execution-rate',
          severity: 'error',
          data: { rate: '164.39%', actual: '143.08', budget: '86.99', computed: '164.48%' },
        }),
      ),
    ).toBe('143.08 ÷ 86.99 = 164.48%');
    expect(
      computation(
        f({
          ruleId: 'narrative/share',
          severity: 'error',
          data: { part: '2106.66', whole: '2940.05', computed: '71.65%' },
        }),
      ),
    ).toBe('2106.66 ÷ 2940.05 = 71.65%');
    expect(
      computation(
        f({
          ruleId: 'narrative/growth-rate',
          severity: 'error',
          data: { current: '5.00', previous: '2.50', computed: '100.00%' },
        }),
      ),
    ).toBe('(5.00 − 2.50) ÷ 2.50 = 100.00%');
    expect(
      computation(
        f({ ruleId: 'sum/balance', severity: 'error', data: { left: '821.71', right: '819.10', diff: '2.61' } }),
      ),
    ).toContain('相差 2.61');
    expect(
      computation(f({ ruleId: 'completeness/toc-headings', severity: 'warning', data: { toc: 'a', body: 'b' } })),
    ).toBeUndefined();
  });
});
