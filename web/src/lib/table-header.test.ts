import { describe, expect, it } from 'vitest';
import { headerRows } from './table-header';

describe('a printed multi-level header', () => {
  it('merges shared upper levels across and spans short columns down', () => {
    const rows = headerRows([['合计'], ['本年支出', '基本支出'], ['本年支出', '项目支出'], ['年末结转']]);
    expect(rows).toEqual([
      [
        { label: '合计', colSpan: 1, rowSpan: 2 },
        { label: '本年支出', colSpan: 2, rowSpan: 1 },
        { label: '年末结转', colSpan: 1, rowSpan: 2 },
      ],
      [
        { label: '基本支出', colSpan: 1, rowSpan: 1 },
        { label: '项目支出', colSpan: 1, rowSpan: 1 },
      ],
    ]);
  });

  it('does not merge equal labels under different parents', () => {
    const rows = headerRows([
      ['预算数', '合计'],
      ['决算数', '合计'],
    ]);
    expect(rows[0]).toHaveLength(2);
    expect(rows[1]).toEqual([
      { label: '合计', colSpan: 1, rowSpan: 1 },
      { label: '合计', colSpan: 1, rowSpan: 1 },
    ]);
  });
});
