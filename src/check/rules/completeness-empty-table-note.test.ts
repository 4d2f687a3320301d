import { ruleTester } from '../../../test/rule-tester.js';
import { correctedSeed, withText } from '../../../test/fixtures/seed-edits.js';
import { completenessEmptyTableNote } from './completeness-empty-table-note.js';

ruleTester(completenessEmptyTableNote, {
  valid: [{ name: 'the seed explains its empty t07 and t08 in sections 七 and 八', doc: correctedSeed() }],
  invalid: [
    {
      name: 'section 七 no longer says the department had no 政府性基金',
      doc: withText(
        correctedSeed(),
        549,
        '本部门没有发生政府性基金预算财政拨款收入支出相关情况',
        '政府性基金预算财政拨款收入支出情况见公开07表',
      ),
      reports: [{ messageId: 'missingNote', certainty: 'suspicious', table: 't07' }],
    },
  ],
});
