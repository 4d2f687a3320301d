import { ruleTester } from '../../../test/rule-tester.js';
import { correctedSeed, withText } from '../../../test/fixtures/seed-edits.js';
import { shanghaiDoc, withPhrase } from '../../../test/shanghai.js';
import { narrativeBudgetExecutionRate } from './narrative-budget-execution-rate.js';
import { budgetSample } from '../../../test/budget-samples.js';

/**
 * A 预算 states no 预算执行率 as published; 万里 2023 gives, per item, "2022年当年预算执行数为1.48万元，2023年预算安排
 * 2.63万元": the previous year's execution beside the new budget, amounts of two years. czj-2025 lists its projects'
 * budgets under 绩效目标设置情况, where a target rate would follow.
 */
const wanli = await budgetSample('putuo-wanli-2023');
const czj2025 = await budgetSample('putuo-czj-2025');
const WANLI_ITEM = '2022年当年预算执行数为1.48万元，2023年预算安排2.63万元，比2022年预算执行数增加77.70%。';

ruleTester(narrativeBudgetExecutionRate, {
  valid: [
    { name: 'the seed: 613.42 ÷ 620.7 = 98.83%', doc: correctedSeed() },
    { name: 'Shanghai: no 预算执行率 sentence', doc: shanghaiDoc() },
    { name: '预算 putuo-czj-2025 as published: no 预算执行率 sentence', doc: czj2025 },
    { name: '预算 putuo-wanli-2023 as published: no 预算执行率 sentence', doc: wanli },
    { name: '预算 jiangsu-gy-2017 as published: no 预算执行率 sentence', doc: await budgetSample('jiangsu-gy-2017') },
    {
      name: '预算 putuo-wanli-2023: a rate after the 2022 execution and the 2023 budget is no pair of one year',
      doc: withPhrase(wanli, WANLI_ITEM, WANLI_ITEM.replace('。', '，预算执行率为 56.27%。')),
    },
    {
      name: '预算 putuo-czj-2025: a target “预算执行率达到95%以上” after the projects’ budgets',
      doc: withPhrase(czj2025, '援滇干部工作经费3.00万元。', '援滇干部工作经费3.00万元。项目预算执行率达到95%以上。'),
    },
    {
      name: '预算 putuo-czj-2025: “确保预算执行率达到100%”',
      doc: withPhrase(czj2025, '援滇干部工作经费3.00万元。', '援滇干部工作经费3.00万元。确保预算执行率达到100%。'),
    },
  ],
  invalid: [
    {
      name: '预算 putuo-czj-2025: “绩效目标完成情况：预算执行率” states a rate, no target',
      doc: withPhrase(
        czj2025,
        '援滇干部工作经费3.00万元。',
        '援滇干部工作经费3.00万元。2024年财政业务费预算10.00万元，执行9.50万元，绩效目标完成情况：预算执行率90.00%。',
      ),
      reports: [{ messageId: 'mismatch', certainty: 'suspicious', expected: '95.00%', actual: '90.00%' }],
    },
    {
      name: '预算 putuo-wanli-2023: the 2022 budget and its execution, 预算执行率 82.50% for 1.48 ÷ 1.60',
      doc: withPhrase(
        wanli,
        '2022年当年预算执行数为1.48万元，',
        '2022年预算数为1.60万元，当年预算执行数为1.48万元，预算执行率为82.50%，',
      ),
      reports: [{ messageId: 'mismatch', certainty: 'suspicious', expected: '92.50%', actual: '82.50%' }],
    },
    {
      name: '预算 putuo-czj-2025: the 2024 budget and execution of 财政业务费, 预算执行率 9.50% for 9.50 ÷ 10.00',
      doc: withPhrase(
        czj2025,
        '援滇干部工作经费3.00万元。',
        '援滇干部工作经费3.00万元。2024年财政业务费预算10.00万元，执行9.50万元，预算执行率9.50%。',
      ),
      reports: [{ messageId: 'mismatch', certainty: 'suspicious', expected: '95.00%', actual: '9.50%' }],
    },
    {
      name: 'the seed: 预算执行率 93.83%',
      doc: withText(correctedSeed(), 587, '预算执行率为 98.83%', '预算执行率为 93.83%'),
      reports: [{ messageId: 'mismatch', certainty: 'suspicious', line: 587, expected: '98.83%', actual: '93.83%' }],
    },
    {
      name: 'Shanghai: a 预算执行率 after the 年初预算 and 支出决算',
      doc: withPhrase(shanghaiDoc(), '完成年初预算的 98.20%。', '预算执行率为 89.20%。'),
      reports: [{ messageId: 'mismatch', certainty: 'suspicious', expected: '98.20%', actual: '89.20%' }],
    },
  ],
});
