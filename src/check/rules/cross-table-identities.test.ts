import { shanghaiDoc } from '../../../test/shanghai.js';
import { ruleTester } from '../../../test/rule-tester.js';
import { correctedSeed, parsedSeed, withCell } from '../../../test/fixtures/seed-edits.js';
import { crossTableIdentities } from './cross-table-identities.js';

ruleTester(crossTableIdentities, {
  valid: [
    { name: 'Shanghai: t01, t03, t04, t05, t06 agree', doc: shanghaiDoc() },
    { name: 'the seed: t05 基本支出 937.03 vs 890.15 + 46.89 is rounding only', doc: correctedSeed() },
  ],
  invalid: [
    {
      name: 'Shanghai: t01 卫生健康支出 ≠ t03 210',
      doc: withCell(shanghaiDoc(), 't01', 'out.210', 'out.amount', '61.99'),
      reports: [{ messageId: 'mismatch', table: 't01', rowKey: 'out.210', expected: '60.99', actual: '61.99' }],
    },
    {
      name: 't06 公用经费合计 printed 48.89',
      doc: withCell(parsedSeed(), 't06', 'public', 'amount', '48.89'),
      reports: [
        {
          messageId: 'mismatch',
          line: 280,
          table: 't05',
          rowKey: 'total',
          column: 'basic',
          expected: '939.04',
          actual: '937.03',
        },
      ],
    },
    {
      name: 't01 八、社会保障和就业支出 printed 1,303.63 (t03 208 is 1,313.63)',
      doc: withCell(parsedSeed(), 't01', 'out.208', 'out.amount', '1,303.63'),
      reports: [{ messageId: 'mismatch', table: 't01', rowKey: 'out.208', expected: '1313.63', actual: '1303.63' }],
    },
    {
      name: 't09 公务接待费决算 printed 0.1 (t06 30217 公务接待费 is 0.2)',
      doc: withCell(correctedSeed(), 't09', 'main', 'actual.reception', '0.1'),
      reports: [{ messageId: 'mismatch', table: 't09', column: 'actual.reception', expected: '0.20', actual: '0.10' }],
    },
    {
      name: 'the seed at info level',
      doc: parsedSeed(),
      ignoreRounding: false,
      reports: [
        {
          messageId: 'rounding',
          certainty: 'rounding',
          table: 't05',
          column: 'basic',
          expected: '937.04',
          actual: '937.03',
        },
      ],
    },
    {
      name: 't01 八、社会保障和就业支出 printed 1,313.64: a total of 14 items, 0.01 off t03 208 is rounding',
      doc: withCell(parsedSeed(), 't01', 'out.208', 'out.amount', '1,313.64'),
      ignoreRounding: false,
      reports: [
        { messageId: 'rounding', certainty: 'rounding', table: 't05', column: 'basic' },
        {
          messageId: 'rounding',
          certainty: 'rounding',
          table: 't01',
          rowKey: 'out.208',
          expected: '1313.63',
          actual: '1313.64',
        },
      ],
    },
  ],
});
