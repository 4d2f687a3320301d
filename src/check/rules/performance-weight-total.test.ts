import { ruleTester } from '../../../test/rule-tester.js';
import { correctedSeed, withProject } from '../../../test/fixtures/seed-edits.js';
import { performanceWeightTotal } from './performance-weight-total.js';

const lighter = withProject(correctedSeed(), 0, (p) => {
  const first = (p.indicators as Array<{ weight: unknown }>)[0];
  if (first) first.weight = { kind: 'number', value: '2' };
});
const total90 = withProject(correctedSeed(), 1, (p) => {
  (p.total as { weight: unknown }).weight = { kind: 'number', value: '90' };
});

ruleTester(performanceWeightTotal, {
  valid: [{ name: 'the seed: every table sums to 100', doc: correctedSeed() }],
  invalid: [
    {
      name: '劳动维权工作经费 first indicator 分值 2 instead of 4',
      doc: lighter,
      reports: [{ messageId: 'sum', line: 635, expected: '98', actual: '100' }],
    },
    {
      name: '职业技能提升培训经费 总分值 90',
      doc: total90,
      reports: [
        { messageId: 'notHundred', actual: '90' },
        { messageId: 'sum', expected: '100', actual: '90' },
      ],
    },
  ],
});
