import type { Disclosure } from '../../model/disclosure.js';
import type { AmountClaim, CountClaim } from '../claims/types.js';
import { amountInterval, fmt, judgeAmount, type Figure } from '../figures.js';
import { Decimal } from 'decimal.js';
import { leafCount } from '../aggregate.js';
import { add, exact } from '../interval.js';
import { cellFigure, cellLocation, describeCell, rowOf, siteLocation, tableOf } from '../locate.js';
import type { Report, Rule } from '../types.js';
import { sentenceFix } from '../fix/locate.js';

/** Each amount or count the 情况说明 states for a table line equals that cell. */
export const narrativeAmountVsTable: Rule = {
  meta: {
    id: 'narrative/amount-vs-table',
    category: 'narrative',
    title: '情况说明中的金额与报表一致',
    description:
      '情况说明中每一个指向报表某一数的金额（收入支出总计、各收入支出项、各功能分类“类”和“项”的支出决算数、人员经费、公用经费、“三公”经费各项、机关运行经费、政府采购各项等）和数量（车辆、接待批次、人次等）应与报表中对应的数一致。两位小数的两个不同数不可能由四舍五入造成，报错；报表以元为单位、情况说明以万元表述时，截去尾数换算所得的金额与报表一致，只作提示。',
    example:
      '情况说明写“支出决算为 26.17 万元”，但一般公共预算财政拨款支出决算表“2080104 综合业务管理”行“本年支出/小计”为 26.18 万元',
    defaultSeverity: 'error',
    fixable: true,
    messages: {
      amountMismatch: '情况说明写“{{label}} {{stated}} 万元”，但{{cell}}为 {{table}} 万元，相差 {{diff}} 万元',
      amountRounding: '情况说明写“{{label}} {{stated}} 万元”，{{cell}}为 {{table}} 万元，差异在四舍五入误差范围内',
      amountTruncated:
        '情况说明写“{{label}} {{stated}} {{unit}}”，{{cell}}折合 {{table}} {{unit}}，是截去尾数而非四舍五入所得，金额一致',
      countMismatch: '情况说明写{{label}} {{stated}}，但{{cell}}为 {{table}}',
    },
  },
  run({ doc, claims }) {
    const out: Report[] = [];
    for (const c of claims) {
      if (c.kind === 'amount' && c.cell) out.push(...amount(doc, c));
      if (c.kind === 'count' && c.cell) out.push(...count(doc, c));
    }
    return out;
  },
};

function amount(doc: Disclosure, c: AmountClaim): Report[] {
  if (!c.cell) return [];
  const table = tableOf(doc, c.cell.table);
  const v = rowOf(table, c.cell.rowKey)?.cells[c.cell.column]?.value;
  const sameUnit = !c.unit || c.unit === table?.unit;
  // The common case without Decimal arithmetic: the sentence prints the cell's figure.
  if (
    sameUnit &&
    v?.kind === 'amount' &&
    Number(c.figure.text.replace(/,/g, '')) === v.amount.minor / 10 ** v.amount.scale
  )
    return [];
  const t = cellFigure(doc, c.cell, c.unit);
  if (!t) return [];
  const kind = rowOf(tableOf(doc, c.cell.table), c.cell.rowKey)?.cells[c.cell.column]?.value.kind;
  // A total repeated in the narrative may come from another table that sums the rounded items: ± 0.005 each.
  const n = leafCount(doc, c.cell);
  const printedI = kind === 'amount' ? amountInterval(t) : exact(t.value);
  const tableInterval =
    n > 1
      ? add(printedI, {
          lo: new Decimal(-0.005 * (n - 1)),
          hi: new Decimal(0.005 * (n - 1)),
          loOpen: false,
          hiOpen: false,
        })
      : printedI;
  const verdict = judgeAmount(c.figure, tableInterval, t.value);
  if (verdict === 'ok') return [];
  // A table in 元 stated in 万元 with the digits beyond the printed ones dropped (截尾: 877,080 元 → 87.70 万元):
  // the same amount converted, not another one.
  if (verdict === 'error' && !sameUnit && truncatedTo(t.value, c.figure)) {
    return [
      {
        messageId: 'amountTruncated',
        certainty: 'rounding',
        data: {
          label: c.label.replace(/^\d{4}\s*年度[，,]?\s*/, ''),
          stated: c.figure.text,
          unit: c.unit ?? '万元',
          cell: describeCell(doc, c.cell),
          table: t.value.toString(),
        },
        locations: [siteLocation(c.site)],
        related: [cellLocation(doc, c.cell)],
        expected: fmt(t.value),
        actual: fmt(c.figure.value),
      },
    ];
  }
  return [
    {
      messageId: verdict === 'error' ? 'amountMismatch' : 'amountRounding',
      certainty: verdict === 'error' ? 'certain' : 'rounding',
      data: {
        label: c.label.replace(/^\d{4}\s*年度[，,]?\s*/, ''),
        stated: c.figure.text,
        cell: describeCell(doc, c.cell),
        table: fmt(t.value),
        diff: fmt(c.figure.value.minus(t.value).abs()),
      },
      locations: [siteLocation(c.site)],
      related: [cellLocation(doc, c.cell)],
      expected: fmt(t.value),
      actual: fmt(c.figure.value),
      ...fixTo(doc, c, verdict === 'error' ? fmt(t.value) : undefined),
    },
  ];
}

/** Whether the figure is the value with the digits beyond its printed decimals cut off. */
function truncatedTo(value: Decimal, f: Figure): boolean {
  return f.decimals >= 0 && value.toDecimalPlaces(f.decimals, Decimal.ROUND_DOWN).equals(f.value);
}

/** The sentence's figure replaced by the table's: the table is the record, the sentence repeats it. */
function fixTo(doc: Disclosure, c: AmountClaim, text: string | undefined) {
  const fix = text === undefined ? undefined : sentenceFix(doc, c.site, { before: c.figure.text, text, figure: true });
  return fix ? { fix } : {};
}

function count(doc: Disclosure, c: CountClaim): Report[] {
  if (!c.cell) return [];
  const t = cellFigure(doc, c.cell);
  if (!t || t.value.equals(c.figure.value)) return [];
  return [
    {
      messageId: 'countMismatch',
      data: { label: c.label, stated: c.figure.text, cell: describeCell(doc, c.cell), table: t.value.toString() },
      locations: [siteLocation(c.site)],
      related: [cellLocation(doc, c.cell)],
      expected: t.value.toString(),
      actual: c.figure.value.toString(),
    },
  ];
}
