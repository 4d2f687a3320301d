import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Glyphs, PageContent, Rule } from './extract.js';
import { openPdf } from './extract.js';
import { layoutPage, type PageLayout } from './layout.js';
import { twoNumbers } from './table-rows.js';

const glyph = (str: string, x0: number, top: number, size = 10): Glyphs => ({
  str,
  x0,
  x1: x0 + [...str].length * size * 0.6,
  top,
  bottom: top + size,
  size,
});

describe('a lattice table continued without a rule at the top of the page', () => {
  it('reads the text above the first rule as a row of its own', () => {
    // Column rules from y=70 down; horizontal rules only from y=90: the row at y≈75 has no top rule.
    const rules: Rule[] = [
      ...[60, 160, 400, 520].map((x) => ({ dir: 'v' as const, pos: x, from: 70, to: 130 })),
      ...[90, 110, 130].map((y) => ({ dir: 'h' as const, pos: y, from: 60, to: 520 })),
    ];
    const glyphs = [
      glyph('30229', 70, 74),
      glyph('福利费', 170, 74),
      glyph('110.00', 420, 74),
      glyph('30231', 70, 95),
      glyph('公务用车运行维护费', 170, 95),
      glyph('304.40', 420, 95),
      glyph('30299', 70, 115),
      glyph('其他商品和服务支出', 170, 115),
      glyph('4,153.04', 420, 115),
    ];
    const page: PageContent = { page: 2, width: 595, height: 842, glyphs, rules };
    const grid = layoutPage(page).items.find((i) => i.kind === 'grid');
    const rows = grid?.kind === 'grid' ? grid.grid.rows.map((r) => r.map((c) => c.text)) : [];
    expect(rows).toEqual([
      ['30229', '福利费', '110.00'],
      ['30231', '公务用车运行维护费', '304.40'],
      ['30299', '其他商品和服务支出', '4,153.04'],
    ]);
  });

  it('tells two printed figures in one cell from one figure', () => {
    expect(twoNumbers('1,326.81530.72')).toEqual(['1,326.81', '530.72']);
    expect(twoNumbers('110.00 304.40')).toEqual(['110.00', '304.40']);
    expect(twoNumbers('1,326.81')).toBeUndefined();
    expect(twoNumbers('31,214,205.80')).toBeUndefined();
    expect(twoNumbers('2024')).toBeUndefined();
  });
});

const samplePath = (name: string) => fileURLToPath(new URL(`../../../samples/${name}`, import.meta.url));

/** Every page of a sample, laid out. */
async function pages(name: string): Promise<PageLayout[]> {
  const doc = await openPdf(new Uint8Array(readFileSync(samplePath(name))), name);
  const out: PageLayout[] = [];
  for (let n = 1; n <= doc.pageCount; n++) out.push(layoutPage(doc.readPage(n)));
  doc.close();
  return out;
}

// The Jiangsu 2017 tables continue across pages without a top rule (the 高院 document fused
// "3010830109 | …职业年金缴费 | 1,326.81530.72" before); no grid cell of any sample may hold two figures or two codes.
describe.each(['jiangsu-gy-2017-budget.pdf', 'jiangsu-swbgt-2017-budget-tables.pdf', 'putuo-czj-2025-budget.pdf'])(
  '%s: no fused rows in any ruled table',
  (name) => {
    let laid: PageLayout[];
    beforeAll(async () => {
      laid = await pages(name);
    }, 120_000);

    it('no cell holds two figures, no code cell holds two codes', () => {
      const cells = laid.flatMap((p) =>
        p.items.flatMap((i) => (i.kind === 'grid' ? i.grid.rows.flatMap((r) => r.map((c) => c.text)) : [])),
      );
      expect(cells.length).toBeGreaterThan(200);
      expect(cells.filter((c) => twoNumbers(c) !== undefined)).toEqual([]);
      expect(cells.filter((c) => /^\d{8,}$/.test(c.replace(/\s/g, '')))).toEqual([]);
    });
  },
);
