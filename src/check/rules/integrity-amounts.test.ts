import { ruleTester } from '../../../test/rule-tester.js';
import { correctedSeed, withCell } from '../../../test/fixtures/seed-edits.js';
import { integrityAmounts } from './integrity-amounts.js';

const seed = correctedSeed();

ruleTester(integrityAmounts, {
  valid: [{ name: 'the seed’s amounts are all sane', doc: seed }],
  invalid: [
    {
      name: 'a negative expenditure (基本支出 -430.76 万元)',
      doc: withCell(seed, 't05', 'total', 'basic', '-430.76'),
      reports: [{ messageId: 'negative', table: 't05', rowKey: 'total', column: 'basic', actual: '-430.76' }],
    },
    {
      name: 'a negative 年末结转和结余 is possible: a warning',
      doc: withCell(seed, 't07', 'total', 'carryOut', '-1.00'),
      reports: [{ messageId: 'negativeSigned', table: 't07', column: 'carryOut', messageIncludes: ['请核实'] }],
    },
    {
      name: 'two hundred billion 万元 (a pasted number)',
      doc: withCell(seed, 't05', 'total', 'project', '20000000000.00'),
      reports: [{ messageId: 'range', table: 't05', column: 'project', messageIncludes: ['超出合理范围'] }],
    },
    {
      name: 'three decimals',
      doc: withCell(seed, 't06', '30101', 'amount', '26.185'),
      reports: [{ messageId: 'decimals', table: 't06', rowKey: '30101', data: { scale: 3, max: 2 } }],
    },
  ],
});
