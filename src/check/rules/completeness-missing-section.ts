import type { Layout } from '../../model/disclosure.js';
import type { Report, Rule } from '../types.js';
import { squash } from '../../model/concepts/text.js';

/** The 情况说明 sections a layout requires, each recognised by words of its title. */
const REQUIRED: Readonly<Record<Exclude<Layout, 'unknown'>, ReadonlyArray<readonly [RegExp, string]>>> = {
  qinghai: [
    [/^收入支出决算总体/, '收入支出决算总体情况说明'],
    [/^收入决算/, '收入决算情况说明'],
    [/^支出决算/, '支出决算情况说明'],
    [/^财政拨款收入支出决算总体/, '财政拨款收入支出决算总体情况说明'],
    [/一般公共预算财政拨款支出决算/, '一般公共预算财政拨款支出决算情况说明'],
    [/基本支出/, '一般公共预算财政拨款基本支出决算情况说明'],
    [/政府性基金/, '政府性基金预算财政拨款收入支出决算情况说明'],
    [/国有资本经营/, '国有资本经营预算财政拨款收入支出决算情况说明'],
    [/三公/, '财政拨款“三公”经费支出决算情况说明'],
    [/机关运行经费/, '机关运行经费支出情况说明'],
    [/政府采购/, '政府采购支出情况说明'],
    [/绩效/, '绩效评价情况说明'],
    [/其他重要事项/, '其他重要事项的情况说明'],
  ],
  shanghai: [
    [/^收入支出决算总体/, '收入支出决算总体情况说明'],
    [/^收入决算/, '收入决算情况说明'],
    [/^支出决算/, '支出决算情况说明'],
    [/^财政拨款收入支出决算总体/, '财政拨款收入支出决算总体情况说明'],
    [/一般公共预算财政拨款支出决算/, '一般公共预算财政拨款支出决算情况说明'],
    [/基本支出/, '一般公共预算财政拨款基本支出决算情况说明'],
    [/三公/, '财政拨款“三公”经费支出决算情况说明'],
    [/政府性基金/, '政府性基金预算财政拨款收入支出决算情况说明'],
    [/国有资本经营/, '国有资本经营预算财政拨款收入支出决算情况说明'],
    [/绩效/, '预算绩效管理情况'],
    [/其他重要事项/, '其他重要事项说明'],
  ],
};

export const completenessMissingSection: Rule = {
  meta: {
    id: 'completeness/missing-section',
    category: 'completeness',
    title: '缺少情况说明章节',
    description:
      '情况说明应有版式要求的各节：青海版式 13 节（收支总体、收入、支出、财政拨款总体、一般公共预算支出、基本支出、政府性基金、国有资本经营、“三公”经费、机关运行经费、政府采购、绩效评价、其他重要事项），上海版式 11 节（机关运行经费、政府采购并入其他重要事项）。',
    example: '情况说明缺少“机关运行经费支出情况说明”',
    defaultSeverity: 'error',
    messages: { missing: '情况说明缺少“{{title}}”一节' },
  },
  run({ doc }) {
    if (doc.meta.layout === 'unknown') return [];
    const titles = doc.narrative.map((s) => squash(s.title).replace(/^关于\d{4}年度/, ''));
    const out: Report[] = [];
    for (const [re, title] of REQUIRED[doc.meta.layout]) {
      if (!titles.some((t) => re.test(t)))
        out.push({ messageId: 'missing', data: { title }, locations: [{ sectionPath: [title] }], expected: title });
    }
    return out;
  },
};
