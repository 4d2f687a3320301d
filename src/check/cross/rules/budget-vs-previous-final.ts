import type { Disclosure } from '../../../model/disclosure.js';
import type { Location } from '../../../model/finding.js';
import type { CellRef, ChangeClaim } from '../../claims/types.js';
import { siteLocation, tableOf } from '../../locate.js';
import {
  agreement,
  cellYuan,
  changeBasis,
  describeCell,
  impliedPrevious,
  relatedCellLocation,
  relatedData,
  relatedName,
  showYuan,
  type Yuan,
  claimUnit,
} from '../figures.js';
import type { CrossContext, CrossReport, CrossRule, RelatedDocument } from '../types.js';
import { budgetStatements } from './final-vs-budget.js';

/** The 决算 cell holding the actual figure of a 预算 cell: the "三公" 预算数 columns become 决算数 ones. */
function actualCell(final: Disclosure, ref: CellRef): CellRef | undefined {
  if (ref.table !== 't09') return ref;
  if (!ref.column.startsWith('budget.')) return undefined;
  const column = `actual.${ref.column.slice('budget.'.length)}`;
  const row = tableOf(final, 't09')?.rows.find((r) => column in r.cells);
  return row ? { table: 't09', rowKey: row.key, column } : undefined;
}

interface Stated {
  readonly figure: Yuan;
  readonly what: string;
  readonly location: Location;
}

function statedActual(final: RelatedDocument, ref: CellRef): Stated | undefined {
  const at = actualCell(final.doc, ref);
  const figure = at ? cellYuan(final.doc, at) : undefined;
  return at && figure
    ? { figure, what: `${describeCell(final.doc, at)}（决算数）`, location: relatedCellLocation(final, at) }
    : undefined;
}

function statedBudget(final: RelatedDocument, ref: CellRef, ctx: CrossContext): Stated | undefined {
  const s = budgetStatements(final.doc, ctx.claimsOf(final.doc)).find(
    (b) =>
      b.budgetCell.table === ref.table &&
      b.budgetCell.column === ref.column &&
      (b.budgetCell.rowKey === '' || b.budgetCell.rowKey === ref.rowKey),
  );
  return s
    ? {
        figure: s.figure,
        what: s.what,
        location: { ...s.location, source: { ...s.location.source, file: final.source } },
      }
    : undefined;
}

/**
 * A 预算's "比上年执行数增加 Y" against the previous year's 决算 figures, and its "比上年预算增加 Y" against the
 * 年初预算 figures that 决算 restates (its "三公" 预算数 and the "年初预算为" of its 情况说明).
 */
export const budgetVsPreviousFinal: CrossRule = {
  meta: {
    id: 'related/budget-vs-previous-final',
    category: 'cross',
    relations: ['previous-year-final'],
    title: '预算所引上年数与上年决算一致',
    description:
      '预算编制说明中“比上年执行数（决算数）增加/减少 Y”推出的上年数，应等于上年决算同一报表同一栏的决算数；“比上年预算增加/减少 Y”“与上年预算持平”推出的上年预算数，应等于上年决算中对同一科目所写的年初预算数（“三公”经费表预算数，情况说明“年初预算为”）。上年预算可能在年中调整，所以不一致时只作警告。金额单位不同时换算为元比较。',
    example:
      '“一般公共预算拨款支出预算 3121.42 万元，比 2024 年预算增加 107.62 万元”：上年预算应为 3013.80 万元，但 2024 年决算写年初预算为 2993.92 万元',
    defaultSeverity: 'warning',
    messages: {
      actualMismatch: '按此句推出上年执行数（{{cell}}）为 {{implied}}，但{{related}}{{what}}为 {{stated}}',
      budgetMismatch: '按此句推出上年预算数（{{cell}}）为 {{implied}}，但{{related}}{{what}}为 {{stated}}',
      rounding: '按此句推出上年数（{{cell}}）为 {{implied}}，{{related}}{{what}}为 {{stated}}，差异在尾数误差范围内',
    },
  },
  run(ctx) {
    const { doc, claims, related, compared } = ctx;
    if ((doc.meta.documentKind ?? '决算') !== '预算') return [];
    const out: CrossReport[] = [];
    for (const final of related) {
      for (const c of claims) {
        if (c.kind !== 'change' || !c.currentCell) continue;
        const basis = changeBasis(c.site.sentence);
        if (!basis) continue;
        const stated =
          basis === 'actual' ? statedActual(final, c.currentCell) : statedBudget(final, c.currentCell, ctx);
        const r = stated ? judge(doc, c, final, stated, basis === 'actual') : null;
        if (r === null) continue;
        compared(final);
        if (r) out.push(r);
      }
    }
    return out;
  },
};

function judge(
  doc: Disclosure,
  c: ChangeClaim,
  final: RelatedDocument,
  stated: Stated,
  actual: boolean,
): CrossReport | undefined | null {
  const implied = impliedPrevious(doc, c);
  if (!implied) return null;
  const verdict = agreement(implied, stated.figure);
  if (verdict === 'same') return undefined;
  const unit = claimUnit(doc, c); // messages in the unit the sentence used
  return {
    against: final,
    messageId: verdict === 'rounding' ? 'rounding' : actual ? 'actualMismatch' : 'budgetMismatch',
    certainty: verdict === 'rounding' ? 'rounding' : 'suspicious',
    data: {
      cell: describeCell(doc, c.currentCell!),
      implied: showYuan(implied, unit),
      what: stated.what,
      stated: showYuan(stated.figure, unit),
      related: relatedName(final),
    },
    extra: relatedData(final),
    locations: [siteLocation(c.site)],
    related: [stated.location],
    expected: showYuan(stated.figure, unit),
    actual: showYuan(implied, unit),
  };
}
