import { describe, expect, it } from 'vitest';
import type { Glyphs, PageContent, Rule } from './extract.js';
import { layoutPage } from './layout.js';

const glyph = (str: string, x0: number, top: number, size = 12): Glyphs => ({
  str,
  x0,
  x1: x0 + [...str].length * size,
  top,
  bottom: top + size,
  size,
});

function content(glyphs: Glyphs[], rules: Rule[] = []): PageContent {
  return { page: 3, width: 595, height: 842, glyphs, rules };
}

const texts = (c: PageContent) => layoutPage(c).items.map((i) => (i.kind === 'line' ? i.line.text : 'GRID'));

describe('laying out a page', () => {
  it('drops page numbers in the margins, keeps numbers in the body', () => {
    expect(texts(content([glyph('正文', 72, 300), glyph('3', 72, 330), glyph('- 3 -', 280, 800)]))).toEqual([
      '正文',
      '3',
    ]);
    expect(texts(content([glyph('正文', 72, 300), glyph('第 3 页', 280, 810)]))).toEqual(['正文']);
  });

  it('separates two ruled tables on one page and keeps their words out of the prose', () => {
    const box = (x0: number, y0: number, x1: number, y1: number): Rule[] => [
      { dir: 'h', pos: y0, from: x0, to: x1 },
      { dir: 'h', pos: (y0 + y1) / 2, from: x0, to: x1 },
      { dir: 'h', pos: y1, from: x0, to: x1 },
      { dir: 'v', pos: x0, from: y0, to: y1 },
      { dir: 'v', pos: (x0 + x1) / 2, from: y0, to: y1 },
      { dir: 'v', pos: x1, from: y0, to: y1 },
    ];
    const page = layoutPage(
      content(
        [
          glyph('甲表', 72, 80),
          glyph('合计', 80, 105),
          glyph('1.00', 200, 105),
          glyph('乙表', 72, 300),
          glyph('2.00', 200, 325),
        ],
        [...box(60, 100, 300, 140), ...box(60, 320, 300, 360)],
      ),
    );
    expect(page.items.map((i) => (i.kind === 'line' ? i.line.text : `GRID p${i.grid.page}`))).toEqual([
      '甲表',
      'GRID p3',
      '乙表',
      'GRID p3',
    ]);
    const grids = page.items.flatMap((i) => (i.kind === 'grid' ? [i.grid.rows.map((r) => r.map((c) => c.text))] : []));
    expect(grids).toEqual([
      [
        ['合计', '1.00'],
        ['', ''],
      ],
      [
        ['', '2.00'],
        ['', ''],
      ],
    ]);
  });

  it('reads a table drawn with a frame only (no inner rules) by the alignment of its text', () => {
    const frame: Rule[] = [
      { dir: 'h', pos: 100, from: 60, to: 400 },
      { dir: 'h', pos: 160, from: 60, to: 400 },
      { dir: 'v', pos: 60, from: 100, to: 160 },
      { dir: 'v', pos: 400, from: 100, to: 160 },
    ];
    const page = layoutPage(
      content(
        [
          glyph('201', 70, 110),
          glyph('一般公共服务支出', 120, 110),
          glyph('10.00', 330, 110),
          glyph('208', 70, 135),
          glyph('社会保障和就业支出', 120, 135),
          glyph('5.00', 342, 135),
        ],
        frame,
      ),
    );
    const grid = page.items.find((i) => i.kind === 'grid');
    expect(grid?.kind === 'grid' && grid.grid.method).toBe('stream');
    expect(grid?.kind === 'grid' && grid.grid.rows.map((r) => r.map((c) => c.text))).toEqual([
      ['201', '一般公共服务支出', '10.00'],
      ['208', '社会保障和就业支出', '5.00'],
    ]);
  });
});
