import { cloneDoc } from '../../../test/seed.js';
import { ruleTester } from '../__tests__/rule-tester.js';
import { correctedSeed, parsedSeed } from '../__tests__/fixtures.js';
import { completenessTocHeadings } from './completeness-toc-headings.js';

/** The body's part headings as printed on lines 57, 82, 459 and 1006 of the seed (the importer may not record them). */
const withParts = cloneDoc(parsedSeed());
(withParts as unknown as { partHeadings: unknown[] }).partHeadings = [
  { part: '第一部分', text: '第一部分 部门概况', source: { line: 57 } },
  { part: '第二部分', text: '第二部分 2024 年度部门决算报表', source: { line: 82 } },
  { part: '第三部分', text: '第三部分 2024 年度部门决算情况说明', source: { line: 459 } },
  { part: '第四部分', text: '第四部分 名词解释', source: { line: 1006 } },
];

ruleTester(completenessTocHeadings, {
  valid: [{ name: 'corrected 目录', doc: correctedSeed() }],
  invalid: [
    {
      name: 'the seed: 目录 differs from a table title and a section title',
      doc: parsedSeed(),
      reports: [
        {
          messageId: 'differs',
          certainty: 'suspicious',
          table: 't06',
          expected: '六、一般公共预算财政拨款基本支出决算明细表',
          actual: '六、一般公共预算财政拨款基本支出决算表',
        },
        {
          messageId: 'differs',
          certainty: 'suspicious',
          line: 1002,
          expected: '十三、其他重要事项情况说明',
          actual: '十三、其他重要事项的情况说明',
        },
      ],
    },
    {
      name: 'part headings as printed: 第二部分 …公开报表 in the 目录, …报表 in the body',
      doc: withParts,
      reports: [
        {
          messageId: 'differs',
          line: 82,
          expected: '第二部分 2024 年度部门决算报表',
          actual: '第二部分 2024 年度部门决算公开报表',
        },
        { messageId: 'differs', table: 't06' },
        { messageId: 'differs', line: 1002 },
      ],
    },
  ],
});
