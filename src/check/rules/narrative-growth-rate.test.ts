import { shanghaiDoc, withPhrase } from '../../../test/shanghai.js';
import { ruleTester } from '../../../test/rule-tester.js';
import { correctedSeed, parsedSeed, withText } from '../../../test/fixtures/seed-edits.js';
import { budgetSample } from '../../../test/budget-samples.js';
import { narrativeGrowthRate } from './narrative-growth-rate.js';

const wanli = await budgetSample('putuo-wanli-2023');
const gy = await budgetSample('jiangsu-gy-2017');
const swbgt = await budgetSample('jiangsu-swbgt-2017');
const czj2025 = await budgetSample('putuo-czj-2025');
/** 机关运行经费 of the Shanghai text, restated with last year's figure in the sentence and a rate only. */
const shanghaiStated = (rate: string) =>
  withPhrase(
    shanghaiDoc(),
    '机关运行经费支出 184.65 万元，比 2023 年度增加 2.55 万元，增长 1.40%',
    `2023 年度机关运行经费支出决算数为 182.10 万元，2024 年度机关运行经费支出 184.65 万元，比 2023 年度增长 ${rate}`,
  );

ruleTester(narrativeGrowthRate, {
  valid: [
    { name: 'Shanghai: the writer’s growth rates', doc: shanghaiDoc() },
    { name: 'corrected seed (64.03% for 2.03 / 3.17 is rounding)', doc: correctedSeed() },
    {
      name: 'Shanghai: 比 2023 年度增长 1.40% of 182.10 → 184.65 stated in the sentence',
      doc: shanghaiStated('1.40%'),
    },
    { name: '预算 putuo-czj-2025 as published', doc: czj2025 },
    {
      // "一般公共服务（类）支出16992.37万元，主要用于…基本支出和项目支出。与上年相比增加1203.44万元，增长7.62%":
      // 1203.44 ÷ (16992.37 − 1203.44) = 7.62%; the 项目支出 of the earlier sentence is not what changed.
      name: '预算 jiangsu-swbgt-2017: the class of the paragraph changed, not a name in its description',
      doc: withPhrase(swbgt, '增加101.48万元，增长1.66%', '增加101.48万元，增长1.69%'),
    },
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
    {
      name: 'Shanghai: 比 2023 年度增长 2.40% of 182.10 → 184.65 (1.40%), no fix: which figure is wrong is unknown',
      doc: shanghaiStated('2.40%'),
      reports: [{ messageId: 'statedMismatch', expected: '1.40%', actual: '2.40%', fix: null }],
    },
    {
      name: 'the seed: 机关运行经费 41.45 → 46.89 said 比上年增长 15.12% (13.12%)',
      doc: withText(
        correctedSeed(),
        575,
        '2024 年度，机关运行经费支出 46.89 万元，比上年增加 5.44 万元，增长 13.12%',
        '2023 年度机关运行经费支出决算数为 41.45 万元，2024 年度机关运行经费支出 46.89 万元，比上年增长 15.12%',
      ),
      reports: [{ messageId: 'statedMismatch', line: 575, expected: '13.12%', actual: '15.12%' }],
    },
    {
      // 政府性基金 0 万元 "增加1421.25万元"; items 2 and 17 grow from 0 "增加100.00%"; item 3 (11.67 → 45.41 is 289.12%, not 314.82%); item 16
      // repeats item 15's 441.25 万元 and 60.54% beside its own 132.59 万元.
      name: '预算 putuo-wanli-2023 as published: rates against the 2022 execution printed in the same sentence',
      doc: wanli,
      reports: [
        // "政府性基金拨款支出预算0万元，比2022年预算增加1421.25万元": the line above's change, copied.
        { messageId: 'previousNegative', data: { amount: '1421.25', current: '0.00' } },
        { messageId: 'statedZeroBase', certainty: 'suspicious', actual: '100.00%' },
        { messageId: 'statedMismatch', expected: '289.12%', actual: '314.82%', fix: null },
        { messageId: 'statedMismatch', expected: '232.79%', actual: '60.54%', fix: null },
        { messageId: 'statedZeroBase', certainty: 'suspicious', actual: '100.00%' },
      ],
    },
    {
      name: '预算 jiangsu-gy-2017 as published: 提租补贴 增加 865.57 万元 增长 79.05% (79.09%)',
      doc: gy,
      reports: [
        { messageId: 'mismatch', expected: '79.09%', actual: '79.05%', fix: { before: '79.05', text: '79.09' } },
      ],
    },
    {
      name: '预算 jiangsu-swbgt-2017 as published: 行政运行 增加 101.48 万元 增长 1.66% (1.69%)',
      doc: swbgt,
      reports: [{ messageId: 'mismatch', expected: '1.69%', actual: '1.66%' }],
    },
  ],
});
