import { ruleTester } from '../../../test/rule-tester.js';
import { correctedSeed, withText } from '../../../test/fixtures/seed-edits.js';
import { shanghaiDoc, withPhrase } from '../../../test/shanghai.js';
import { narrativePartsVsWhole } from './narrative-parts-vs-whole.js';

ruleTester(narrativePartsVsWhole, {
  valid: [
    { name: 'the seed: 货物 108.22 + 工程 0 + 服务 0 = 108.22, SMEs within it', doc: correctedSeed() },
    { name: 'Shanghai: 4.79 + 0.00 + 246.47 = 251.26 ≈ 251.25 within rounding', doc: shanghaiDoc() },
  ],
  invalid: [
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
