import { describe, expect, it } from 'vitest';
import { collapseCjkSpaces, foldForMatching, squash, unifyBracketsAndQuotes } from './text.js';

describe('text folding', () => {
  it('squash removes every kind of whitespace, ideographic and no-break spaces included', () => {
    expect(squash(' 收入\u3000支出\u00a0决算\t总表\n')).toBe('收入支出决算总表');
  });

  it('collapseCjkSpaces removes spaces inside Chinese words only', () => {
    expect(collapseCjkSpaces('  机关事业单位基本养老保险 缴费  2024  年度 1551.86 万元')).toBe(
      '机关事业单位基本养老保险缴费 2024 年度 1551.86 万元',
    );
  });

  it('unifyBracketsAndQuotes keeps the length, so offsets still match', () => {
    const s = '“三公”经费(含)＂x＂';
    expect(unifyBracketsAndQuotes(s)).toBe('"三公"经费（含）"x"');
    expect(unifyBracketsAndQuotes(s)).toHaveLength(s.length);
  });

  it('foldForMatching makes titles printed differently compare equal', () => {
    expect(foldForMatching('财政拨款"三公"经费支出决算表 (公开09表)')).toBe(
      foldForMatching('财政拨款“三公”经费支出决算表（公开09表）'),
    );
    expect(foldForMatching('其中: 基本支出')).toBe(foldForMatching('其中：基本支出'));
    expect(foldForMatching('因公出国(境)费用')).not.toBe(foldForMatching('因公出国费用'));
  });
});
