import { Decimal } from 'decimal.js';

/**
 * An interval of real numbers with open or closed ends. A printed figure stands for the values that round to
 * it: 26.18 printed with 2 decimals is [26.175, 26.185). Half-open ends matter: 26.17 and 26.18 can never be
 * the same value, so their difference is a certain error, not rounding.
 */
export interface Interval {
  readonly lo: Decimal;
  readonly hi: Decimal;
  readonly loOpen: boolean;
  readonly hiOpen: boolean;
}

export function exact(v: Decimal.Value): Interval {
  const d = new Decimal(v);
  return { lo: d, hi: d, loOpen: false, hiOpen: false };
}

/** The values that round (half up) to `value` at `decimals` places: [v − h, v + h). */
const HALF: Decimal[] = [];

export function printed(value: Decimal.Value, decimals: number): Interval {
  const v = value instanceof Decimal ? value : new Decimal(value);
  const h = (HALF[decimals] ??= new Decimal(`5e-${decimals + 1}`));
  return { lo: v.minus(h), hi: v.plus(h), loOpen: false, hiOpen: true };
}

export function add(a: Interval, b: Interval): Interval {
  return { lo: a.lo.plus(b.lo), hi: a.hi.plus(b.hi), loOpen: a.loOpen || b.loOpen, hiOpen: a.hiOpen || b.hiOpen };
}

export function sum(items: readonly Interval[]): Interval {
  return items.reduce(add, exact(0));
}

export function neg(a: Interval): Interval {
  return { lo: a.hi.neg(), hi: a.lo.neg(), loOpen: a.hiOpen, hiOpen: a.loOpen };
}

export function sub(a: Interval, b: Interval): Interval {
  return add(a, neg(b));
}

interface End {
  readonly v: Decimal;
  readonly open: boolean;
}

/** The smallest and largest of candidate ends; a tie is open only when every tied end is open. */
function hull(ends: readonly End[]): Interval {
  let lo = ends[0] as End;
  let hi = ends[0] as End;
  for (const e of ends.slice(1)) {
    const cl = e.v.comparedTo(lo.v);
    if (cl < 0 || (cl === 0 && !e.open)) lo = e;
    const ch = e.v.comparedTo(hi.v);
    if (ch > 0 || (ch === 0 && !e.open)) hi = e;
  }
  return { lo: lo.v, hi: hi.v, loOpen: lo.open, hiOpen: hi.open };
}

export function mul(a: Interval, b: Interval): Interval {
  const ends: End[] = [];
  for (const [x, xo] of [
    [a.lo, a.loOpen],
    [a.hi, a.hiOpen],
  ] as const)
    for (const [y, yo] of [
      [b.lo, b.loOpen],
      [b.hi, b.hiOpen],
    ] as const)
      ends.push({ v: x.times(y), open: xo || yo });
  return hull(ends);
}

/** a / b; undefined when b may be zero (a ratio to something that may be nothing says nothing). */
export function div(a: Interval, b: Interval): Interval | undefined {
  if (containsValue(b, new Decimal(0)) || b.lo.isZero() || b.hi.isZero()) return undefined;
  const inv: Interval = {
    lo: new Decimal(1).div(b.hi),
    hi: new Decimal(1).div(b.lo),
    loOpen: b.hiOpen,
    hiOpen: b.loOpen,
  };
  return mul(a, inv);
}

export function scale(a: Interval, k: Decimal.Value): Interval {
  return mul(a, exact(k));
}

export function containsValue(a: Interval, v: Decimal): boolean {
  const lo = v.comparedTo(a.lo);
  const hi = v.comparedTo(a.hi);
  return (lo > 0 || (lo === 0 && !a.loOpen)) && (hi < 0 || (hi === 0 && !a.hiOpen));
}

/** Whether some value lies in both intervals. */
export function overlaps(a: Interval, b: Interval): boolean {
  const below = (x: Interval, y: Interval) => {
    // x lies entirely below y
    const c = x.hi.comparedTo(y.lo);
    return c < 0 || (c === 0 && (x.hiOpen || y.loOpen));
  };
  return !below(a, b) && !below(b, a);
}

/** Whether every value of a is below every value of b (a < b certainly). */
export function certainlyBelow(a: Interval, b: Interval): boolean {
  const c = a.hi.comparedTo(b.lo);
  return c < 0 || (c === 0 && (a.hiOpen || b.loOpen));
}

/** Whether some value of a can be ≤ some value of b. */
export function possiblyAtMost(a: Interval, b: Interval): boolean {
  const c = a.lo.comparedTo(b.hi);
  return c < 0 || (c === 0 && !a.loOpen && !b.hiOpen);
}

/**
 * The share part / whole when the whole is part + rest and is itself printed: the constraint that the parts
 * sum to the whole narrows the range (part small ⇒ rest large, but part + rest stays within the whole).
 */
export function constrainedShare(part: Interval, rest: Interval, whole: Interval): Interval | undefined {
  const restMax = Decimal.min(rest.hi, whole.hi.minus(part.lo));
  const restMin = Decimal.max(rest.lo, whole.lo.minus(part.hi));
  if (restMax.lessThan(restMin)) return undefined;
  const lo = part.lo.div(part.lo.plus(restMax));
  const hi = part.hi.div(part.hi.plus(restMin));
  return { lo, hi, loOpen: false, hiOpen: false }; // closed: lenient at the edges, never a false error
}

/** "[26.175, 26.185)" for messages and tests. */
export function formatInterval(a: Interval, decimals = 4): string {
  return `${a.loOpen ? '(' : '['}${a.lo.toFixed(decimals)}, ${a.hi.toFixed(decimals)}${a.hiOpen ? ')' : ']'}`;
}
