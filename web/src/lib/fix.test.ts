import { describe, expect, it } from 'vitest';
import { changedSpan, fixPlace } from './fix';

describe('changedSpan', () => {
  it('marks only the changed digits of an amount', () => {
    expect(changedSpan('…支出决算为 26.17 万元,完成…', '…支出决算为 26.18 万元,完成…')).toEqual({
      prefix: '…支出决算为 26.1',
      removed: '7',
      added: '8',
      suffix: ' 万元,完成…',
    });
  });

  it('handles a change of length and a change at either end', () => {
    expect(changedSpan('（11）就业', '（12）就业')).toMatchObject({ removed: '1', added: '2' });
    expect(changedSpan('164.39%', '164.48%')).toEqual({ prefix: '164.', removed: '39', added: '48', suffix: '%' });
    const s = changedSpan('abc', 'abcd');
    expect(s).toEqual({ prefix: 'abc', removed: '', added: 'd', suffix: '' });
    // Common prefix and suffix never overlap, even when the texts repeat.
    const r = changedSpan('aaa', 'aa');
    expect(r.prefix + r.removed + r.suffix).toBe('aaa');
    expect(r.prefix + r.added + r.suffix).toBe('aa');
  });
});

describe('fixPlace', () => {
  it('names the whole heading path and the line', () => {
    expect(
      fixPlace({ sectionPath: ['五、一般公共预算财政拨款支出决算情况说明', '（二）结构'], source: { line: 40 } }),
    ).toBe('五、一般公共预算财政拨款支出决算情况说明 › （二）结构 · 第 40 行');
    expect(fixPlace(undefined)).toBe('文档');
  });
});
