import { describe, expect, it } from 'vitest';
import { buildDisclosure } from './document.js';
import type { Grid } from './grid.js';
import type { LayoutItem, PageLayout } from './layout.js';
import type { TextLine } from './words.js';

/** Pages typed in by hand: text lines at given heights, and grids given as rows of cell texts. */
function line(page: number, top: number, text: string, x0 = 72, size = 12): LayoutItem {
  const l: TextLine = { page, words: [], text, x0, x1: x0 + text.length * size, top, bottom: top + size, size };
  return { kind: 'line', line: l };
}

function grid(page: number, top: number, rows: string[][]): LayoutItem {
  const width = Math.max(...rows.map((r) => r.length));
  const xs = Array.from({ length: width + 1 }, (_, i) => 60 + i * 80);
  const g: Grid = {
    page,
    box: [60, top, 60 + width * 80, top + rows.length * 20],
    xs,
    rows: rows.map((r, ri) =>
      r.map((text, ci) => ({ text, box: [xs[ci] ?? 0, top + ri * 20, xs[ci + 1] ?? 0, top + ri * 20 + 20] as const })),
    ),
    method: 'lattice',
  };
  return { kind: 'grid', grid: g };
}

function page(n: number, items: LayoutItem[]): PageLayout {
  return { page: n, width: 595, height: 842, items, words: [] };
}

const cover = page(1, [line(1, 100, '某省某市某局'), line(1, 130, '2024 年度部门决算')]);

describe('a document of another layout degrades to findings, never to silence', () => {
  it('reports a ruled table whose title it does not know, and a known table whose columns do not fit', () => {
    const doc = buildDisclosure(
      [
        cover,
        page(2, [
          line(2, 60, '第二部分 某局 2024 年度部门决算表'),
          line(2, 90, '收支情况一览表'),
          grid(2, 120, [
            ['项目', '金额'],
            ['收入', '10.00'],
          ]),
          line(2, 300, '支出决算表'),
          line(2, 320, '单位：元'),
          grid(2, 340, [
            ['科目编码', '科目名称', '本年支出合计', '基本支出'],
            ['201', '一般公共服务支出', '10.00', '10.00'],
          ]),
        ]),
      ],
      'x.pdf',
    );
    expect(doc.meta).toMatchObject({ name: '某省某市某局', fiscalYear: 2024 });
    expect(doc.tables).toEqual([]);
    const byRule = doc.diagnostics.map((d) => [d.ruleId, d.locations[0]?.source?.page]);
    expect(byRule).toContainEqual(['import/unknown-table', 2]);
    expect(byRule).toContainEqual(['import/table-unreadable', 2]);
    const unreadable = doc.diagnostics.find((d) => d.ruleId === 'import/table-unreadable');
    expect(unreadable?.message).toBe('无法读取表“支出决算表”：科目名称之后有 2 个数值栏，标准表头为 6 栏');
  });

  it('reads the unit per table and joins a table continued on the next page', () => {
    const doc = buildDisclosure(
      [
        cover,
        page(2, [
          line(2, 90, '一般公共预算财政拨款支出决算表'),
          line(2, 110, '单位：元'),
          grid(2, 120, [
            ['功能分类科目编码', '科目名称', '合计', '基本支出', '项目支出'],
            ['201', '一般公共服务支出', '100,000.00', '100,000.00', ''],
          ]),
        ]),
        page(3, [grid(3, 72, [['20101', '人大事务', '100,000.00', '100,000.00', '']])]),
      ],
      'x.pdf',
    );
    const t05 = doc.tables.find((t) => t.id === 't05');
    expect(t05?.unit).toBe('元');
    expect(t05?.rows.map((r) => [r.key, r.source?.page])).toEqual([
      ['201', 2],
      ['20101', 3],
    ]);
  });
});

describe('page furniture', () => {
  it('drops a running header repeated in the top margin of three pages', async () => {
    const { dropRunningHeaders } = await import('./layout.js');
    const pages = [2, 3, 4].map((n) =>
      page(n, [line(n, 20, '上海市普陀区财政局2024年度部门决算'), line(n, 300, `正文第 ${n} 页`)]),
    );
    const kept = dropRunningHeaders(pages).map((p) => p.items.map((i) => (i.kind === 'line' ? i.line.text : '')));
    expect(kept).toEqual([['正文第 2 页'], ['正文第 3 页'], ['正文第 4 页']]);
  });
});
