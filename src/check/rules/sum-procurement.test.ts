import { ruleTester } from '../../../test/rule-tester.js';
import { correctedSeed, withCell } from '../../../test/fixtures/seed-edits.js';
import { sumProcurement } from './sum-procurement.js';

ruleTester(sumProcurement, {
  valid: [{ name: 'the seed: all 108.22 in 货物, 中小 and 小微', doc: correctedSeed() }],
  invalid: [
    {
      name: '小微 printed 120 (above 中小 108.22)',
      doc: withCell(correctedSeed(), 't11', 'small', 'amount', '120'),
      reports: [{ messageId: 'mismatch', table: 't11', rowKey: 'small', expected: '108.22', actual: '120.00' }],
    },
    {
      name: '货物 printed 100.22',
      doc: withCell(correctedSeed(), 't11', 'goods', 'amount', '100.22'),
      reports: [{ messageId: 'mismatch', table: 't11', rowKey: 'total', expected: '100.22', actual: '108.22' }],
    },
  ],
});
