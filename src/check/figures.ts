import { Decimal } from 'decimal.js';
import { unitExponent, type Amount, type AmountUnit } from '../model/money.js';
import { containsValue, exact, overlaps, printed, type Interval } from './interval.js';

/** A figure as printed in a table or a sentence: its text, exact value and the decimals it was printed with. */
export interface Figure {
  readonly text: string;
  readonly value: Decimal;
  readonly decimals: number;
}

/** Amounts are published to 0.01 of their unit; "2.5 万元" and "30 万元" mean 2.50 and 30.00. */
export const AMOUNT_DECIMALS = 2;

export function parseFigure(text: string): Figure | undefined {
  const t = text.replace(/[,，\s]/g, '');
  if (!/^-?\d+(?:\.\d+)?$/.test(t)) return undefined;
  const dot = t.indexOf('.');
  return { text, value: new Decimal(t), decimals: dot < 0 ? 0 : t.length - dot - 1 };
}

export function amountFigure(a: Amount): Figure {
  const value = new Decimal(`${a.minor}e-${a.scale}`); // one construction (toDecimal makes three)
  return { text: value.toFixed(a.scale), value, decimals: a.scale };
}

/**
 * An amount printed in one unit, stated in another, exactly: 31,214,205.80 元 is 3121.4205800 万元 (to 0.01 元,
 * decimals 6); 26.18 万元 is 261,800 元 printed to the hundred (decimals −2, a precision, not a rounding).
 */
export function amountFigureIn(a: Amount, from: AmountUnit, to: AmountUnit): Figure {
  if (from === to) return amountFigure(a);
  const shift = unitExponent(from) - unitExponent(to);
  const value = new Decimal(`${a.minor}e${shift - a.scale}`);
  const decimals = Math.max(a.scale, AMOUNT_DECIMALS) - shift;
  return { text: value.toFixed(Math.max(0, decimals)), value, decimals };
}

/** The values a printed amount stands for (at least to 0.01 of its unit; a converted one to its precision). */
export function amountInterval(f: Figure): Interval {
  if (f.decimals < 0) {
    const half = new Decimal(10).pow(-f.decimals).div(2);
    return { lo: f.value.minus(half), hi: f.value.plus(half), loOpen: false, hiOpen: true };
  }
  return printed(f.value, Math.max(f.decimals, AMOUNT_DECIMALS));
}

/** The values a printed percentage stands for, as a fraction (96.66% → [0.96655, 0.96665)). */
export function percentInterval(f: Figure): Interval {
  const p = printed(f.value, f.decimals);
  return { ...p, lo: p.lo.div(100), hi: p.hi.div(100) };
}

export function exactInterval(v: Decimal.Value): Interval {
  return exact(v);
}

/**
 * Judges a printed figure against a value computed from other printed figures:
 * - ok: the computed value, rounded as the figure is printed, is the figure;
 * - rounding: it is not, but unrounded values consistent with every printed figure make the statement true;
 * - error: no such values exist.
 */
export type Verdict = 'ok' | 'rounding' | 'error';

export function judge(
  stated: Interval,
  statedValue: Decimal,
  decimals: number,
  computed: Interval,
  point: Decimal,
): Verdict {
  if (point.toDecimalPlaces(decimals, Decimal.ROUND_HALF_UP).equals(statedValue)) return 'ok';
  return overlaps(stated, computed) ? 'rounding' : 'error';
}

/** A percentage figure judged against a computed fraction interval and point value. */
export function judgePercent(f: Figure, computed: Interval, point: Decimal): Verdict {
  return judge(percentInterval(f), f.value.div(100), f.decimals + 2, computed, point);
}

/** An amount figure judged against a computed amount interval and point value. */
export function judgeAmount(f: Figure, computed: Interval, point: Decimal): Verdict {
  return judge(amountInterval(f), f.value, Math.max(f.decimals, AMOUNT_DECIMALS), computed, point);
}

export function inInterval(a: Interval, v: Decimal): boolean {
  return containsValue(a, v);
}

/** "1,551.86" → "1551.86" with the given decimals, for messages. */
export function fmt(v: Decimal, decimals = 2): string {
  return v.toDecimalPlaces(decimals, Decimal.ROUND_HALF_UP).toFixed(decimals);
}

/** A fraction as a percentage text: 0.96154 → "96.15%". */
export function fmtPercent(v: Decimal, decimals = 2): string {
  return `${fmt(v.times(100), decimals)}%`;
}

/** Whether a printed percentage is the computed fraction cut off (截尾) instead of rounded: 99.868% printed 99.86%. */
export function truncatedPercent(f: Figure, point: Decimal): boolean {
  return point.times(100).toDecimalPlaces(f.decimals, Decimal.ROUND_DOWN).equals(f.value);
}

/** Whether the computed fraction, rounded as the percentage is printed, is the printed figure (no interval needed). */
export function roundsToPercent(f: Figure, point: Decimal): boolean {
  return point.times(100).toDecimalPlaces(f.decimals, Decimal.ROUND_HALF_UP).equals(f.value);
}
