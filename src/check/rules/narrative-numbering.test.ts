import { ruleTester } from '../../../test/rule-tester.js';
import { correctedSeed, parsedSeed, withNumbering } from '../../../test/fixtures/seed-edits.js';
import { narrativeNumbering } from './narrative-numbering.js';

ruleTester(narrativeNumbering, {
  valid: [{ name: 'corrected seed', doc: correctedSeed() }],
  invalid: [
    {
      name: 'the seed: 五（三）2. (11) twice, then (12)',
      doc: parsedSeed(),
      reports: [
        { messageId: 'repeated', line: 525, expected: '12', actual: '11', fix: { before: '（11）', text: '（12）' } },
      ],
    },
    {
      name: '(13) printed (14)',
      doc: withNumbering(correctedSeed(), 527, 14, '（14）'),
      reports: [{ messageId: 'gap', line: 527, expected: '13', actual: '14' }],
    },
  ],
});
