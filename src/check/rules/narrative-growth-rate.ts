import type { Disclosure } from '../../model/disclosure.js';
import { changeDirection } from '../claims/extract.js';
import type { ChangeClaim } from '../claims/types.js';
import { amountInterval, fmt, fmtPercent, judgePercent, roundsToPercent, type Figure } from '../figures.js';
import { add, div, exact, sub, type Interval } from '../interval.js';
import { cellFigure, cellLocation, siteLocation } from '../locate.js';
import type { Report, Rule } from '../types.js';
import { sentenceFix } from '../fix/locate.js';

/** The current figure X of a change: stated before it, or the cell its subject names. */
export function currentOf(doc: Disclosure, c: ChangeClaim): Figure | undefined {
  return c.current ?? (c.currentCell ? cellFigure(doc, c.currentCell, c.unit) : undefined);
}

/**
 * The growth rate Y / (X − Y) after an increase, Y / (X + Y) after a decrease, as an interval. Written as
 * 1 / (X/Y ∓ 1) so that each printed figure occurs once and the interval is exact, not widened.
 */
export function growthInterval(x: Figure, y: Figure, up: boolean): Interval | undefined {
  const r = div(amountInterval(x), amountInterval(y));
  if (!r) return undefined;
  const d = up ? sub(r, exact(1)) : add(r, exact(1));
  return div(exact(1), d);
}

/** "比上年增加 Y 万元，增长 Z%": Z = Y / (X − Y) (X + Y for a decrease); the implied last-year figure is kept. */
export const narrativeGrowthRate: Rule = {
  meta: {
    id: 'narrative/growth-rate',
    category: 'narrative',
    title: '同比增减率的计算',
    description:
      '“X 万元，比上年增加 Y 万元，增长 Z%”中 Z 应等于 Y ÷ (X − Y)；减少时 Z = Y ÷ (X + Y)。句中自己写出比较基数时（预算：“2022年当年预算执行数为 P 万元，2023年预算安排 X 万元，比2022年预算执行数增加 Z%”），Z = (X − P) ÷ P。X 取句中所写的本年数，未写时取主语所指报表数（如“三公”经费决算数）。按四舍五入区间判断。每一处都保留所推出的上年数（X − Y 或 X + Y），供与上年决算比对。增减词自相矛盾时由 narrative/direction-word 报告。',
    example:
      '“公务用车购置及运行维护费支出决算数比上年增加 2.5 万元，增长 50%”：本年 5.00 万元，上年应为 2.50 万元，增长率应为 100.00%',
    defaultSeverity: 'error',
    fixable: true,
    messages: {
      mismatch:
        '写为“{{word}} {{amount}} 万元，{{rateWord}} {{rate}}”，但本年 {{current}} 万元、上年应为 {{previous}} 万元，{{rateWord}}率应为 {{computed}}，四舍五入无法得出 {{rate}}',
      rounding:
        '写为“{{word}} {{amount}} 万元，{{rateWord}} {{rate}}”，按本年 {{current}} 万元、上年 {{previous}} 万元计算为 {{computed}}，差异在尾数误差范围内',
      zeroBase:
        '写为“{{word}} {{amount}} 万元，{{rateWord}} {{rate}}”，但本年 {{current}} 万元、上年为 0，从 0 增长没有增长率，应只写增加额',
      statedMismatch:
        '写为“{{word}} {{rate}}”，但句中所写本年数 {{current}} 万元、比较的上年数 {{previous}} 万元，{{word}}率应为 {{computed}}，四舍五入无法得出 {{rate}}',
      statedZeroBase: '写为“{{word}} {{rate}}”，但句中所写比较的上年数为 0，从 0 增长没有增长率',
      previousNegative:
        '写为“比上年{{word}} {{amount}} 万元”，但本年只有 {{current}} 万元，推出的上年数 {{previous}} 万元为负数',
    },
  },
  run({ doc, claims }) {
    return claims.flatMap((c) => (c.kind === 'change' ? check(doc, c) : []));
  },
};

