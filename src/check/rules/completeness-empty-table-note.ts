import type { TableId } from '../../model/table.js';
import type { Report, Rule } from '../types.js';

/** Words of a note that says the department had no such income or expenditure. */
const NO_DATA = /没有|无数据|未发生|不涉及|无此|无相关|为空/;

/** The 情况说明 section that speaks for a table, by words of its title. */
const SECTION_OF: Partial<Record<TableId, RegExp>> = {
  t07: /政府性基金/,
  t08: /国有资本经营/,
  t09: /三公/,
  t10: /机关运行经费/,
  t11: /政府采购/,
};

export const completenessEmptyTableNote: Rule = {
  meta: {
    id: 'completeness/empty-table-note',
    category: 'completeness',
    title: '空表应有说明',
    description:
      '没有数据的报表（如没有政府性基金收支）仍应公开，并在表下或对应的情况说明中注明“本部门没有……收支”“本表无数据”等。',
    example: '“政府性基金预算财政拨款收入支出决算表”没有数据，表下和情况说明中都没有说明',
    defaultSeverity: 'warning',
    messages: { missingNote: '“{{title}}”没有数据，但表下和情况说明中都没有注明本部门没有此项收支' },
  },
  run({ doc }) {
    const out: Report[] = [];
    for (const t of doc.tables) {
      if (!t.empty) continue;
      if (t.notes.some((n) => NO_DATA.test(n))) continue;
      const re = SECTION_OF[t.id];
      const section = re ? doc.narrative.find((s) => re.test(s.title)) : undefined;
      const text = section ? JSON.stringify(section) : '';
      if (section && NO_DATA.test(text)) continue;
      out.push({
        messageId: 'missingNote',
        certainty: 'suspicious',
        data: { title: t.title },
        locations: [{ table: t.id, ...(t.source ? { source: t.source } : {}) }],
      });
    }
    return out;
  },
};
