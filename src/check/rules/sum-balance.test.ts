import { shanghaiDoc } from '../../../test/shanghai.js';
import { ruleTester } from '../../../test/rule-tester.js';
import { correctedSeed, parsedSeed, withCell } from '../../../test/fixtures/seed-edits.js';
import { sumBalance } from './sum-balance.js';

ruleTester(sumBalance, {
  valid: [
    { name: 'Shanghai t01/t04: totals and 总计 balance', doc: shanghaiDoc() },
    { name: 'the seed balances (0.01 rounding in 本年支出合计 only)', doc: correctedSeed() },
  ],
  invalid: [
    {
      name: 'Shanghai: t01 其他收入 changed, 本年收入合计 no longer its sum',
      doc: withCell(shanghaiDoc(), 't01', 'in.other', 'in.amount', '7.20'),
      reports: [{ messageId: 'mismatch', table: 't01', rowKey: 'in.total' }],
    },
    {
      name: 't01 年初结转和结余 printed 75 instead of 73',
      doc: withCell(parsedSeed(), 't01', 'in.carryover', 'in.amount', '75'),
      reports: [
        { messageId: 'mismatch', line: 140, table: 't01', rowKey: 'in.grand', expected: '1553.86', actual: '1551.86' },
      ],
    },
    {
      name: 't04 总计 printed 1,560.46 on the income side',
      doc: withCell(parsedSeed(), 't04', 'in.grand', 'in.amount', '1,560.46'),
      reports: [
        { messageId: 'mismatch', table: 't04', rowKey: 'in.grand', expected: '1550.46', actual: '1560.46' },
        { messageId: 'mismatch', table: 't04', rowKey: 'in.grand', expected: '1550.46', actual: '1560.46' },
      ],
    },
  ],
});
