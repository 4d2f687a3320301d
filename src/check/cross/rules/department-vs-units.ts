import { Decimal } from 'decimal.js';
import type { CellRef } from '../../claims/types.js';
import { sum } from '../../interval.js';
import { cellLocation, tableOf } from '../../locate.js';
import { agreement, cellYuan, describeCell, relatedCellLocation, showYuan, type Yuan } from '../figures.js';
import type { CrossReport, CrossRule } from '../types.js';

/** The 部门 cells compared with the sum of its 单位: the totals of 收支总表 and each 类 of 一般公共预算支出. */
function comparedCells(doc: Parameters<CrossRule['run']>[0]['doc']): CellRef[] {
  const out: CellRef[] = [];
  for (const row of tableOf(doc, 't01')?.rows ?? []) {
    if (row.key === 'in.total' || row.key === 'out.total') {
      out.push({ table: 't01', rowKey: row.key, column: row.key.startsWith('in.') ? 'in.amount' : 'out.amount' });
    }
  }
  for (const row of tableOf(doc, 't05')?.rows ?? []) {
    if (row.kind === 'total' || row.code?.length === 3) out.push({ table: 't05', rowKey: row.key, column: 'total' });
  }
  return out.filter((ref) => cellYuan(doc, ref) !== undefined);
}

/**
 * A 部门 disclosure consolidates its 单位: where every 单位 is at hand, the 部门's totals should be their sums
 * (internal transfers aside, hence a warning).
 */
export const departmentVsUnits: CrossRule = {
  meta: {
    id: 'related/department-vs-units',
    category: 'cross',
    relations: ['unit'],
    title: '部门数等于所属单位之和',
    description:
      '部门公开汇总其所属单位：在所属单位的公开都已保存时，部门收支总表的本年收入合计、本年支出合计，以及一般公共预算财政拨款支出表的合计和各类，应等于各单位同一栏之和。单位之间的上缴、补助在汇总时可能抵消，所以不一致时只作警告。',
    example: '部门本年支出合计 2946.25 万元，所属 2 个单位之和为 2950.25 万元',
    defaultSeverity: 'warning',
    messages: {
      mismatch: '部门{{cell}}为 {{figure}}，所属 {{units}} 个单位之和为 {{sum}}',
    },
  },
  run({ doc, related, compared }) {
    if (doc.meta.kind !== '部门' || related.length === 0) return [];
    const out: CrossReport[] = [];
    for (const ref of comparedCells(doc)) {
      const own = cellYuan(doc, ref)!;
      const parts = related.map((u) => cellYuan(u.doc, ref));
      if (parts.some((p) => p === undefined)) continue;
      const total: Yuan = {
        value: parts.reduce((s, p) => s.plus(p!.value), new Decimal(0)),
        interval: sum(parts.map((p) => p!.interval)),
      };
      for (const u of related) compared(u);
      if (agreement(own, total) !== 'different') continue;
      out.push({
        against: related[0]!,
        messageId: 'mismatch',
        certainty: 'suspicious',
        data: {
          cell: describeCell(doc, ref),
          figure: showYuan(own, doc.meta.unit),
          units: related.length,
          sum: showYuan(total, doc.meta.unit),
        },
        extra: { units: related.map((u) => u.doc.meta.name).join('、') },
        locations: [cellLocation(doc, ref)],
        related: related.map((u) => relatedCellLocation(u, ref)),
        expected: showYuan(total, doc.meta.unit),
        actual: showYuan(own, doc.meta.unit),
      });
    }
    return out;
  },
};
