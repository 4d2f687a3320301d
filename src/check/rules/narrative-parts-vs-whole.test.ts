import { ruleTester } from '../../../test/rule-tester.js';
import { correctedSeed, withText } from '../../../test/fixtures/seed-edits.js';
import { shanghaiDoc, withPhrase } from '../../../test/shanghai.js';
import { narrativePartsVsWhole } from './narrative-parts-vs-whole.js';
import { budgetSample } from '../../../test/budget-samples.js';

/** The 预算 as published: each states its 政府采购预算 and its parts in its own words (read on the page). */
const czj2025 = await budgetSample('putuo-czj-2025'); // 117.00 = 货物 17.00 + 工程 0 + 服务 100.00
const wanli = await budgetSample('putuo-wanli-2023'); // 830.00 = 10.00 + 550.00 + 270.00; 预留 中小 332.00 ⊇ 小微 232.40
const gy = await budgetSample('jiangsu-gy-2017'); // 总金额 3742.4 = 拟购买货物 525.4 + 工程 500 + 服务 2717
const swbgt = await budgetSample('jiangsu-swbgt-2017'); // 总额 1774.70 = 货物 496.20 + 服务 1278.50

ruleTester(narrativePartsVsWhole, {
  valid: [
    { name: 'the seed: 货物 108.22 + 工程 0 + 服务 0 = 108.22, SMEs within it', doc: correctedSeed() },
    { name: 'Shanghai: 4.79 + 0.00 + 246.47 = 251.26 ≈ 251.25 within rounding', doc: shanghaiDoc() },
    {
      name: '预算 putuo-czj-2025 as published: 政府采购预算 117.00 = 17.00 + 0 + 100.00; 4 projects 598.46 = 418.80 + 10.00 + 166.66 + 3.00',
      doc: czj2025,
    },
    {
      name: '预算 putuo-czj-2025: 4 projects listed of 5, a partial list may add to less than the total',
      doc: withPhrase(czj2025, '项目共4个', '项目共5个'),
    },
    {
      name: '预算 putuo-wanli-2023 as published: 830.00 = 10.00 + 550.00 + 270.00, 小微 232.40 ≤ 中小 332.00',
      doc: wanli,
    },
    { name: '预算 jiangsu-gy-2017 as published: 3742.4 = 525.4 + 500 + 2717', doc: gy },
    { name: '预算 jiangsu-swbgt-2017 as published: 1774.70 = 496.20 + 1278.50 (no 工程)', doc: swbgt },
  ],
  invalid: [
    {
      name: '预算 putuo-czj-2025: 信息化系统日常维护费 266.66 makes the 4 projects exceed 涉及项目预算资金 598.46',
      doc: withPhrase(czj2025, '信息化系统日常维护费166.66万元，援滇', '信息化系统日常维护费266.66万元，援滇'),
      reports: [{ messageId: 'exceeds', actual: '698.46', expected: '≤ 598.46' }],
    },
    {
      name: '预算 putuo-czj-2025: all 4 projects listed, 援滇干部工作经费 1.00 leaves them short of 598.46 (warning)',
      doc: withPhrase(czj2025, '援滇干部工作经费3.00万元。', '援滇干部工作经费1.00万元。'),
      reports: [{ messageId: 'shortList', certainty: 'suspicious', actual: '596.46', data: { count: '4' } }],
    },
    {
      name: '预算 putuo-czj-2025: 政府采购服务预算 200.00 makes the kinds exceed 政府采购预算 117.00',
      doc: withPhrase(czj2025, '政府采购服务预算100.00万元', '政府采购服务预算200.00万元'),
      reports: [{ messageId: 'exceeds', actual: '217.00', expected: '≤ 117.00' }],
    },
    {
      name: '预算 putuo-wanli-2023: 预留给小型和微型企业 432.40 above 面向中小企业预留 332.00',
      doc: withPhrase(wanli, '政府采购项目预算为232.40万元', '政府采购项目预算为432.40万元'),
      reports: [{ messageId: 'exceeds', actual: '432.40', expected: '≤ 332.00' }],
    },
    {
      name: '预算 putuo-wanli-2023: 面向中小企业预留 932.00 above 政府采购预算 830.00 (and 小微 stays within it)',
      doc: withPhrase(wanli, '预算金额332.00万元', '预算金额932.00万元'),
      reports: [{ messageId: 'exceeds', actual: '932.00', expected: '≤ 830.00' }],
    },
    {
      name: '预算 jiangsu-gy-2017: 拟购买工程 400 leaves the three kinds short of 总金额 3742.4 (warning)',
      doc: withPhrase(gy, '拟购买工程500万元', '拟购买工程400万元'),
      reports: [{ messageId: 'short', certainty: 'suspicious', actual: '3642.40', expected: '≤ 3742.4' }],
    },
    {
      name: '预算 jiangsu-swbgt-2017: 总额 1674.70 below 货物 496.20 + 服务 1278.50',
      doc: withPhrase(swbgt, '政府采购预算总额为1774.70万元', '政府采购预算总额为1674.70万元'),
      reports: [{ messageId: 'exceeds', actual: '1774.70', expected: '≤ 1674.70' }],
    },
    {
      name: 'the seed: 工程 10 万元 makes the kinds exceed the total',
      doc: withText(correctedSeed(), 579, '政府采购工程支出 0 万元', '政府采购工程支出 10 万元'),
      reports: [{ messageId: 'exceeds', line: 579, actual: '118.22', expected: '≤ 108.22' }],
    },
    {
      name: 'the seed: 小微 above 中小企业',
      doc: withText(correctedSeed(), 579, '授予小微企业合同金额 108.22', '授予小微企业合同金额 118.22'),
      reports: [{ messageId: 'exceeds', line: 579, actual: '118.22', expected: '≤ 108.22' }],
    },
    {
      name: 'Shanghai: 服务 200.00 leaves the kinds short of the total (warning); 小微 reserve above 中小企业 reserve',
      doc: withPhrase(
        withPhrase(shanghaiDoc(), '服务采购金额 246.47 万元', '服务采购金额 200.00 万元'),
        '面向小微企业预留政府采购项目预算金额 0.00 万元',
        '面向小微企业预留政府采购项目预算金额 300.00 万元',
      ),
      reports: [
        { messageId: 'short', certainty: 'suspicious', actual: '204.79' },
        { messageId: 'exceeds', actual: '300.00', expected: '≤ 246.47' },
      ],
    },
    {
      name: 'Shanghai: shares of one named whole without their amounts add to 110 %',
      doc: withPhrase(
        shanghaiDoc(),
        '2024 年度无政府性基金预算财政拨款收入和支出。',
        '2024 年度无政府性基金预算财政拨款收入和支出。人员类占本年支出合计的 80.00%，运转类占本年支出合计的 30.00%。',
      ),
      reports: [{ messageId: 'sharesOver', data: { total: '110.00%' } }],
    },
  ],
});
