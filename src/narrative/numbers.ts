import { Decimal } from 'decimal.js';
import { toDecimal, type Amount } from '../model/money.js';

/**
 * The arithmetic of the narrative: amounts printed with 2 decimals, percentages half-up to 2 decimals,
 * shares that add to 100.00 % by largest remainder, year-on-year changes with their direction.
 * Ratios are computed on the amounts as given (unrounded when the input has more decimals).
 */

const HUNDRED = new Decimal(100);

/** An amount as the narrative prints it: "1551.86" (no thousands separators, 2 decimals). */
export function money(a: Amount | undefined): string {
  return (a ? toDecimal(a) : new Decimal(0)).toDecimalPlaces(2, Decimal.ROUND_HALF_UP).toFixed(2);
}

/** Rounds an amount to the printed precision (2 decimals) — what a table shows. */
export function printed(a: Amount): Amount {
  if (a.scale <= 2) return a;
  const d = toDecimal(a).toDecimalPlaces(2, Decimal.ROUND_HALF_UP);
  return { minor: d.times(100).toNumber(), scale: 2 };
}

export function isZero(a: Amount | undefined): boolean {
  return a === undefined || a.minor === 0;
}

/** part / whole as a percentage, half-up to 2 decimals ("76.47"); undefined when whole is zero. */
export function percent(part: Amount, whole: Amount): string | undefined {
  const w = toDecimal(whole);
  if (w.isZero()) return undefined;
  return toDecimal(part).dividedBy(w).times(HUNDRED).toDecimalPlaces(2, Decimal.ROUND_HALF_UP).toFixed(2);
}

/**
 * Shares of a whole, half-up to 2 decimals, adjusted by largest remainder so that they add to exactly 100.00
 * when the parts make up the whole.
 */
export function shares(parts: readonly Amount[], whole: Amount): string[] {
  const w = toDecimal(whole);
  if (w.isZero()) return parts.map(() => '0.00');
  const exact = parts.map((p) => toDecimal(p).dividedBy(w).times(HUNDRED));
  const halfUp = exact.map((e) => e.toDecimalPlaces(2, Decimal.ROUND_HALF_UP));
  // Only when the parts make up the whole exactly: otherwise each share stays as its own figures give it,
  // because moving one by 0.01 would state a share no consistent unrounded values support.
  const sumParts = parts.reduce((s, p) => s.plus(toDecimal(p)), new Decimal(0));
  if (!sumParts.equals(w)) return halfUp.map((d) => d.toFixed(2));
  // Largest remainder: floor each share to 0.01, then hand out the missing hundredths.
  const floors = exact.map((e) => e.toDecimalPlaces(2, Decimal.ROUND_FLOOR));
  const missing = HUNDRED.minus(floors.reduce((s, f) => s.plus(f), new Decimal(0)))
    .times(100)
    .round()
    .toNumber();
  if (missing < 0 || missing > parts.length) return halfUp.map((d) => d.toFixed(2));
  const order = exact
    .map((e, i) => ({ i, rem: e.minus(floors[i] ?? 0) }))
    .sort((a, b) => b.rem.comparedTo(a.rem) || a.i - b.i);
  const result = floors.slice();
  for (let k = 0; k < missing; k++) {
    const idx = order[k]?.i;
    if (idx !== undefined) result[idx] = (result[idx] ?? new Decimal(0)).plus('0.01');
  }
  return result.map((d) => d.toFixed(2));
}

export type Direction = 'up' | 'down' | 'flat';

export interface Change {
  readonly direction: Direction;
  /** The absolute difference, printed ("457.45"). */
  readonly diff: string;
  /** Growth rate in percent of last year ("41.80"); undefined when last year is zero. */
  readonly rate: string | undefined;
}

/** Year-on-year change: direction from the sign, rate = |current − last| / last. */
export function change(current: Amount, last: Amount): Change {
  const c = toDecimal(current);
  const l = toDecimal(last);
  const d = c.minus(l);
  const direction: Direction = d.isZero() ? 'flat' : d.isPositive() ? 'up' : 'down';
  const rate = l.isZero()
    ? undefined
    : d.abs().dividedBy(l.abs()).times(HUNDRED).toDecimalPlaces(2, Decimal.ROUND_HALF_UP).toFixed(2);
  return { direction, diff: d.abs().toDecimalPlaces(2, Decimal.ROUND_HALF_UP).toFixed(2), rate };
}

/** 大于 / 小于 / 等于 for actual against budget. */
export function comparisonWord(actual: Amount, budget: Amount): '大于' | '小于' | '等于' {
  const c = toDecimal(actual).comparedTo(toDecimal(budget));
  return c > 0 ? '大于' : c < 0 ? '小于' : '等于';
}

/** A count printed without decimals ("2", "18"). */
export function count(n: number | undefined): string {
  return String(n ?? 0);
}
