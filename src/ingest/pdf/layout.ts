import type { PageContent } from './extract.js';
import { latticeGrid, ruleRegions, streamGrid, type Grid } from './grid.js';
import { toLines, toWords, type TextLine, type Word } from './words.js';

/** A page as blocks in reading order: free text lines, and table grids with the words inside them removed. */
export interface PageLayout {
  readonly page: number;
  readonly width: number;
  readonly height: number;
  readonly items: readonly LayoutItem[];
  /** Every word of the page (the stream fallback reads table words from here). */
  readonly words: readonly Word[];
}

export type LayoutItem = { kind: 'line'; line: TextLine } | { kind: 'grid'; grid: Grid };

const PAGE_NUMBER = /^(?:[-—–]\s*)?(?:第\s*)?\d{1,4}(?:\s*页)?(?:\s*[-—–])?$|^\d+\s*\/\s*\d+$/;

/** Lays out a page: grids from its rules (lattice), the rest as lines; page numbers in the margins dropped. */
export function layoutPage(content: PageContent, options: { ignoreRules?: boolean } = {}): PageLayout {
  const words = toWords(content.glyphs);
  const grids = ruleRegions(options.ignoreRules ? [] : content.rules)
    .map((region) => {
      const grid = latticeGrid(content.page, region, words);
      // A frame without inner rules (one cell across, or one band down holding several lines: rows ruled only
      // by their columns) is read by the text's alignment; one ruled band of one line is a row of its own (the
      // last row of a table continued on the next page).
      if (grid.xs.length > 2 && grid.rows.length > 1) return grid;
      const inside = words.filter(
        (w) => w.x0 >= grid.box[0] && w.x1 <= grid.box[2] && w.top >= grid.box[1] && w.bottom <= grid.box[3],
      );
      if (grid.xs.length > 2 && toLines(content.page, inside).length === 1) return grid;
      return inside.length > 0 ? streamGrid(content.page, inside, grid.box) : grid;
    })
    .filter((g) => g.rows.some((r) => r.some((c) => c.text !== '')));
  const inGrid = (w: Word) =>
    grids.some((g) => {
      const cx = (w.x0 + w.x1) / 2;
      const cy = (w.top + w.bottom) / 2;
      return cx > g.box[0] && cx < g.box[2] && cy > g.box[1] && cy < g.box[3];
    });
  const free = words.filter((w) => !inGrid(w));
  const lines = toLines(content.page, free).filter((l) => !isPageFurniture(l, content.height));
  const items: LayoutItem[] = [
    ...lines.map((line) => ({ kind: 'line' as const, line })),
    ...grids.map((grid) => ({ kind: 'grid' as const, grid })),
  ].sort((a, b) => top(a) - top(b));
  return { page: content.page, width: content.width, height: content.height, items, words };
}

function top(item: LayoutItem): number {
  return item.kind === 'line' ? item.line.top : item.grid.box[1];
}

/** Page numbers printed in the top or bottom margin ("3", "- 3 -", "第 3 页", "3/25"). */
function isPageFurniture(line: TextLine, height: number): boolean {
  const inMargin = line.top > height * 0.9 || line.bottom < height * 0.08;
  return inMargin && PAGE_NUMBER.test(line.text.trim());
}

/**
 * Running headers and footers: the same text in the top or bottom margin of three or more pages (a department
 * name, "2024 年度部门决算") is page furniture, not content.
 */
export function dropRunningHeaders(pages: readonly PageLayout[]): PageLayout[] {
  const inMargin = (l: TextLine, p: PageLayout) => l.top > p.height * 0.92 || l.bottom < p.height * 0.06;
  const counts = new Map<string, number>();
  for (const p of pages) {
    const seen = new Set<string>();
    for (const i of p.items) if (i.kind === 'line' && inMargin(i.line, p)) seen.add(i.line.text.trim());
    for (const t of seen) counts.set(t, (counts.get(t) ?? 0) + 1);
  }
  const running = new Set([...counts].filter(([, n]) => n >= 3).map(([t]) => t));
  if (running.size === 0) return [...pages];
  return pages.map((p) => ({
    ...p,
    items: p.items.filter((i) => i.kind !== 'line' || !inMargin(i.line, p) || !running.has(i.line.text.trim())),
  }));
}
