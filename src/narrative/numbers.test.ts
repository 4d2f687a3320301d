import { describe, expect, it } from 'vitest';
import { parseAmount, type Amount } from '../model/money.js';
import { change, comparisonWord, money, percent, shares } from './numbers.js';

const a = (s: string): Amount => parseAmount(s) ?? { minor: NaN, scale: 0 };

describe('the narrative’s arithmetic', () => {
  it('rounds percentages half-up to 2 decimals from the figures given', () => {
    expect(percent(a('5.20'), a('6.80'))).toBe('76.47'); // 76.470588…
    expect(percent(a('0.005'), a('1'))).toBe('0.50');
    expect(percent(a('1'), a('8'))).toBe('12.50'); // exactly half: 12.5
    expect(percent(a('1'), a('0.008'))).toBe('12500.00');
    expect(percent(a('1'), a('0'))).toBeUndefined();
  });

  it('makes shares add to 100.00 by largest remainder when the parts make up the whole exactly', () => {
    // 1/3 each: half-up gives 33.33 × 3 = 99.99; largest remainder gives one share the missing hundredth.
    expect(shares([a('1'), a('1'), a('1')], a('3'))).toEqual(['33.34', '33.33', '33.33']);
    // Seed 二: 1477.46 + 1.40 = 1478.86 exactly; half-up already adds to 100.
    expect(shares([a('1477.46'), a('1.4')], a('1478.86'))).toEqual(['99.91', '0.09']);
    // Parts that differ from the whole by rounding (t05 类 sum to 1550.47, total 1550.46): each share half-up.
    expect(shares([a('114.58'), a('1312.23'), a('72.97'), a('50.69')], a('1550.46'))).toEqual([
      '7.39',
      '84.63',
      '4.71',
      '3.27',
    ]);
  });

  it('states the direction, the difference and the rate of last year; no rate from zero, 持平 when equal', () => {
    expect(change(a('1551.86'), a('1094.41'))).toEqual({ direction: 'up', diff: '457.45', rate: '41.80' });
    expect(change(a('0.20'), a('0.67'))).toEqual({ direction: 'down', diff: '0.47', rate: '70.15' });
    expect(change(a('15'), a('0'))).toEqual({ direction: 'up', diff: '15.00', rate: undefined });
    expect(change(a('5'), a('5.00'))).toEqual({ direction: 'flat', diff: '0.00', rate: '0.00' });
  });

  it('compares 决算 with 预算 and prints money with 2 decimals', () => {
    expect(comparisonWord(a('22.14'), a('21.75'))).toBe('大于');
    expect(comparisonWord(a('175.22'), a('175.22'))).toBe('等于');
    expect(comparisonWord(a('26.18'), a('30'))).toBe('小于');
    expect(money(a('1.4'))).toBe('1.40');
    expect(money(a('2.345'))).toBe('2.35');
    expect(money(undefined)).toBe('0.00');
  });
});
