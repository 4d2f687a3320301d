import { ruleTester } from '../../../test/rule-tester.js';
import { correctedSeed, withText, withToc } from '../../../test/fixtures/seed-edits.js';
import { cloneDoc, SAMPLES } from '../../../test/seed.js';
import { shanghaiDoc, withPhrase } from '../../../test/shanghai.js';
import type { Disclosure } from '../../model/disclosure.js';
import type { Section } from '../../model/narrative.js';
import { narrativeYear } from './narrative-year.js';
import { budgetSample } from '../../../test/budget-samples.js';
import { importForTest } from '../../../test/import.js';

/**
 * The 预算 as published: czj-2025 states its vehicles "截至2024年8月31日" and compares "比2024年预算"; wanli-2023 its
 * assets "截止2022年12月31日", "比2022年（上一年度，下同）预算"; gy-2017 "比2016年增加".
 */
const czj2025 = await budgetSample('putuo-czj-2025');
const wanli = await budgetSample('putuo-wanli-2023');
const gy = await budgetSample('jiangsu-gy-2017');
/** 普陀区财政局 2024 决算 as published: "截至2024年12月31日" with no space after 截至 (pdf.js reading). */
const czj2024 = await importForTest(`${SAMPLES}putuo-czj-2024.pdf`);

/** The same text read as a 预算 of `year` (a 预算 speaks of the previous year's end and compares with it). */
function asBudget(doc: Disclosure, year: number): Disclosure {
  const d = cloneDoc(doc);
  return { ...d, meta: { ...d.meta, documentKind: '预算', fiscalYear: year } };
}

function withPartHeading(doc: Disclosure, from: string, to: string): Disclosure {
  const d = cloneDoc(doc);
  const h = d.partHeadings?.find((x) => x.text === from) as { text: string } | undefined;
  if (!h) throw new Error(`no part heading ${from}`);
  h.text = to;
  return d;
}

function withSectionTitle(doc: Disclosure, from: string, to: string): Disclosure {
  const d = cloneDoc(doc);
  const all = (list: readonly Section[]): Section[] => list.flatMap((x) => [x, ...all(x.children)]);
  const s = all(d.narrative).find((x) => x.title === from) as { title: string } | undefined;
  if (!s) throw new Error(`no section ${from}`);
  s.title = to;
  return d;
}

