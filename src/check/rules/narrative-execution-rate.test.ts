import { ruleTester } from '../../../test/rule-tester.js';
import { correctedSeed, parsedSeed, withText } from '../../../test/fixtures/seed-edits.js';
import { narrativeExecutionRate } from './narrative-execution-rate.js';

ruleTester(narrativeExecutionRate, {
  valid: [{ name: 'corrected seed', doc: correctedSeed() }],
  invalid: [
    {
      name: 'the seed: 2.(6) 143.08 / 86.99 printed 164.39%',
      doc: parsedSeed(),
      reports: [
        {
          messageId: 'mismatch',
          line: 513,
          related: { table: 't05', rowKey: '2080150' },
          expected: '164.48%',
          actual: '164.39%',
          fix: { before: '164.39', text: '164.48' },
        },
      ],
    },
    {
      name: 'a completion rate with a zero budget',
      doc: withText(correctedSeed(), 495, '支出决算为 40.74 万元。', '支出决算为 40.74 万元，完成年初预算的 100%。'),
      reports: [{ messageId: 'zeroBudget', line: 495, actual: '100%', fix: null }],
    },
    {
      name: '九（一） 76.47% for 5.20 / 6.80 changed to 75.47%',
      doc: withText(correctedSeed(), 559, '76.47%', '75.47%'),
      reports: [{ messageId: 'mismatch', line: 559, expected: '76.47%', actual: '75.47%' }],
    },
    {
      name: '五（三） 1550.46 / 1166.20 = 132.9498% printed truncated as 132.94%: a warning, not an error',
      doc: withText(
        correctedSeed(),
        491,
        '年初预算为 1166.16 万元，支出决算为 1550.46 万元，完成年初预算的 132.95 %',
        '年初预算为 1166.20 万元，支出决算为 1550.46 万元，完成年初预算的 132.94 %',
      ),
      reports: [
        {
          messageId: 'truncated',
          certainty: 'suspicious',
          line: 491,
          expected: '132.95%',
          actual: '132.94%',
          fix: null, // a suspicion is never fixed
        },
      ],
    },
  ],
});
