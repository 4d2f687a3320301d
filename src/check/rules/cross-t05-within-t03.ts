import { tableOf } from '../locate.js';
import type { Report, Rule } from '../types.js';
import { compact, IDENTITY_MESSAGES, sums } from './helpers.js';
import { rowName } from './table-helpers.js';

/** t05 is t03 without the non-fiscal money: cell by cell, t05 ≤ t03. */
export const crossT05WithinT03: Rule = {
  meta: {
    id: 'cross/t05-within-t03',
    category: 'cross',
    title: '一般公共预算支出不大于总支出',
    description:
      '一般公共预算财政拨款支出决算表是支出决算表中财政拨款部分，每一行的合计、基本支出、项目支出都应不大于支出决算表同一科目的对应数。',
    example:
      '一般公共预算财政拨款支出决算表“2080101 行政运行”基本支出应不大于支出决算表同一科目，但前者为 440.00、后者为 432.16，相差 7.84，尾数四舍五入无法解释，请核对',
    defaultSeverity: 'error',
    messages: IDENTITY_MESSAGES,
  },
  run({ doc }) {
    const t05 = tableOf(doc, 't05');
    if (!t05 || !tableOf(doc, 't03')) return [];
    const out: Array<Report | undefined> = [];
    for (const row of t05.rows) {
      for (const [col, word] of [
        ['total', '合计'],
        ['basic', '基本支出'],
        ['project', '项目支出'],
      ] as const) {
        if (!(col in row.cells)) continue;
        const at = (table: 't03' | 't05') => ({ table, rowKey: row.key, column: col });
        out.push(
          sums(
            doc,
            [at('t05')],
            '<=',
            [at('t03')],
            () => `一般公共预算财政拨款支出决算表“${rowName(row)}”${word}应不大于支出决算表同一科目`,
            { aggregates: true },
          ),
        );
      }
    }
    return compact(out);
  },
};
