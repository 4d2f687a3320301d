import { Decimal } from 'decimal.js';
import { describe, expect, it } from 'vitest';
import { judgeAmount, judgePercent, parseFigure } from './figures.js';
import { add, constrainedShare, div, exact, formatInterval, overlaps, printed, sub } from './interval.js';

const f = (s: string) => {
  const x = parseFigure(s);
  if (!x) throw new Error(s);
  return x;
};

describe('rounding intervals', () => {
  it('a printed 26.18 stands for [26.175, 26.185); 26.17 and 26.18 cannot be equal', () => {
    expect(formatInterval(printed('26.18', 2), 3)).toBe('[26.175, 26.185)');
    expect(overlaps(printed('26.17', 2), printed('26.18', 2))).toBe(false);
    expect(judgeAmount(f('26.17'), printed('26.18', 2), new Decimal('26.18'))).toBe('error');
  });

  it('a sum off by 0.01 is explainable (1,240.63 vs 830.96 + 154.93 + 175.22 + 79.51)', () => {
    const parts = ['830.96', '154.93', '175.22', '79.51'].map((p) => printed(p, 2));
    const s = parts.reduce(add);
    expect(judgeAmount(f('1240.63'), s, new Decimal('1240.62'))).toBe('rounding');
    // 2.61 is not: Σ 301xx = 819.10 against 821.71.
    expect(judgeAmount(f('821.71'), printed('819.10', 2), new Decimal('819.10'))).toBe('error');
  });

  it('rates: 164.39% cannot come from 143.08 / 86.99; 96.66% can come from 2.9 / 3', () => {
    const r1 = div(printed('143.08', 2), printed('86.99', 2));
    expect(r1 && judgePercent(f('164.39'), r1, new Decimal('143.08').div('86.99'))).toBe('error');
    const r2 = div(printed('2.9', 2), printed('3', 2));
    expect(r2 && judgePercent(f('96.66'), r2, new Decimal('2.9').div(3))).toBe('rounding');
    expect(r2 && judgePercent(f('96.67'), r2, new Decimal('2.9').div(3))).toBe('ok');
  });

  it('the share 96.11% of 5.20 with 5.00 + 0.20 = 5.20 lies in [96.058%, 96.250%]', () => {
    const s = constrainedShare(printed('5.00', 2), printed('0.20', 2), printed('5.20', 2));
    expect(s && formatInterval(s, 5)).toBe('[0.96058, 0.96250]');
    expect(s && judgePercent(f('96.11'), s, new Decimal(5).div('5.2'))).toBe('rounding');
  });

  it('division by an interval that may contain zero says nothing; exact values have no width', () => {
    expect(div(exact(1), printed('0', 2))).toBeUndefined();
    expect(formatInterval(sub(exact(5), exact(2.5)), 2)).toBe('[2.50, 2.50]');
  });
});
