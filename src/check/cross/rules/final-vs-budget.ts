import type { Disclosure } from '../../../model/disclosure.js';
import type { CellRef } from '../../claims/types.js';
import { cellLocation, siteLocation, tableOf } from '../../locate.js';
import {
  agreement,
  cellYuan,
  describeCell,
  relatedCellLocation,
  relatedData,
  relatedName,
  showYuan,
  toYuan,
  type Yuan,
} from '../figures.js';
import type { CrossReport, CrossRule, RelatedDocument } from '../types.js';
import type { Location } from '../../../model/finding.js';

/**
 * Where a 决算 states its 年初预算 (budget) figures: the 预算数 columns of its "三公" table, and the "年初预算为 B
 * 万元" of its 情况说明 bound to a line of the 一般公共预算财政拨款支出 table. Each with the 预算 cell it restates
 * (tables of both kinds share ids by role: t05 一般公共预算支出 by function, t09 "三公").
 */
export interface BudgetStatement {
  readonly figure: Yuan;
  /** The cell of the 预算 that holds the same figure. */
  readonly budgetCell: CellRef;
  readonly location: Location;
  readonly what: string;
}

export function budgetStatements(
  final: Disclosure,
  claims: Parameters<CrossRule['run']>[0]['claims'],
): BudgetStatement[] {
  const out: BudgetStatement[] = [];
  const t09 = tableOf(final, 't09');
  for (const row of t09?.rows ?? []) {
    for (const column of Object.keys(row.cells)) {
      if (!column.startsWith('budget.')) continue;
      const ref = { table: 't09', rowKey: row.key, column };
      const figure = cellYuan(final, ref);
      if (!figure) continue;
      out.push({
        figure,
        budgetCell: { table: 't09', rowKey: '', column },
        location: cellLocation(final, ref),
        what: describeCell(final, ref),
      });
    }
  }
  for (const c of claims) {
    if (c.kind !== 'execution' || c.cell?.table !== 't05') continue;
    out.push({
      figure: toYuan(c.budget, final.meta.unit),
      budgetCell: { table: 't05', rowKey: c.cell.rowKey, column: 'total' },
      location: siteLocation(c.site),
      what: `${describeCell(final, c.cell)}的年初预算`,
    });
  }
  return out;
}

/** The 预算's cell for a statement: t09 has one line, whatever its key. */
export function budgetCellIn(budget: Disclosure, ref: CellRef): CellRef | undefined {
  if (ref.rowKey !== '') return ref;
  const row = tableOf(budget, ref.table)?.rows.find((r) => ref.column in r.cells);
  return row ? { ...ref, rowKey: row.key } : undefined;
}

/** One statement against the budget document: undefined when they agree, null when there is nothing to compare. */
export function judgeStatement(
  s: BudgetStatement,
  budget: RelatedDocument,
  unit: Disclosure['meta']['unit'],
  messageIds: { readonly mismatch: string; readonly rounding: string },
): CrossReport | undefined | null {
  const ref = budgetCellIn(budget.doc, s.budgetCell);
  const stated = ref ? cellYuan(budget.doc, ref) : undefined;
  if (!ref || !stated) return null;
  const verdict = agreement(s.figure, stated);
  if (verdict === 'same') return undefined;
  return {
    against: budget,
    messageId: verdict === 'different' ? messageIds.mismatch : messageIds.rounding,
    certainty: verdict === 'different' ? 'suspicious' : 'rounding',
    data: {
      what: s.what,
      figure: showYuan(s.figure, unit),
      cell: describeCell(budget.doc, ref),
      stated: showYuan(stated, unit),
      related: relatedName(budget),
    },
    extra: relatedData(budget),
    locations: [s.location],
    related: [relatedCellLocation(budget, ref)],
    expected: showYuan(stated, unit),
    actual: showYuan(s.figure, unit),
  };
}

/** A 决算's 年初预算 figures against the same year's published 预算. */
export const finalVsBudget: CrossRule = {
  meta: {
    id: 'related/final-vs-budget',
    category: 'cross',
    relations: ['same-year-budget'],
    title: '决算的年初预算数与当年预算一致',
    description:
      '决算“三公”经费表的预算数各栏，以及情况说明中一般公共预算财政拨款支出各项“年初预算为 B 万元”，应等于同一单位同一年度公开的部门预算中同一科目（编码）的预算数（一般公共预算支出功能分类预算表“合计”栏，“三公”经费预算表各栏）。“三公”经费决算表的预算数可能是调整后的全年预算，所以不一致时只作警告。金额单位不同时换算为元比较。',
    example: '决算写“年初预算为 2993.92 万元”，但 2024 年部门预算该科目为 3013.80 万元',
    defaultSeverity: 'warning',
    messages: {
      mismatch: '{{what}}为 {{figure}}，但{{related}}{{cell}}为 {{stated}}',
      rounding: '{{what}}为 {{figure}}，{{related}}{{cell}}为 {{stated}}，差异在尾数误差范围内',
    },
  },
  run({ doc, claims, related, compared }) {
    if ((doc.meta.documentKind ?? '决算') !== '决算') return [];
    const out: CrossReport[] = [];
    for (const budget of related) {
      for (const s of budgetStatements(doc, claims)) {
        const r = judgeStatement(s, budget, doc.meta.unit, { mismatch: 'mismatch', rounding: 'rounding' });
        if (r === null) continue;
        compared(budget);
        if (r) out.push(r);
      }
    }
    return out;
  },
};
