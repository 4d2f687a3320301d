import { ruleTester } from '../../../test/rule-tester.js';
import { correctedSeed, withText, withToc } from '../../../test/fixtures/seed-edits.js';
import { cloneDoc } from '../../../test/seed.js';
import { shanghaiDoc, withPhrase } from '../../../test/shanghai.js';
import type { Disclosure } from '../../model/disclosure.js';
import { narrativePlaceholder } from './narrative-placeholder.js';

/** A copy whose first row of table `id` is labelled `label`. */
function withRowLabel(doc: Disclosure, id: string, label: string): Disclosure {
  const d = cloneDoc(doc);
  const row = d.tables.find((t) => t.id === id)?.rows[0] as { label: string } | undefined;
  if (!row) throw new Error(`no table ${id}`);
  row.label = label;
  return d;
}

ruleTester(narrativePlaceholder, {
  valid: [
    { name: 'the seed has no placeholder', doc: correctedSeed() },
    { name: 'Shanghai: the writer’s text has none', doc: shanghaiDoc() },
  ],
  invalid: [
    {
      name: '一 "XX 年度收入"',
      doc: withText(correctedSeed(), 463, '2024 年度收入', 'XX 年度收入'),
      reports: [{ messageId: 'placeholder', line: 463, actual: 'XX' }],
    },
    {
      name: '十一 "×× 万元"',
      doc: withText(correctedSeed(), 579, '108.22 万元，其中', '×× 万元，其中'),
      reports: [{ messageId: 'placeholder', line: 579, actual: '××' }],
    },
    {
      name: 'a 目录 entry "XX局" (not only the narrative)',
      doc: withToc(correctedSeed(), '十三、其他重要事项情况说明', '十三、XX局其他重要事项情况说明'),
      reports: [{ messageId: 'placeholder', actual: 'XX' }],
    },
    {
      name: 'a table row label "XXXX"',
      doc: withRowLabel(correctedSeed(), 't01', 'XXXX收入'),
      reports: [{ messageId: 'placeholder', table: 't01', actual: 'XXXX' }],
    },
    {
      name: 'both directions of the template left in: 增加（减少）… 增长（下降）, one finding',
      doc: withText(
        correctedSeed(),
        463,
        '各增加 457.45 万元，增长 41.80%',
        '各增加（减少）457.45 万元，增长（下降）41.80%',
      ),
      reports: [{ messageId: 'leftover', line: 463, actual: '增加（减少）、增长（下降）' }],
    },
    {
      name: 'Shanghai: a reason announced and not given, and an instruction left in',
      doc: withPhrase(
        withPhrase(shanghaiDoc(), '主要原因是优化办公环境', '主要原因是。（说明原因）优化办公环境'),
        '决算数小于预算数的主要原因：因年度工作计划安排',
        '决算数小于预算数的主要原因：。因年度工作计划安排',
      ),
      reports: [
        { messageId: 'leftover', actual: '主要原因：。' },
        { messageId: 'leftover', actual: '主要原因是。、（说明原因）' },
      ],
    },
  ],
});
