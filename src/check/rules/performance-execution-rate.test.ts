import { ruleTester } from '../../../test/rule-tester.js';
import { correctedSeed, withProject } from '../../../test/fixtures/seed-edits.js';
import { performanceExecutionRate } from './performance-execution-rate.js';

const rate78 = withProject(correctedSeed(), 0, (p) => {
  const funds = p.funds as { total: { rate: unknown } };
  funds.total.rate = { kind: 'percent', value: '78', hasSign: true };
});

ruleTester(performanceExecutionRate, {
  valid: [{ name: 'the seed: truncated rates (96.66%, 86.23%, 84.66%) are rounding only', doc: correctedSeed() }],
  invalid: [
    {
      name: '劳动维权工作经费 执行率 78% for 6.96 / 8',
      doc: rate78,
      reports: [{ messageId: 'mismatch', line: 604, expected: '87.00%', actual: '78%' }],
    },
    {
      name: 'the seed at info level: 96.66% for 2.9 / 3, 86.23% for 14.66 / 17, 84.66% for 2.54 / 3',
      doc: correctedSeed(),
      ignoreRounding: false,
      reports: [
        { messageId: 'rounding', certainty: 'rounding', line: 650, expected: '96.67%', actual: '96.66%' },
        { messageId: 'rounding', certainty: 'rounding', line: 772, expected: '86.24%', actual: '86.23%' },
        { messageId: 'rounding', certainty: 'rounding', line: 876, expected: '84.67%', actual: '84.66%' },
      ],
    },
  ],
});
