import { shanghaiDoc } from '../../../test/shanghai.js';
import { ruleTester } from '../../../test/rule-tester.js';
import { correctedSeed, withCell } from '../../../test/fixtures/seed-edits.js';
import { crossT05WithinT03 } from './cross-t05-within-t03.js';

ruleTester(crossT05WithinT03, {
  valid: [
    { name: 'Shanghai: t05 ≤ t03 in every cell', doc: shanghaiDoc() },
    { name: 'the seed: t05 ≤ t03 in every cell', doc: correctedSeed() },
  ],
  invalid: [
    {
      name: 'Shanghai: t05 2010607 项目支出 above t03',
      doc: withCell(shanghaiDoc(), 't05', '2010607', 'project', '140.25'),
      reports: [{ messageId: 'mismatch', table: 't05', rowKey: '2010607', column: 'project' }],
    },
    {
      name: 't05 2080101 基本支出 printed 440.76 (t03 432.16)',
      doc: withCell(correctedSeed(), 't05', '2080101', 'basic', '440.76'),
      reports: [
        {
          messageId: 'mismatch',
          table: 't05',
          rowKey: '2080101',
          column: 'basic',
          expected: '432.16',
          actual: '440.76',
        },
      ],
    },
  ],
});