ruleTester(narrativeYear, {
  valid: [
    { name: 'the seed: every year fits 2024', doc: correctedSeed() },
    { name: 'Shanghai: 与 2023 年度相比, 截至 2024 年 12 月 31 日', doc: shanghaiDoc() },
    { name: 'Shanghai PDF 决算 as published: 截至2024年12月31日', doc: czj2024 },
    {
      name: 'a range of years and a plan period are not the document year',
      doc: withText(correctedSeed(), 463, '收支增加。', '收支增加，落实 2021-2025 年规划和 2021至2025年目标。'),
    },
    { name: '预算 putuo-czj-2025 as published: 截至2024年8月31日 (drawn up in 2024), 比2024年预算', doc: czj2025 },
    { name: '预算 putuo-wanli-2023 as published: 截止2022年12月31日, 比2022年预算', doc: wanli },
    { name: '预算 jiangsu-gy-2017 as published: 比2016年增加', doc: gy },
    { name: '预算 jiangsu-swbgt-2017 as published', doc: await budgetSample('jiangsu-swbgt-2017') },
  ],
  invalid: [
    {
      name: 'Shanghai PDF 决算: “截至2023年12月31日” right after 截至 (no space) in the 2024 决算 is fixed to 2024',
      doc: withPhrase(czj2024, '截至2024年12月31日', '截至2023年12月31日'),
      reports: [{ messageId: 'yearEnd', actual: '2023', expected: '2024', fix: { before: '2023', text: '2024' } }],
    },
    {
      name: '预算 putuo-wanli-2023: “2023年当年预算执行数” in the 2023 预算 (the year has not run yet)',
      doc: withPhrase(wanli, '2022年当年预算执行数为1.48万元', '2023年当年预算执行数为1.48万元'),
      reports: [{ messageId: 'budgetExecution', certainty: 'certain', actual: '2023', expected: '2022', fix: null }],
    },
    {
      name: '预算 putuo-czj-2025: vehicles 截至2022年8月31日 (another year’s document), no fix (the day is unknown)',
      doc: withPhrase(czj2025, '截至2024年8月31日', '截至2022年8月31日'),
      reports: [{ messageId: 'budgetAsOf', certainty: 'certain', actual: '2022', expected: '2024', fix: null }],
    },
    {
      name: '预算 putuo-czj-2025: 截至2023年12月31日 (the last closed 决算) is only unusual',
      doc: withPhrase(czj2025, '截至2024年8月31日', '截至2023年12月31日'),
      reports: [{ messageId: 'budgetAsOf', certainty: 'suspicious', actual: '2023', fix: null }],
    },
    {
      name: '预算 putuo-czj-2025: 截至2025年1月31日 (in the budget year itself) is only unusual',
      doc: withPhrase(czj2025, '截至2024年8月31日', '截至2025年1月31日'),
      reports: [{ messageId: 'budgetAsOf', certainty: 'suspicious', actual: '2025', fix: null }],
    },
    {
      name: '预算 putuo-czj-2025: 财政拨款收入 比2023年预算增加 is fixed to 2024',
      doc: withPhrase(czj2025, '财政拨款收入3,121.42万元，比2024年预算', '财政拨款收入3,121.42万元，比2023年预算'),
      reports: [{ messageId: 'base', actual: '2023', expected: '2024', fix: { before: '2023', text: '2024' } }],
    },
    {
      name: '预算 putuo-wanli-2023: the 三公 heading of 2021',
      doc: withSectionTitle(wanli, '2023年“三公”经费预算情况说明', '2021年“三公”经费预算情况说明'),
      reports: [{ messageId: 'title', actual: '2021', expected: '2023' }],
    },
    {
      name: '预算 jiangsu-gy-2017: 机关运行经费 比2015年增加',
      doc: withPhrase(gy, '比2016年增加5503.07万元', '比2015年增加5503.07万元'),
      reports: [{ messageId: 'base', actual: '2015', expected: '2016', fix: { before: '2015', text: '2016' } }],
    },
    {
      name: 'a 2024 决算 whose part heading says 2023 年度 (and its 目录 entry)',
      doc: withToc(
        withPartHeading(correctedSeed(), '第三部分 2024 年度部门决算情况说明', '第三部分 2023 年度部门决算情况说明'),
        '第三部分 2024 年度部门决算情况说明',
        '第三部分 2023 年度部门决算情况说明',
      ),
      reports: [
        // One finding per place: the 目录 entry and the heading, each naming the document's own kind.
        { messageId: 'ownKind', actual: '2023', expected: '2024', fix: null },
        { messageId: 'ownKind', actual: '2023', expected: '2024', fix: null },
      ],
    },
    {
      name: 'a 情况说明 heading of another year',
      doc: withSectionTitle(correctedSeed(), '关于 2024 年度绩效评价情况说明', '关于 2023 年度绩效评价情况说明'),
      reports: [{ messageId: 'title', line: 581, actual: '2023', expected: '2024', fix: null }],
    },
    {
      name: '截至 2023 年 12 月 31 日 in a 2024 决算 is fixed to 2024',
      doc: withText(correctedSeed(), 1004, '截至 2024 年 12 月 31 日', '截至 2023 年 12 月 31 日'),
      reports: [
        { messageId: 'yearEnd', line: 1004, actual: '2023', expected: '2024', fix: { before: '2023', text: '2024' } },
      ],
    },
    {
      name: 'Shanghai: a comparison with 2022 in a 2024 决算',
      doc: withPhrase(shanghaiDoc(), '与 2023 年度相比，收入支出总计', '与 2022 年度相比，收入支出总计'),
      reports: [{ messageId: 'base', actual: '2022', expected: '2023', fix: { before: '2022', text: '2023' } }],
    },
    {
      name: 'as a 预算 of 2025: titles of 2024 and the end of 2024 fit, comparisons with 2023 do not',
      doc: asBudget(shanghaiDoc(), 2025),
      reports: [
        { messageId: 'base', actual: '2023', expected: '2024' },
        { messageId: 'base', actual: '2023', expected: '2024' },
        { messageId: 'base', actual: '2023', expected: '2024' },
        { messageId: 'base', actual: '2023', expected: '2024' },
      ],
    },
  ],
});
