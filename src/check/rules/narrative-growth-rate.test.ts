import { shanghaiDoc, withPhrase } from '../../../test/shanghai.js';
import { ruleTester } from '../../../test/rule-tester.js';
import { correctedSeed, parsedSeed, withText } from '../../../test/fixtures/seed-edits.js';
import { narrativeGrowthRate } from './narrative-growth-rate.js';

ruleTester(narrativeGrowthRate, {
  valid: [
    { name: 'Shanghai: the writer’s growth rates', doc: shanghaiDoc() },
    { name: 'corrected seed (64.03% for 2.03 / 3.17 is rounding)', doc: correctedSeed() },
  ],
  invalid: [
    {
      name: 'Shanghai tables, 机关运行经费 rate wrong (phrased “比上年”: the extractor does not read “比 2023 年度” yet)',
      doc: withPhrase(shanghaiDoc(), '比 2023 年度增加 2.55 万元，增长 1.40%', '比上年增加 2.55 万元，增长 2.40%'),
      reports: [{ messageId: 'mismatch', actual: '2.40%', fix: { before: '2.40', text: '1.40' } }],
    },
    {
      name: 'the seed: 公务用车 增加 2.5 万元 增长 50% (last year 2.50, so 100%)',
      doc: parsedSeed(),
      reports: [
        {
          messageId: 'mismatch',
          line: 571,
          related: { table: 't09', column: 'actual.car' },
          expected: '100.00%',
          actual: '50%',
          fix: { before: '50', text: '100.00' },
          extra: { previousYear: '2.50' },
        },
      ],
    },
    {
      name: 'the seed: 三公 增加 2.03 增长 64.03% is info',
      doc: correctedSeed(),
      ignoreRounding: false,
      reports: [
        {
          messageId: 'rounding',
          certainty: 'rounding',
          line: 571,
          expected: '64.04%',
          actual: '64.03%',
          extra: { previousYear: '3.17' },
        },
      ],
    },
    {
      name: '一 增长 41.80% changed to 42.80% (457.45 / 1,094.41 = 41.80%)',
      doc: withText(correctedSeed(), 463, '41.80%', '42.80%'),
      reports: [
        { messageId: 'mismatch', line: 463, expected: '41.80%', actual: '42.80%', extra: { previousYear: '1094.41' } },
      ],
    },
    {
      name: 'a decrease larger than the current figure implies a negative last year',
      doc: withText(correctedSeed(), 571, '减少 0.47 万元，下降 70.15%', '增加 0.47 万元，增长 70.15%'),
      reports: [{ messageId: 'previousNegative', line: 571 }],
    },
    {
      name: 'Shanghai: 增长 100% from a zero previous year (184.65 − 184.65 = 0)',
      doc: withPhrase(shanghaiDoc(), '比 2023 年度增加 2.55 万元，增长 1.40%', '比上年增加 184.65 万元，增长 100.00%'),
      reports: [{ messageId: 'zeroBase', certainty: 'suspicious', actual: '100.00%', fix: null }],
    },
  ],
});
