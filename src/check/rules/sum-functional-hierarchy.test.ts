import { shanghaiDoc } from '../../../test/shanghai.js';
import { describe, expect, it } from 'vitest';
import { ruleTester } from '../../../test/rule-tester.js';
import { extractClaims } from '../claims/extract.js';
import { correctedSeed, parsedSeed, withCell } from '../../../test/fixtures/seed-edits.js';
import { sumFunctionalHierarchy } from './sum-functional-hierarchy.js';

ruleTester(sumFunctionalHierarchy, {
  valid: [
    { name: 't05 of the Shanghai layout: 合计 last, every 类 sums its 款 and 项', doc: shanghaiDoc() },
    { name: 'the seed: only 0.01 rounding differences', doc: correctedSeed() },
  ],
  invalid: [
    {
      name: 'Shanghai: a 款 of t05 that its 类 and 项 do not sum to',
      doc: withCell(shanghaiDoc(), 't05', '20805', 'total', '330.72'),
      reports: [
        { messageId: 'mismatch', table: 't05', rowKey: '208' },
        { messageId: 'mismatch', table: 't05', rowKey: '20805' },
      ],
    },
    {
      name: 't03 2080104 printed 36.18 instead of 26.18',
      doc: withCell(parsedSeed(), 't03', '2080104', 'total', '36.18'),
      reports: [
        {
          messageId: 'mismatch',
          line: 201,
          table: 't03',
          rowKey: '20801',
          column: 'total',
          expected: '898.97',
          actual: '888.96',
        },
      ],
    },
  ],
});

describe('sum/functional-hierarchy rounding', () => {
  it('t02 208 1,240.63 vs Σ款 1,240.62 is rounding (info at most), never an error', () => {
    const doc = parsedSeed();
    const reports = sumFunctionalHierarchy.run({ doc, claims: extractClaims(doc), options: undefined });
    const r208 = reports.find(
      (r) => r.locations[0]?.table === 't02' && r.locations[0]?.rowKey === '208' && r.locations[0]?.column === 'total',
    );
    expect(r208).toMatchObject({
      messageId: 'rounding',
      certainty: 'rounding',
      expected: '1240.62',
      actual: '1240.63',
    });
    expect(reports.every((r) => r.certainty === 'rounding')).toBe(true);
  });
});
