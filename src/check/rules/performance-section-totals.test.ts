import { ruleTester } from '../../../test/rule-tester.js';
import { correctedSeed, withText } from '../../../test/fixtures/seed-edits.js';
import { performanceSectionTotals } from './performance-section-totals.js';

ruleTester(performanceSectionTotals, {
  valid: [{ name: 'the seed: 13 projects, 557.22 万元 = Σ 全年预算数', doc: correctedSeed() }],
  invalid: [
    {
      name: '对 12 个项目开展了绩效自评，涉及资金 557.00 万元',
      doc: withText(
        correctedSeed(),
        587,
        '对 13 个项目开展了绩效自评，涉及资金 557.22',
        '对 12 个项目开展了绩效自评，涉及资金 557.00',
      ),
      reports: [
        { messageId: 'count', line: 587, expected: '13', actual: '12' },
        { messageId: 'funds', line: 587, expected: '557.22', actual: '557.00' },
      ],
    },
  ],
});
