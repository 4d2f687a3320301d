import { describe, expect, it } from 'vitest';
import type { Disclosure, Finding, Table } from '../api/types';
import { diffFigures, diffFindings } from './diff';

const finding = (fingerprint: string, message = fingerprint): Finding => ({
  ruleId: 'sum/balance',
  severity: 'error',
  message,
  locations: [],
  fingerprint,
});

const amount = (raw: string) => ({
  column: 'total',
  raw,
  value: { kind: 'amount' as const, amount: { minor: Math.round(Number(raw) * 100), scale: 2 } },
});
const doc = (rows: Record<string, string>): Disclosure => ({
  meta: { name: '某局', fiscalYear: 2024, unit: '万元', kind: '部门', layout: 'shanghai', title: '' },
  narrative: [],
  tables: [
    {
      id: 't05',
      schema: 'shanghai/t05',
      title: '一般公共预算财政拨款支出决算表',
      unit: '万元',
      notes: [],
      empty: false,
      rows: Object.entries(rows).map(([key, raw]) => ({
        key,
        kind: 'class',
        code: key,
        label: key,
        cells: { total: amount(raw) },
      })),
    } satisfies Table,
  ],
});

describe('comparing two versions', () => {
  it('matches findings by fingerprint: added, removed, kept (changed when the wording differs)', () => {
    const d = diffFindings(
      [finding('a'), finding('b'), finding('c', '旧')],
      [finding('b'), finding('c', '新'), finding('d')],
    );
    expect(d.added.map((f) => f.fingerprint)).toEqual(['d']);
    expect(d.removed.map((f) => f.fingerprint)).toEqual(['a']);
    expect(d.kept.map((k) => [k.after.fingerprint, k.changed])).toEqual([
      ['b', false],
      ['c', true],
    ]);
  });

  it('lists the printed figures that changed, cell by cell', () => {
    const changes = diffFigures(
      doc({ '201': '10.00', '208': '5.00' }),
      doc({ '201': '10.00', '208': '5.50', '210': '1.00' }),
    );
    expect(changes).toEqual([
      {
        table: 't05',
        tableTitle: '一般公共预算财政拨款支出决算表',
        row: '208 208',
        column: 'total',
        before: '5.00',
        after: '5.50',
      },
      {
        table: 't05',
        tableTitle: '一般公共预算财政拨款支出决算表',
        row: '210 210',
        column: 'total',
        before: '',
        after: '1.00',
      },
    ]);
  });
});
