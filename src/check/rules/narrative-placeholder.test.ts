import { ruleTester } from '../../../test/rule-tester.js';
import { correctedSeed, withText } from '../../../test/fixtures/seed-edits.js';
import { narrativePlaceholder } from './narrative-placeholder.js';

ruleTester(narrativePlaceholder, {
  valid: [{ name: 'the seed has no placeholder', doc: correctedSeed() }],
  invalid: [
    {
      name: '一 "XX 年度收入、支出总计"',
      doc: withText(correctedSeed(), 463, '2024 年度收入', 'XX 年度收入'),
      reports: [{ messageId: 'placeholder', line: 463, actual: 'XX' }],
    },
    {
      name: '十一 "×× 万元"',
      doc: withText(correctedSeed(), 579, '108.22 万元，其中', '×× 万元，其中'),
      reports: [{ messageId: 'placeholder', line: 579, actual: '××' }],
    },
  ],
});
