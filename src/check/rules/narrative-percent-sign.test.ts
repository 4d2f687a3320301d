import { ruleTester } from '../../../test/rule-tester.js';
import { correctedSeed, parsedSeed, withText } from '../../../test/fixtures/seed-edits.js';
import { narrativePercentSign } from './narrative-percent-sign.js';

ruleTester(narrativePercentSign, {
  valid: [{ name: 'corrected seed', doc: correctedSeed() }],
  invalid: [
    {
      name: 'the seed: 2.(12) 完成年初预算的 214.86。',
      doc: parsedSeed(),
      reports: [
        {
          messageId: 'missingExecution',
          line: 527,
          expected: '21489.19%',
          actual: '214.86',
          extra: { statedRatio: '214.86' },
          fix: { before: '214.86', text: '21489.19%' },
          messageIncludes: ['79.51', '0.37', '未乘 100'],
        },
      ],
    },
    {
      name: '三 基本支出 占 60.47 without %',
      doc: withText(correctedSeed(), 471, '占 60.47%', '占 60.47'),
      reports: [{ messageId: 'missing', line: 471, actual: '60.47', fix: { before: '', text: '%' } }],
    },
  ],
});
