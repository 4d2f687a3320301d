import { ruleTester } from '../../../test/rule-tester.js';
import { correctedSeed, parsedSeed } from '../../../test/fixtures/seed-edits.js';
import { shanghaiDoc, withoutTable } from '../../../test/shanghai.js';
import type { Disclosure } from '../../model/disclosure.js';
import { completenessTocHeadings } from './completeness-toc-headings.js';

/** The seed with its first table titled as Jiangsu prints titles: ordinal, year and department in front. */
function titledWithPrefix(extra = ''): Disclosure {
  const doc = correctedSeed();
  const tables = doc.tables.map((t) =>
    t.id === 't01' ? { ...t, title: `一、${doc.meta.fiscalYear}年度${doc.meta.name}部门${extra}${t.title}` } : t,
  );
  return { ...doc, tables };
}

ruleTester(completenessTocHeadings, {
  valid: [
    { name: 'corrected 目录', doc: correctedSeed() },
    // One cause, one finding: the missing table is completeness/missing-table's; the entries after it still match.
    { name: 'a missing table does not shift the 目录 entries after it', doc: withoutTable(correctedSeed(), 't07') },
    { name: 'Shanghai: the writer’s 目录', doc: shanghaiDoc() },
    { name: 'Shanghai without a table', doc: withoutTable(shanghaiDoc(), 't05') },
    { name: 'a body title with its ordinal, year and department in front', doc: titledWithPrefix() },
  ],
  invalid: [
    {
      name: 'a body title with other words than the 目录 besides year and department',
      doc: titledWithPrefix('汇总'),
      reports: [{ messageId: 'differs', table: 't01' }],
    },
    {
      name: 'the seed: 目录 differs from a part heading, a table title and a section title',
      doc: parsedSeed(),
      reports: [
        {
          messageId: 'differs',
          line: 96,
          expected: '第二部分 2024 年度部门决算报表',
          actual: '第二部分 2024 年度部门决算公开报表',
        },
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
  ],
});
