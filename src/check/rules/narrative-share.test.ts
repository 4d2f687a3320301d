import { shanghaiDoc, withPhrase } from '../../../test/shanghai.js';
import { ruleTester } from '../../../test/rule-tester.js';
import { correctedSeed, parsedSeed, withText } from '../../../test/fixtures/seed-edits.js';
import { narrativeShare } from './narrative-share.js';

ruleTester(narrativeShare, {
  valid: [
    { name: 'Shanghai: the writer’s shares', doc: shanghaiDoc() },
    { name: 'corrected seed', doc: correctedSeed() },
  ],
  invalid: [
    {
      name: 'Shanghai: 社会保障和就业支出 share wrong',
      doc: withPhrase(shanghaiDoc(), '326.72 万元，占 11.11%', '326.72 万元，占 12.11%'),
      reports: [{ messageId: 'mismatch', expected: '11.11%', actual: '12.11%' }],
    },
    {
      name: 'the seed: 十二 占部门项目支出预算总额的 111.10%',
      doc: parsedSeed(),
      reports: [{ messageId: 'overHundred', line: 585, actual: '111.10%' }],
    },
    {
      name: 'the seed: 九（二） 96.11% and 3.89% of 5.20 are explainable with parts summing to the total',
      doc: correctedSeed(),
      ignoreRounding: false,
      reports: [
        {
          messageId: 'rounding',
          certainty: 'rounding',
          line: 563,
          expected: '96.15%',
          actual: '96.11%',
          extra: { possibleRange: '96.058%～96.250%' },
        },
        { messageId: 'rounding', certainty: 'rounding', line: 563, expected: '3.85%', actual: '3.89%' },
      ],
    },
    {
      name: '二 财政拨款收入 占 98.91% (1,477.46 / 1,478.86 = 99.91%)',
      doc: withText(correctedSeed(), 467, '占 99.91%', '占 98.91%'),
      reports: [
        {
          messageId: 'mismatch',
          line: 467,
          related: { table: 't01', rowKey: 'in.total' },
          expected: '99.91%',
          actual: '98.91%',
        },
      ],
    },
  ],
});
