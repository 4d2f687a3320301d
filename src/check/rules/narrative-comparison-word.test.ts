import { ruleTester } from '../../../test/rule-tester.js';
import { correctedSeed, parsedSeed, withText } from '../../../test/fixtures/seed-edits.js';
import { narrativeComparisonWord } from './narrative-comparison-word.js';

ruleTester(narrativeComparisonWord, {
  valid: [{ name: 'corrected seed', doc: correctedSeed() }],
  invalid: [
    {
      name: 'the seed: 3.(1) 预算 21.75, 决算 22.14, "决算数等于预算数"',
      doc: parsedSeed(),
      reports: [
        {
          messageId: 'wrong',
          line: 531,
          expected: '决算数大于预算数',
          actual: '决算数等于预算数',
          fix: { before: '决算数等于预算数', text: '决算数大于预算数' },
        },
      ],
    },
    {
      name: '2.(10) 75.77 > 57.62 but "决算数大于预算数"',
      doc: withText(correctedSeed(), 521, '决算数小于预算数', '决算数大于预算数'),
      reports: [{ messageId: 'wrong', line: 521, expected: '决算数小于预算数' }],
    },
  ],
});
