import { shanghaiDoc } from '../../../test/shanghai.js';
import { ruleTester } from '../../../test/rule-tester.js';
import { correctedSeed, parsedSeed, withCell } from '../../../test/fixtures/seed-edits.js';
import { sumRowColumns } from './sum-row-columns.js';

ruleTester(sumRowColumns, {
  valid: [
    { name: 'Shanghai t03/t05: 合计 = 基本支出 + 项目支出 in every row', doc: shanghaiDoc() },
    { name: 'the seed: t03 合计 1,551.86 vs 938.43 + 613.42 is rounding only', doc: correctedSeed() },
  ],
  invalid: [
    {
      name: 'Shanghai: t05 2010601 合计 ≠ 基本 + 项目',
      doc: withCell(shanghaiDoc(), 't05', '2010601', 'total', '1521.89'),
      reports: [
        {
          messageId: 'mismatch',
          table: 't05',
          rowKey: '2010601',
          column: 'total',
          expected: '1511.89',
          actual: '1521.89',
        },
      ],
    },
    {
      name: 't05 2080101 基本支出 printed 420.76 instead of 430.76',
      doc: withCell(parsedSeed(), 't05', '2080101', 'basic', '420.76'),
      reports: [
        {
          messageId: 'mismatch',
          table: 't05',
          rowKey: '2080101',
          column: 'total',
          expected: '420.76',
          actual: '430.76',
        },
      ],
    },
    {
      name: 'the seed t03 合计 at info level',
      doc: parsedSeed(),
      ignoreRounding: false,
      reports: [
        {
          messageId: 'rounding',
          certainty: 'rounding',
          table: 't03',
          rowKey: 'total',
          expected: '1551.85',
          actual: '1551.86',
        },
        { messageId: 'rounding', certainty: 'rounding', table: 't03', rowKey: '208' },
        {
          messageId: 'rounding',
          certainty: 'rounding',
          table: 't05',
          rowKey: 'total',
          expected: '1550.45',
          actual: '1550.46',
        },
        { messageId: 'rounding', certainty: 'rounding', table: 't05', rowKey: '208' },
      ],
    },
  ],
});
