import { getLayout } from '../../model/layouts/index.js';
import type { Report, Rule } from '../types.js';

/** Every table of the document's layout is present (Qinghai: t01–t11; Shanghai: nine tables). */
export const completenessMissingTable: Rule = {
  meta: {
    id: 'completeness/missing-table',
    category: 'completeness',
    title: '缺少公开报表',
    description:
      '按文档版式应公开的报表都应出现：青海版式 11 张（公开01表—公开11表），上海版式 9 张（机关运行经费和政府采购只在情况说明中说明）。没有数据的表也应公开并注明。',
    example: '缺少“政府采购支出情况表”（公开11表）',
    defaultSeverity: 'error',
    messages: { missing: '缺少“{{title}}”{{number}}；按{{layout}}应公开此表，没有数据也应公开并注明' },
  },
  run({ doc }) {
    // The generic layout lists no tables: nothing is required of a document in an unknown layout.
    const layout = getLayout(doc.meta.layout);
    const out: Report[] = [];
    for (const s of layout.schemas) {
      if (doc.tables.some((t) => t.id === s.table)) continue;
      out.push({
        messageId: 'missing',
        data: { title: s.title, number: s.number ? `（${s.number}）` : '', layout: layout.name },
        locations: [{ table: s.table }],
        expected: s.title,
      });
    }
    return out;
  },
};
