import { ruleTester } from '../../../test/rule-tester.js';
import { correctedSeed, withText } from '../../../test/fixtures/seed-edits.js';
import { shanghaiDoc, withPhrase } from '../../../test/shanghai.js';
import { narrativeBudgetExecutionRate } from './narrative-budget-execution-rate.js';

ruleTester(narrativeBudgetExecutionRate, {
  valid: [
    { name: 'the seed: 613.42 ÷ 620.7 = 98.83%', doc: correctedSeed() },
    { name: 'Shanghai: no 预算执行率 sentence', doc: shanghaiDoc() },
  ],
  invalid: [
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
