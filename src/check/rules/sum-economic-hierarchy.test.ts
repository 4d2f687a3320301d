import { shanghaiDoc } from '../../../test/shanghai.js';
import { ruleTester } from '../../../test/rule-tester.js';
import { correctedSeed, parsedSeed, withCell } from '../../../test/fixtures/seed-edits.js';
import { sumEconomicHierarchy } from './sum-economic-hierarchy.js';

ruleTester(sumEconomicHierarchy, {
  valid: [
    { name: 't06 of the Shanghai layout (two blocks): 人员经费 = 301 + 303', doc: shanghaiDoc() },
    { name: 'corrected seed (303: 68.44 vs 68.43 is rounding)', doc: correctedSeed() },
  ],
  invalid: [
    {
      name: 'Shanghai: 303 changed, 人员经费合计 no longer its sum',
      doc: withCell(shanghaiDoc(), 't06', '303', 'amount', '79.41'),
      reports: [{ messageId: 'mismatch', table: 't06', rowKey: 'personnel', expected: '2162.26', actual: '2152.26' }],
    },
    {
      name: 'the seed: 301 工资福利支出 821.71 but its lines sum to 819.10',
      doc: parsedSeed(),
      reports: [
        {
          messageId: 'mismatch',
          line: 323,
          table: 't06',
          rowKey: '301',
          expected: '819.10',
          actual: '821.71',
          data: { diff: '2.61' },
        },
      ],
    },
    {
      name: 't10 办公费 printed 5.21 instead of 4.21',
      doc: withCell(correctedSeed(), 't10', '30201', 'amount', '5.21'),
      reports: [{ messageId: 'mismatch', table: 't10', rowKey: '302', expected: '47.89', actual: '46.89' }],
    },
  ],
});
