import { Decimal } from 'decimal.js';
import type { Disclosure } from '../../model/disclosure.js';
import type { CellRef, ShareClaim } from '../claims/types.js';
import { amountInterval, fmtPercent, judgePercent, roundsToPercent, truncatedPercent } from '../figures.js';
import { constrainedShare, div, sum, type Interval } from '../interval.js';
import { cellFigure, cellLocation, describeCell, siteLocation } from '../locate.js';
import type { Report, Rule } from '../types.js';

/** The parts of the t09 决算 total: a share of it is judged with the constraint that the parts sum to it. */
const T09_PARTS = ['actual.abroad', 'actual.car', 'actual.reception'];

/** "占 P%": not above 100 %, and part / whole rounds to P (judged with rounding intervals). */
export const narrativeShare: Rule = {
  meta: {
    id: 'narrative/share',
    category: 'narrative',
    title: '占比的计算',
    description:
      '情况说明中“占 P%”“占……的 P%”：占比不得超过 100%；部分与整体都能确定时（整体写明或为本段主语，如“本年收入合计”“一般公共预算财政拨款支出”），P 应等于部分 ÷ 整体。按四舍五入区间判断：只有任何未经舍入的数都不能得出 P 时才报错，能由尾数解释的差异只作提示。',
    example: '“占部门项目支出预算总额的 111.10%”：占比超过 100%',
    noFixReason: '占比与所列之数不符时，无法确定是分子、分母还是百分数写错，请人工核对',
    defaultSeverity: 'error',
    messages: {
      truncated:
        '占比写为 {{percent}}，而 {{part}} ÷ {{whole}} = {{computed}}：所写数字是截尾而非四舍五入的结果，应为 {{computed}}',
      overHundred: '“{{sentence}}”中的占比 {{percent}} 超过 100%，部分不可能大于整体',
      mismatch:
        '占比写为 {{percent}}，但 {{part}} ÷ {{whole}}（{{wholeName}}）= {{computed}}，四舍五入无法得出 {{percent}}',
      rounding:
        '占比写为 {{percent}}，按所列数计算 {{part}} ÷ {{whole}}（{{wholeName}}）= {{computed}}；在尾数误差范围内（可能区间 {{range}}），可以成立',
    },
  },
  run({ doc, claims }) {
    return claims.flatMap((c) => (c.kind === 'share' ? check(doc, c) : []));
  },
};

function check(doc: Disclosure, c: ShareClaim): Report[] {
  const percentText = `${c.percent.text}%`;
  if (c.percent.value.greaterThan(100)) {
    return [
      {
        messageId: 'overHundred',
        data: { sentence: c.site.sentence, percent: percentText },
        locations: [siteLocation(c.site)],
        expected: '≤ 100%',
        actual: percentText,
      },
    ];
  }
  if (!c.part || !c.wholeCell || !c.hasSign) return [];
  const whole = cellFigure(doc, c.wholeCell, c.unit);
  if (!whole || whole.value.isZero()) return [];
  if (roundsToPercent(c.percent, c.part.value.div(whole.value))) return []; // the common case: nothing to judge
  const partI = amountInterval(c.part);
  const wholeI = amountInterval(whole);
  let computed: Interval | undefined = div(partI, wholeI);
  const rest = restOfT09(doc, c.wholeCell, c.partCell);
  if (rest) computed = constrainedShare(partI, rest, wholeI) ?? computed;
  if (!computed) return [];
  const point = c.part.value.div(whole.value);
  const verdict = judgePercent(c.percent, computed, point);
  if (verdict === 'ok') return [];
  const cut = verdict === 'error' && truncatedPercent(c.percent, point); // a convention slip, not a wrong figure
  const range = `${fmtPercent(computed.lo, 3)}～${fmtPercent(computed.hi, 3)}`;
  return [
    {
      messageId: verdict === 'rounding' ? 'rounding' : cut ? 'truncated' : 'mismatch',
      certainty: verdict === 'rounding' ? 'rounding' : cut ? 'suspicious' : 'certain',
      data: {
        percent: percentText,
        part: c.part.text,
        whole: whole.value.toFixed(2),
        wholeName: describeCell(doc, c.wholeCell),
        computed: fmtPercent(point),
        range,
      },
      locations: [siteLocation(c.site)],
      related: [cellLocation(doc, c.wholeCell), ...(c.partCell ? [cellLocation(doc, c.partCell)] : [])],
      expected: fmtPercent(point),
      actual: percentText,
      extra: { possibleRange: range },
    },
  ];
}

/** For a share of the t09 决算 total: the interval of the other items (they and the part make up the total). */
function restOfT09(doc: Disclosure, whole: CellRef, part: CellRef | undefined): Interval | undefined {
  if (whole.table !== 't09' || whole.column !== 'actual.total' || !part || !T09_PARTS.includes(part.column))
    return undefined;
  const others = T09_PARTS.filter((c) => c !== part.column).map((column) => {
    const f = cellFigure(doc, { table: 't09', rowKey: 'main', column });
    return f && !f.value.isZero()
      ? amountInterval(f)
      : { lo: new Decimal(0), hi: new Decimal(0), loOpen: false, hiOpen: false };
  });
  return sum(others);
}
