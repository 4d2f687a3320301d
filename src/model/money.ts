import { Decimal } from 'decimal.js';
import { halfWidthFigures, squash } from './concepts/text.js';

/**
 * An exact amount: an integer count of the smallest printed unit. 1,477.46 → { minor: 147746, scale: 2 };
 * 1.4 → { minor: 14, scale: 1 }. The scale is what was printed; the table's precision (usually 2 for 万元)
 * decides the rounding interval. Never binary floating point for money.
 */
export interface Amount {
  readonly minor: number;
  readonly scale: number;
}

export type AmountUnit = '元' | '万元' | '亿元';

/** The amount units, smallest first, and how many 元 each is (exact powers of ten). */
export const AMOUNT_UNITS: readonly AmountUnit[] = ['元', '万元', '亿元'];
const UNIT_EXPONENT: Readonly<Record<AmountUnit, number>> = { 元: 0, 万元: 4, 亿元: 8 };

/** How many places of ten one unit is above 元 (元 0, 万元 4, 亿元 8). */
export function unitExponent(unit: AmountUnit): number {
  return UNIT_EXPONENT[unit];
}

export function isAmountUnit(s: string | undefined): s is AmountUnit {
  return s !== undefined && (AMOUNT_UNITS as readonly string[]).includes(s);
}

const AMOUNT_RE = /^([+-])?(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?$/;

/** Parses a printed amount ("1,477.46", "-3", "0.5"); undefined when the text is not an amount. */
export function parseAmount(text: string): Amount | undefined {
  const t = squash(halfWidthFigures(text)).replace(/，/g, ',').replace(/．/g, '.');
  const m = AMOUNT_RE.exec(t);
  if (!m) return undefined;
  const int = (m[2] ?? '').replace(/,/g, '');
  const frac = m[3] ?? '';
  const minor = Number(int + frac) * (m[1] === '-' ? -1 : 1);
  if (!Number.isSafeInteger(minor)) return undefined;
  return { minor: minor === 0 ? 0 : minor, scale: frac.length };
}

export function amountFromDecimal(value: Decimal.Value, scale = 2): Amount {
  const d = new Decimal(value).toDecimalPlaces(scale, Decimal.ROUND_HALF_UP);
  return { minor: d.times(new Decimal(10).pow(scale)).toNumber(), scale };
}

export function toDecimal(a: Amount): Decimal {
  return new Decimal(a.minor).dividedBy(new Decimal(10).pow(a.scale));
}

/** Canonical text without thousands separators, with the printed number of decimals: "1477.46", "1.4". */
export function formatAmount(a: Amount): string {
  return toDecimal(a).toFixed(a.scale);
}

/** Text with a fixed number of decimals and thousands separators, as tables print it: "1,477.46". */
export function formatAmountGrouped(a: Amount, decimals = 2): string {
  const s = toDecimal(a).toFixed(decimals);
  const [int = '0', frac] = s.split('.');
  const neg = int.startsWith('-');
  const digits = neg ? int.slice(1) : int;
  const grouped = digits.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return (neg ? '-' : '') + grouped + (frac !== undefined ? '.' + frac : '');
}

/** Rescales to a common scale (exact, scale may only grow). */
export function rescale(a: Amount, scale: number): Amount {
  if (scale < a.scale) throw new RangeError(`cannot rescale ${a.scale} → ${scale} exactly`);
  return { minor: a.minor * 10 ** (scale - a.scale), scale };
}

export function addAmounts(items: readonly Amount[]): Amount {
  const scale = items.reduce((s, a) => Math.max(s, a.scale), 0);
  return { minor: items.reduce((sum, a) => sum + rescale(a, scale).minor, 0), scale };
}

export function subtractAmounts(a: Amount, b: Amount): Amount {
  const scale = Math.max(a.scale, b.scale);
  return { minor: rescale(a, scale).minor - rescale(b, scale).minor, scale };
}

export function compareAmounts(a: Amount, b: Amount): number {
  const scale = Math.max(a.scale, b.scale);
  return Math.sign(rescale(a, scale).minor - rescale(b, scale).minor);
}

export function amountsEqual(a: Amount, b: Amount): boolean {
  return compareAmounts(a, b) === 0;
}

export const ZERO: Amount = { minor: 0, scale: 0 };