function check(doc: Disclosure, c: ChangeClaim): Report[] {
  const dir = changeDirection(c.word, c.rateWord);
  if (dir === 'conflict' || dir === 'flat') return [];
  if (!c.amount) return c.statedPrevious ? checkStated(doc, c, c.statedPrevious, dir === 'up') : [];
  const x = currentOf(doc, c);
  if (!x) return [];
  const up = dir === 'up';
  const previous = up ? x.value.minus(c.amount.value) : x.value.plus(c.amount.value);
  const base = {
    word: c.word,
    amount: c.amount.text,
    current: fmt(x.value),
    previous: fmt(previous),
  };
  const related = c.currentCell ? [cellLocation(doc, c.currentCell)] : [];
  const extra = { previousYear: fmt(previous), current: fmt(x.value) };
  if (previous.isNegative()) {
    return [{ messageId: 'previousNegative', data: base, locations: [siteLocation(c.site)], related, extra }];
  }
  if (c.rate && c.rateHasSign && previous.isZero() && up) {
    // Growth from nothing has no rate: "增长 100%" (or any figure) from a zero previous year is undefined.
    return [
      {
        messageId: 'zeroBase',
        certainty: 'suspicious',
        data: { ...base, rateWord: c.rateWord ?? '', rate: `${c.rate.text}%` },
        locations: [siteLocation(c.site)],
        related,
        actual: `${c.rate.text}%`,
        extra,
      },
    ];
  }
  if (!c.rate || !c.rateHasSign || previous.isZero()) return [];
  if (roundsToPercent(c.rate, c.amount.value.div(previous))) return []; // the common case: nothing to judge
  const computed = growthInterval(x, c.amount, up);
  if (!computed) return [];
  const point = c.amount.value.div(previous);
  const verdict = judgePercent(c.rate, computed, point);
  if (verdict === 'ok') return [];
  const fix =
    verdict === 'error'
      ? sentenceFix(doc, c.site, { before: c.rate.text, text: fmtPercent(point).replace('%', ''), figure: true })
      : undefined;
  return [
    {
      messageId: verdict === 'error' ? 'mismatch' : 'rounding',
      certainty: verdict === 'error' ? 'certain' : 'rounding',
      data: { ...base, rateWord: c.rateWord ?? '', rate: `${c.rate.text}%`, computed: fmtPercent(point) },
      locations: [siteLocation(c.site)],
      related,
      expected: fmtPercent(point),
      actual: `${c.rate.text}%`,
      extra: { ...extra, impliedRate: fmtPercent(point) },
      ...(fix ? { fix } : {}),
    },
  ];
}

/**
 * "2022年当年预算执行数为 P 万元，2023年预算安排 X 万元，比2022年预算执行数增加 Z%": the sentence states the base
 * itself (执行数, not last year's budget), so Z = (X − P) ÷ P is judged against it. A direction the figures
 * contradict is narrative/direction-word's.
 */
function checkStated(doc: Disclosure, c: ChangeClaim, p: Figure, up: boolean): Report[] {
  const x = currentOf(doc, c);
  if (!x || !c.rate || !c.rateHasSign) return [];
  const data = { word: c.rateWord ?? c.word, rate: `${c.rate.text}%`, current: fmt(x.value), previous: fmt(p.value) };
  const related = c.currentCell ? [cellLocation(doc, c.currentCell)] : [];
  if (p.value.isZero()) {
    if (!up || x.value.isZero()) return [];
    return [
      {
        messageId: 'statedZeroBase',
        certainty: 'suspicious',
        data,
        locations: [siteLocation(c.site)],
        related,
        actual: `${c.rate.text}%`,
      },
    ];
  }
  const change = up ? x.value.minus(p.value) : p.value.minus(x.value);
  if (change.isNegative()) return [];
  const point = change.div(p.value);
  if (roundsToPercent(c.rate, point)) return [];
  const ratio = div(amountInterval(x), amountInterval(p));
  if (!ratio) return [];
  const verdict = judgePercent(c.rate, up ? sub(ratio, exact(1)) : sub(exact(1), ratio), point);
  if (verdict === 'ok') return [];
  return [
    {
      messageId: verdict === 'error' ? 'statedMismatch' : 'rounding',
      certainty: verdict === 'error' ? 'certain' : 'rounding',
      data: { ...data, computed: fmtPercent(point), amount: fmt(change), rateWord: c.rateWord ?? '' },
      locations: [siteLocation(c.site)],
      related,
      expected: fmtPercent(point),
      actual: `${c.rate.text}%`,
    },
  ];
}
