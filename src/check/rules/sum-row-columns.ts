import type { Disclosure } from '../../model/disclosure.js';
import type { TableId } from '../../model/table.js';
import { tableOf } from '../locate.js';
import type { Rule } from '../types.js';
import { compact, IDENTITY_MESSAGES, sums } from './helpers.js';
import { rowName } from './table-helpers.js';

/** The total column of each table and the columns that make it up. */
const PARTS: ReadonlyArray<readonly [TableId, string, readonly string[]]> = [
  ['t02', 'total', ['fiscal', 'superior', 'business', 'operating', 'subsidiary', 'other']],
  ['t03', 'total', ['basic', 'project', 'remit', 'operating', 'subsidy']],
  ['t05', 'total', ['basic', 'project']],
  ['t07', 'total', ['basic', 'project']],
  ['t08', 'total', ['basic', 'project']],
  // 预算: the 基本支出 economic table (合计 = 人员经费 + 公用经费) and Jiangsu's 支出预算总表 by use.
  ['t06', 'total', ['personnel', 'public']],
  ['b03', 'total', ['basic', 'project', 'reserve', 'carryout']],
];

/** Each row's total column = Σ its part columns. */
export const sumRowColumns: Rule = {
  meta: {
    id: 'sum/row-columns',
    category: 'sum',
    title: '各行合计栏等于分栏之和',
    description:
      '收入决算表“本年收入合计”= 财政拨款收入 + 上级补助收入 + 事业收入 + 经营收入 + 附属单位上缴收入 + 其他收入；支出决算表“本年支出合计”= 基本支出 + 项目支出 + 上缴上级支出 + 经营支出 + 对附属单位补助支出；一般公共预算、政府性基金、国有资本经营预算支出表“小计/合计”= 基本支出 + 项目支出。逐行核对。',
    example:
      '支出决算表“合计”行：本年支出合计应等于各分栏之和，但前者为 1551.86、后者为 1551.85，相差 0.01，在尾数四舍五入误差范围内',
    defaultSeverity: 'error',
    messages: IDENTITY_MESSAGES,
  },
  run({ doc }) {
    return PARTS.flatMap(([id, total, parts]) => check(doc, id, total, parts));
  },
};

function check(doc: Disclosure, id: TableId, total: string, parts: readonly string[]) {
  const table = tableOf(doc, id);
  if (!table) return [];
  return compact(
    table.rows.map((row) => {
      // A table printing only its total column (Jiangsu 预算: one 金额 column) has nothing to add up.
      if (!(total in row.cells) || !parts.some((p) => p in row.cells)) return undefined;
      const present = parts.filter((p) => p in row.cells && row.cells[p]?.value.kind !== 'blank');
      if (present.length === 0 && row.cells[total]?.value.kind === 'blank') return undefined;
      const cell = (column: string) => ({ table: id, rowKey: row.key, column });
      return sums(
        doc,
        [cell(total)],
        '=',
        present.map(cell),
        () => `${table.title}“${rowName(row)}”行：合计栏应等于各分栏之和`,
      );
    }),
  );
}
