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

  it('lines up the rows of a shared table and marks those that differ', () => {
    const [t] = compareDocuments(
      [doc(2023, { '201': '10.00', '208': '5.00' }), doc(2024, { '201': '10.00', '210': '1.00' })],
      schemas,
    );
    expect(t!.column).toBe('合计');
    expect(t!.rows).toEqual([
      { key: '201', label: '201 类201', values: ['10.00', '10.00'], differs: false },
      { key: '208', label: '208 类208', values: ['5.00', ''], differs: true },
      { key: '210', label: '210 类210', values: ['', '1.00'], differs: true },
    ]);
  });
});
