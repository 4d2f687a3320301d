import { ruleTester } from '../../../test/rule-tester.js';
import { correctedSeed, withProject } from '../../../test/fixtures/seed-edits.js';
import { performanceScoreTotal } from './performance-score-total.js';

const total92 = withProject(correctedSeed(), 0, (p) => {
  (p.total as { score: unknown }).score = { kind: 'number', value: '92' };
});
const above = withProject(correctedSeed(), 0, (p) => {
  const first = (p.indicators as Array<{ score: unknown }>)[0];
  if (first) first.score = { kind: 'number', value: '5' };
});

ruleTester(performanceScoreTotal, {
  valid: [{ name: 'the seed: 总分 = Σ 得分 in all 13 tables', doc: correctedSeed() }],
  invalid: [
    {
      name: '劳动维权工作经费 总分 printed 92 (Σ 91)',
      doc: total92,
      reports: [{ messageId: 'sum', line: 635, expected: '91', actual: '92' }],
    },
    {
      name: '得分 5 above its 分值 4',
      doc: above,
      reports: [
        { messageId: 'aboveWeight', expected: '≤ 4', actual: '5' },
        { messageId: 'sum', expected: '92', actual: '91' },
      ],
    },
  ],
});
