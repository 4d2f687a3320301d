import type { Disclosure } from '../../model/disclosure.js';
import type { Table } from '../../model/table.js';
import { tableOf } from '../locate.js';
import type { Rule } from '../types.js';
import type { CellRef } from '../claims/types.js';
import { compact, IDENTITY_MESSAGES, sums } from './helpers.js';
import { allBlank, moneyColumns, rowName } from './table-helpers.js';

/** Classification tables of both kinds (f05: a 预算's 财政拨款支出预算表). */
const TABLES = ['t02', 't03', 't05', 't07', 't08', 'f05'] as const;

/** Every 类 = Σ its 款, every 款 = Σ its 项, 合计 = Σ 类, in every amount column. */
export const sumFunctionalHierarchy: Rule = {
  meta: {
    id: 'sum/functional-hierarchy',
    category: 'sum',
    title: '功能分类逐级汇总',
    description:
      '收入决算表、支出决算表、一般公共预算财政拨款支出决算表、政府性基金和国有资本经营预算表中，每个“类”等于其下各“款”之和，每个“款”等于其下各“项”之和，“合计”等于各“类”之和（每一金额栏分别核对）。',
    example:
      '收入决算表“208 社会保障和就业支出”行“本年收入合计”应等于其下各款之和，但前者为 1240.63、后者为 1240.62，相差 0.01，在尾数四舍五入误差范围内',
    defaultSeverity: 'error',
    messages: IDENTITY_MESSAGES,
  },
  run({ doc }) {
    return TABLES.flatMap((id) => {
      const table = tableOf(doc, id);
      return table ? checkTable(table, doc) : [];
    });
  },
};

function checkTable(table: Table, doc: Disclosure) {
  const coded = table.rows.filter((r) => r.kind === 'class' && r.code);
  const children = (code: string | undefined, len: number) =>
    coded.filter((r) => r.code?.length === len && (code === undefined || r.code.startsWith(code)));
  const groups: Array<{ key: string; name: string; parts: string[] }> = [];
  if (table.rows.some((r) => r.key === 'total')) {
    groups.push({ key: 'total', name: '合计', parts: children(undefined, 3).map((r) => r.key) });
  }
  for (const r of coded) {
    const len = r.code?.length ?? 0;
    if (len !== 3 && len !== 5) continue;
    const kids = children(r.code, len + 2);
    if (kids.length > 0) groups.push({ key: r.key, name: rowName(r), parts: kids.map((k) => k.key) });
  }
  const cell = (rowKey: string, column: string): CellRef => ({ table: table.id, rowKey, column });
  return compact(
    groups.flatMap((g) =>
      moneyColumns(table).map((col) => {
        if (g.parts.length === 0 || allBlank(table, [g.key, ...g.parts], col.id)) return undefined;
        const parts = g.parts.map((p) => cell(p, col.id));
        return sums(doc, [cell(g.key, col.id)], '=', parts, () => {
          const level = g.key === 'total' ? '各类' : /^\d{3}\s/.test(g.name) ? '其下各款' : '其下各项';
          return `${table.title}“${g.name}”行“${col.label}”应等于${level}之和`;
        });
      }),
    ),
  );
}
