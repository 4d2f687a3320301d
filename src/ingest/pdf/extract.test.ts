import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildPdf } from '../../../test/pdf-builder.js';
import { firstPagesText, openPdf, type PageContent, type Rule } from './extract.js';
import { parsePdf } from './index.js';

const sample = (name: string) => new Uint8Array(readFileSync(new URL(`../../../samples/${name}`, import.meta.url)));

async function onePage(content: string, extra = '', form?: string): Promise<PageContent> {
  const doc = await openPdf(buildPdf([{ content, extra }], form), 'x.pdf');
  try {
    return doc.readPage(1);
  } finally {
    doc.close();
  }
}

const rounded = (r: Rule) => ({ dir: r.dir, pos: +r.pos.toFixed(2), from: +r.from.toFixed(2), to: +r.to.toFixed(2) });

describe('ruling lines (a dropped rule silently turns a lattice table into guesswork)', () => {
  it('finds every stroked segment, stroked rectangle side, thin filled rectangle and rule inside a form', async () => {
    const page = await onePage(
      [
        '0.5 w 50 700 m 550 700 l S', // horizontal, y = 842 - 700
        '50 600 m 50 700 l S', // vertical
        '100 100 200 200 re S', // four sides
        '50 400 500 0.5 re f', // a rule drawn as a thin filled rectangle
        '5 w 50 500 m 550 500 l S', // too thick for a rule (a bar)
        '0.5 w 60 450 m 61 450 l S', // too short (part of a glyph)
        '100 300 200 100 re f', // a filled box, not a rule
        'q 1 0 0 1 0 -100 cm /X1 Do Q', // a form drawing one rule, moved down by 100
      ].join('\n'),
      '',
      '0.5 w 70 250 m 270 250 l S',
    );
    expect(page.rules.map(rounded)).toEqual([
      { dir: 'h', pos: 142, from: 50, to: 550 },
      { dir: 'v', pos: 50, from: 142, to: 242 },
      { dir: 'h', pos: 742, from: 100, to: 300 },
      { dir: 'v', pos: 300, from: 542, to: 742 },
      { dir: 'h', pos: 542, from: 100, to: 300 },
      { dir: 'v', pos: 100, from: 542, to: 742 },
      { dir: 'h', pos: 441.75, from: 50, to: 550 },
      { dir: 'h', pos: 692, from: 70, to: 270 },
    ]);
  });

  for (const name of ['putuo-czj-2024.pdf', 'putuo-ghzyj-2024.pdf', 'shanghai-template-2024.pdf']) {
    it(`${name}: a drawn rule close above and below every table cell the model read`, async () => {
      const bytes = sample(name);
      const model = await parsePdf(bytes, { file: name });
      const doc = await openPdf(bytes, name);
      const rules = new Map<number, Rule[]>();
      const rulesOf = (page: number) =>
        rules.get(page) ?? rules.set(page, [...doc.readPage(page).rules]).get(page) ?? [];
      let cells = 0;
      try {
        for (const t of model.tables) {
          for (const r of t.rows) {
            for (const cell of Object.values(r.cells)) {
              const box = cell.source?.box;
              const page = cell.source?.page;
              if (!box || page === undefined) continue;
              cells++;
              const cx = (box[0] + box[2]) / 2;
              const across = rulesOf(page).filter((x) => x.dir === 'h' && x.from <= cx && x.to >= cx);
              const above = Math.max(...across.filter((x) => x.pos <= box[1] + 1).map((x) => x.pos));
              const below = Math.min(...across.filter((x) => x.pos >= box[3] - 1).map((x) => x.pos));
              expect(below - above, `${t.id} ${r.key}, page ${page}`).toBeLessThan(48);
            }
          }
        }
      } finally {
        doc.close();
      }
      expect(cells).toBeGreaterThan(100);
    });
  }
});

describe('page geometry', () => {
  const text = 'BT /F1 12 Tf 100 700 Td (2024 Hello) Tj ET';

  it('places words by their glyph advances, top-left origin', async () => {
    const page = await onePage(text);
    expect(page).toMatchObject({ width: 595, height: 842 });
    const [a, b] = page.glyphs;
    expect(a).toMatchObject({ str: '2024', x0: 100, size: 12 });
    // Helvetica digits advance 0.556 em each; the space another 0.278 em.
    expect(a?.x1).toBeCloseTo(100 + 4 * 0.556 * 12, 1);
    expect(b?.str).toBe('Hello');
    expect(b?.x0).toBeCloseTo(100 + (4 * 0.556 + 0.278) * 12, 1);
    expect(a?.top).toBeCloseTo(842 - 700 - 12 * 0.88, 3);
    expect(a?.bottom).toBeCloseTo(842 - 700 + 12 * 0.12, 3);
  });

  it('measures from the CropBox, not the MediaBox', async () => {
    const page = await onePage(text, '/CropBox [50 100 545 800]');
    expect(page).toMatchObject({ width: 495, height: 700 });
    expect(page.glyphs[0]).toMatchObject({ str: '2024', x0: 50 });
    expect(page.glyphs[0]?.top).toBeCloseTo(800 - 700 - 12 * 0.88, 3);
  });

  it('turns a /Rotate 90 page as a viewer shows it; text running down the page is left out', async () => {
    const page = await onePage(
      `${text}\nBT /F1 12 Tf 0 1 -1 0 300 100 Tm (Across) Tj ET\n0.5 w 50 700 m 550 700 l S`,
      '/Rotate 90',
    );
    expect(page).toMatchObject({ width: 842, height: 595 });
    // Upright text in the file runs down the turned page: not table or prose content.
    expect(page.glyphs.map((g) => g.str)).toEqual(['Across']);
    expect(page.glyphs[0]).toMatchObject({ x0: 100 });
    // The rule at y = 700 becomes a vertical rule at x = 700 on the turned page.
    expect(page.rules.map(rounded)).toEqual([{ dir: 'v', pos: 700, from: 50, to: 550 }]);
  });
});

describe('the cheap first look', () => {
  it('gives the text of the first pages and the page count without reading the rest', async () => {
    const bytes = buildPdf([
      { content: 'BT /F1 12 Tf 100 700 Td (Cover 2024) Tj 0 -20 Td (second line) Tj ET' },
      { content: 'BT /F1 12 Tf 100 700 Td (Contents) Tj ET' },
      { content: 'BT /F1 12 Tf 100 700 Td (Body) Tj ET' },
    ]);
    const first = await firstPagesText(bytes, 'x.pdf', 2);
    expect(first.pageCount).toBe(3);
    expect(first.pages).toHaveLength(2);
    expect(first.pages[0]?.split('\n').map((l) => l.trim())).toEqual(['Cover 2024', 'second line']);
    expect(first.pages[1]?.trim()).toBe('Contents');
  });

  it('reads the cover of a real disclosure', async () => {
    const first = await firstPagesText(sample('putuo-czj-2024.pdf'), 'putuo-czj-2024.pdf', 1);
    expect(first.pageCount).toBe(25);
    expect(first.pages[0]?.replace(/\s/g, '')).toContain('2024年度部门决算');
  });
});
