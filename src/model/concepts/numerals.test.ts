import { describe, expect, it } from 'vitest';
import { formatChineseNumeral, parseChineseNumeral } from './numerals.js';

describe('Chinese numerals', () => {
  it('writes numbers the Chinese way (一 … 十 十一 … 二十一 … 九十九)', () => {
    expect([1, 9, 10, 11, 13, 20, 21, 99].map(formatChineseNumeral)).toEqual([
      '一',
      '九',
      '十',
      '十一',
      '十三',
      '二十',
      '二十一',
      '九十九',
    ]);
  });

  it('writes what numbering does not reach in digits', () => {
    expect(formatChineseNumeral(100)).toBe('100');
    expect(formatChineseNumeral(-1)).toBe('-1');
  });

  it('reads them back, 两 and 百 included', () => {
    for (let n = 1; n < 100; n++) expect(parseChineseNumeral(formatChineseNumeral(n))).toBe(n);
    expect(parseChineseNumeral('两')).toBe(2);
    expect(parseChineseNumeral('一百零三')).toBe(103);
  });

  it('reads nothing else', () => {
    expect(parseChineseNumeral('')).toBeUndefined();
    expect(parseChineseNumeral('3')).toBeUndefined();
    expect(parseChineseNumeral('第一')).toBeUndefined();
  });
});
