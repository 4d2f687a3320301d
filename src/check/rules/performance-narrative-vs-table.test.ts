import { ruleTester } from '../../../test/rule-tester.js';
import { correctedSeed, withText } from '../../../test/fixtures/seed-edits.js';
import { performanceNarrativeVsTable } from './performance-narrative-vs-table.js';

ruleTester(performanceNarrativeVsTable, {
  valid: [{ name: 'the seed: each project item repeats its table (98.75% vs 99% overlaps)', doc: correctedSeed() }],
  invalid: [
    {
      name: '劳动维权工作经费 自评得分 90 分 and 实际支出 6.69 万元',
      doc: withText(
        withText(correctedSeed(), 595, '自评得分 91 分', '自评得分 90 分'),
        595,
        '实际支出 6.96 万元',
        '实际支出 6.69 万元',
      ),
      reports: [
        { messageId: 'mismatch', line: 595, expected: '91', actual: '90' },
        { messageId: 'mismatch', line: 595, expected: '6.96', actual: '6.69' },
      ],
    },
    {
      name: '信息系统运行维护费 完成年度预算的 96.23%',
      doc: withText(correctedSeed(), 763, '86.23%', '96.23%'),
      reports: [{ messageId: 'mismatch', line: 763, expected: '86.23%', actual: '96.23%' }],
    },
  ],
});
