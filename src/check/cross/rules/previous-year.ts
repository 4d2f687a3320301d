import type { ChangeClaim } from '../../claims/types.js';
import { siteLocation } from '../../locate.js';
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
  claimUnit,
} from '../figures.js';
import type { CrossReport, CrossRule } from '../types.js';

/**
 * "比上年增加 Y 万元": the previous-year figure the sentence implies (X − Y) against what last year's disclosure
 * of the same organisation and kind prints in the same cell.
 */
export const previousYear: CrossRule = {
  meta: {
    id: 'related/previous-year',
    category: 'cross',
    relations: ['previous-year'],
    title: '与上年公开的数字一致',
    description:
      '情况说明中“比上年增加/减少 Y 万元”“与上年持平”所推出的上年数（X − Y、X + Y 或 X），应等于上年同一单位同类公开（决算对决算、预算对预算）中同一报表同一行同一栏的数字。按四舍五入区间判断，金额单位不同时换算为元。只比较能对应到报表单元格的句子。',
    example:
      '“一般公共预算财政拨款支出 2940.05 万元，比上年减少 63.14 万元”：推出上年为 3003.19 万元，但上年决算该栏为 3003.91 万元',
    defaultSeverity: 'error',
    messages: {
      mismatch: '按此句推出上年{{cell}}为 {{implied}}，但{{related}}中为 {{stated}}',
      rounding: '按此句推出上年{{cell}}为 {{implied}}，{{related}}中为 {{stated}}，差异在尾数误差范围内',
    },
  },
  run({ doc, claims, related, compared }) {
    const kind = doc.meta.documentKind ?? '决算';
    const out: CrossReport[] = [];
    for (const prev of related) {
      for (const c of claims) {
        if (c.kind !== 'change' || !c.currentCell) continue;
        const basis = changeBasis(c.site.sentence);
        const sameKind =
          basis === 'same' || (basis === 'actual' ? kind === '决算' : basis === 'budget' && kind === '预算');
        if (!sameKind) continue;
        const report = compare(doc, c, prev);
        if (report === null) continue;
        compared(prev);
        if (report) out.push(report);
      }
    }
    return out;
  },
};

/** null: nothing to compare; undefined: the figures agree; else the report. */
function compare(
  doc: Parameters<CrossRule['run']>[0]['doc'],
  c: ChangeClaim,
  prev: Parameters<CrossRule['run']>[0]['related'][number],
): CrossReport | undefined | null {
  const ref = c.currentCell!;
  const implied = impliedPrevious(doc, c);
  const stated = cellYuan(prev.doc, ref);
  if (!implied || !stated) return null;
  const verdict = agreement(implied, stated);
  if (verdict === 'same') return undefined;
  const unit = claimUnit(doc, c); // messages in the unit the sentence used
  return {
    against: prev,
    messageId: verdict === 'different' ? 'mismatch' : 'rounding',
    certainty: verdict === 'different' ? 'certain' : 'rounding',
    data: {
      cell: describeCell(doc, ref),
      implied: showYuan(implied, unit),
      stated: showYuan(stated, unit),
      related: relatedName(prev),
    },
    extra: relatedData(prev),
    locations: [siteLocation(c.site)],
    related: [relatedCellLocation(prev, ref)],
    expected: showYuan(stated, unit),
    actual: showYuan(implied, unit),
  };
}
