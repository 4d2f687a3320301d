import { describe, expect, it } from 'vitest';
import type { Disclosure } from '../api/types';
import { compareDocuments } from './compare';

const cell = (column: string, raw: string) => ({ column, raw, value: { kind: 'blank' as const } });
const doc = (year: number, rows: Record<string, string>): Disclosure => ({
  meta: { name: '某局', fiscalYear: year, unit: '万元', kind: '部门', layout: 'shanghai', title: '' },
  narrative: [],
  tables: [
    {
      id: 't03',
      schema: 'shanghai/t03',
      title: '支出决算表',
      unit: '万元',
      notes: [],
      empty: false,
      rows: Object.entries(rows).map(([code, raw]) => ({
        key: code,
        kind: 'class',
        code,
        label: `类${code}`,
        cells: { total: cell('total', raw), basic: cell('basic', '') },
      })),
    },
  ],
});
const schemas = [
  {
    id: 'shanghai/t03',
    table: 't03',
    layout: 'shanghai',
    title: '支出决算表',
    rows: 'functional',
    columns: [
      { id: 'total', header: ['合计'], money: true },
      { id: 'basic', header: ['基本支出'], money: true },
    ],
  },
];

describe('documents side by side', () => {
  it('shows each row of a two-sided table in its own side’s column', () => {
    const twoSided = (income: string, spent: string): Disclosure => ({
      ...doc(2024, {}),
      tables: [
        {
          id: 't01',
          schema: 'shanghai/t01',
          title: '收入支出决算总表',
          unit: '万元',
          notes: [],
          empty: false,
          rows: [
            {
              key: 'in.gpb',
              kind: 'line',
              side: 'income',
              label: '一般公共预算财政拨款收入',
              cells: { 'in.amount': cell('in.amount', income) },
            },
            {
              key: 'out.201',
              kind: 'line',
              side: 'expenditure',
              label: '一般公共服务支出',
              cells: { 'out.amount': cell('out.amount', spent) },
            },
          ],
        },
      ],
    });
    const t01 = {
      id: 'shanghai/t01',
      table: 't01',
      layout: 'shanghai',
      title: '收入支出决算总表',
      rows: 'lines',
      columns: [
        { id: 'in.amount', header: ['收入', '决算数'], money: true, side: 'income' as const },
        { id: 'out.amount', header: ['支出', '决算数'], money: true, side: 'expenditure' as const },
      ],
    };
    const [t] = compareDocuments([twoSided('2,940.05', '2,106.66'), twoSided('1,477.46', '20.00')], [t01]);
    expect(t!.rows.map((r) => r.values)).toEqual([
      ['2,940.05', '1,477.46'],
      ['2,106.66', '20.00'],
    ]);
  });

  it('shows a 预算 in 元 beside a 决算 in 万元 in 元, exactly, and compares the amounts', () => {
    const amount = (column: string, raw: string, minor: number, scale = 2) => ({
      column,
      raw,
      value: { kind: 'amount' as const, amount: { minor, scale } },
    });
    const inUnit = (unit: string, total: ReturnType<typeof amount>): Disclosure => {
      const d = doc(2024, { '201': '' });
      const t = d.tables[0]!;
      return { ...d, tables: [{ ...t, unit, rows: [{ ...t.rows[0]!, cells: { total } }] }] };
    };
    // Putuo 财政局: 2024 决算 in 万元, 2025 预算 in 元 (as printed in samples/).
    const [t] = compareDocuments(
      [inUnit('万元', amount('total', '2,106.66', 210666)), inUnit('元', amount('total', '22,186,440.80', 2218644080))],
      schemas,
    );
    expect(t!.unit).toBe('元');
    expect(t!.converted).toEqual(['万元']);
    expect(t!.rows[0]!.values).toEqual(['21,066,600.00', '22,186,440.80']);
    expect(t!.rows[0]!.differs).toBe(true);
    const [same] = compareDocuments(
      [inUnit('万元', amount('total', '2,106.66', 210666)), inUnit('元', amount('total', '21066600', 21066600, 0))],
      schemas,
    );
    expect(same!.rows[0]!.values).toEqual(['21,066,600.00', '21066600']);
    expect(same!.rows[0]!.differs).toBe(false);
  });

  it('lines up the rows of a shared table and marks those that differ', () => {
    const [t] = compareDocuments(
      [doc(2023, { '201': '10.00', '208': '5.00' }), doc(2024, { '201': '10.00', '210': '1.00' })],
      schemas,
    );
    expect(t!.column).toBe('合计');
    expect([t!.unit, t!.converted]).toEqual(['万元', []]);
    expect(t!.rows).toEqual([
      { key: '201', label: '201 类201', values: ['10.00', '10.00'], differs: false },
      { key: '208', label: '208 类208', values: ['5.00', ''], differs: true },
      { key: '210', label: '210 类210', values: ['', '1.00'], differs: true },
    ]);
  });
});
