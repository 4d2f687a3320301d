import { ruleTester } from '../../../test/rule-tester.js';
import { correctedSeed, withText, withToc } from '../../../test/fixtures/seed-edits.js';
import { cloneDoc } from '../../../test/seed.js';
import { shanghaiDoc, withPhrase } from '../../../test/shanghai.js';
import type { Disclosure } from '../../model/disclosure.js';
import { narrativePlaceholder } from './narrative-placeholder.js';
import { budgetSample } from '../../../test/budget-samples.js';

const czj2025 = await budgetSample('putuo-czj-2025');
const wanli = await budgetSample('putuo-wanli-2023');
const gy = await budgetSample('jiangsu-gy-2017');
const swbgt = await budgetSample('jiangsu-swbgt-2017');

/** A copy whose table `id` is titled `title`. */
function withTableTitle(doc: Disclosure, id: string, title: string): Disclosure {
  const d = cloneDoc(doc);
  const t = d.tables.find((x) => x.id === id) as { title: string } | undefined;
  if (!t) throw new Error(`no table ${id}`);
  t.title = title;
  return d;
}

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
    { name: '预算 putuo-czj-2025 as published', doc: czj2025 },
    { name: '预算 putuo-wanli-2023 as published: “比2022年（上一年度，下同）预算” is no instruction', doc: wanli },
    { name: '预算 jiangsu-gy-2017 as published', doc: gy },
    { name: '预算 jiangsu-swbgt-2017 as published', doc: swbgt },
  ],
  invalid: [
    {
      name: '预算 putuo-czj-2025: the template’s “比2024年预算增加（减少）” left in',
      doc: withPhrase(
        czj2025,
        '财政拨款收入3,121.42万元，比2024年预算增加',
        '财政拨款收入3,121.42万元，比2024年预算增加（减少）',
      ),
      reports: [{ messageId: 'leftover', actual: '增加（减少）' }],
    },
    {
      name: '预算 putuo-wanli-2023: “主要原因是：。” with no reason',
      doc: withPhrase(wanli, '主要原因是：统计管理经费增加。', '主要原因是：。'),
      reports: [{ messageId: 'leftover', actual: '主要原因是：。' }],
    },
    {
      name: '预算 jiangsu-gy-2017: “因公出国（境）费支出××万元” in the 三公 paragraph',
      doc: withPhrase(gy, '因公出国（境）费支出180万元', '因公出国（境）费支出××万元'),
      reports: [{ messageId: 'placeholder', actual: '××' }],
    },
    {
      name: '预算 jiangsu-swbgt-2017: the tables file’s “XXXX年政府采购预算表”',
      doc: withTableTitle(swbgt, 't11', 'XXXX年政府采购预算表'),
      reports: [{ messageId: 'placeholder', table: 't11', actual: 'XXXX' }],
    },
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
