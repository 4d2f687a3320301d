import { getLayout } from '../../model/layouts/index.js';
import type { Report, Rule } from '../types.js';
import { squash } from '../../model/concepts/text.js';

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
    // The sections each layout requires are in its definition (none for the generic layout).
    const required = getLayout(doc.meta.layout).requiredSections;
    // The sections of the 情况说明 and, in a document of titled parts ("其他相关情况说明"), those of each part.
    const sections = doc.narrative.flatMap((s) => (s.numbering ? [s] : [s, ...s.children]));
    const titles = sections.map((s) => squash(s.title).replace(/^关于\d{4}年度/, ''));
    const out: Report[] = [];
    for (const { match, title } of required) {
      if (!titles.some((t) => match.test(t)))
        out.push({ messageId: 'missing', data: { title }, locations: [{ sectionPath: [title] }], expected: title });
    }
    return out;
  },
};
