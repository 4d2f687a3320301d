import { Decimal } from 'decimal.js';
import type { Disclosure } from '../../model/disclosure.js';
import { changeDirection } from '../claims/extract.js';
import type { ChangeClaim } from '../claims/types.js';
import {
  amountInterval,
  fmt,
  fmtPercent,
  judgePercent,
  percentInterval,
  roundsToPercent,
  type Figure,
} from '../figures.js';
import { add, div, exact, neg, overlaps, sub, type Interval } from '../interval.js';
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
      '“X 万元，比上年增加 Y 万元，增长 Z%”中 Z 应等于 Y ÷ (X − Y)；减少时 Z = Y ÷ (X + Y)。X 取句中所写的本年数，未写时取主语所指报表数（如“三公”经费决算数）。按四舍五入区间判断。每一处都保留所推出的上年数（X − Y 或 X + Y），供与上年决算比对。增减词自相矛盾时由 narrative/direction-word 报告。',
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
        '写为“比{{basis}}{{word}} {{rate}}”，但同句所写{{basis}} {{previous}} 万元、本年 {{current}} 万元，应为{{computed}}，四舍五入无法得出',
      statedRounding:
        '写为“比{{basis}}{{word}} {{rate}}”，按同句所写{{basis}} {{previous}} 万元、本年 {{current}} 万元计算为{{computed}}，差异在尾数误差范围内',
      statedZeroBase: '写为“比{{basis}}{{word}} {{rate}}”，但同句所写{{basis}}为 0，从 0 增长没有增长率，应只写增加额',
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
  if (!c.amount) return c.statedPrevious ? fromStatedPrevious(c, c.statedPrevious, dir === 'up') : [];
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
 * "2022年当年预算执行数为 274.85 万元，2023年预算安排 441.25 万元，比2022年预算执行数增加 60.54%": a rate with no
 * change amount, between two figures the sentence prints: Z = X ÷ P − 1. Which of the three figures is wrong
 * cannot be known, so there is no fix.
 */
function fromStatedPrevious(c: ChangeClaim, p: Figure, up: boolean): Report[] {
  const x = c.current;
  if (!x || !c.rate || !c.rateHasSign) return [];
  const data = {
    basis: (c.basis ?? '上年').replace(/执行$/, '执行数'),
    word: c.word,
    rate: `${c.rate.text}%`,
    previous: p.text,
    current: x.text,
  };
  const location = [siteLocation(c.site)];
  if (p.value.isZero()) {
    if (!up || x.value.isZero()) return [];
    return [{ messageId: 'statedZeroBase', certainty: 'suspicious', data, locations: location, actual: data.rate }];
  }
  const point = x.value.div(p.value).minus(1);
  const signed = up ? c.rate.value.div(100) : c.rate.value.div(100).neg();
  if (point.times(100).toDecimalPlaces(c.rate.decimals, Decimal.ROUND_HALF_UP).equals(signed.times(100))) return [];
  const ratio = div(amountInterval(x), amountInterval(p));
  if (!ratio) return [];
  const computed = sub(ratio, exact(1));
  const stated = up ? percentInterval(c.rate) : neg(percentInterval(c.rate));
  const verdict = overlaps(stated, computed) ? 'rounding' : 'error';
  const computedText = `${point.isNegative() ? '下降' : '增长'} ${fmtPercent(point.abs())}`;
  return [
    {
      messageId: verdict === 'error' ? 'statedMismatch' : 'statedRounding',
      certainty: verdict === 'error' ? 'certain' : 'rounding',
      data: { ...data, computed: computedText },
      locations: location,
      expected: computedText,
      actual: `${c.word} ${data.rate}`,
      extra: { impliedRate: fmtPercent(point) },
    },
  ];
}
