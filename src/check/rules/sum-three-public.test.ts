import { ruleTester } from '../../../test/rule-tester.js';
import { correctedSeed, withCell } from '../../../test/fixtures/seed-edits.js';
import { sumThreePublic } from './sum-three-public.js';

ruleTester(sumThreePublic, {
  valid: [{ name: 'the seed: 6.8 = 5 + 1.8 and 5.2 = 5 + 0.2', doc: correctedSeed() }],
  invalid: [
    {
      name: '决算数合计 printed 5.3',
      doc: withCell(correctedSeed(), 't09', 'main', 'actual.total', '5.3'),
      reports: [
        { messageId: 'mismatch', line: 390, table: 't09', column: 'actual.total', expected: '5.20', actual: '5.30' },
      ],
    },
    {
      name: '预算数 公务用车小计 printed 4',
      doc: withCell(correctedSeed(), 't09', 'main', 'budget.car', '4'),
      reports: [
        { messageId: 'mismatch', column: 'budget.total', expected: '5.80', actual: '6.80' },
        { messageId: 'mismatch', column: 'budget.car', expected: '5.00', actual: '4.00' },
      ],
    },
  ],
});
