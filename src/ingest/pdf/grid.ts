import type { Rule } from './extract.js';
import { joinWords, toLines, type TextLine, type Word } from './words.js';

export type Box = readonly [number, number, number, number];

/** One cell of a reconstructed grid: its text (lines joined) and its box. */
export interface GridCell {
  readonly text: string;
  readonly box: Box;
  /** Lattice only: no rule above the cell (it continues the cell above: a merged cell of several rows). */
  readonly openTop?: boolean;
  /** Lattice only: no rule on its left (it continues the cell on its left: a merged cell of several columns). */
  readonly openLeft?: boolean;
}

/** A table's cell grid on one page: rows top to bottom, columns left to right. */
export interface Grid {
  readonly page: number;
  readonly box: Box;
  /** Column boundaries (x), ascending; columns = xs.length - 1. */
  readonly xs: readonly number[];
  readonly rows: readonly (readonly GridCell[])[];
  /** 'lattice' when built from drawn rules, 'stream' when from the text's alignment. */
  readonly method: 'lattice' | 'stream';
  /**
   * Lattice only: the rows as a spreadsheet holds them, each merged cell's whole text (its words read in order)
   * in its top-left grid cell and the cells it covers empty. `rows` puts each word in the band and column its
   * middle falls in (a label centred over three rows lands in the middle one).
   */
  readonly merged?: readonly (readonly GridCell[])[];
}

const JOIN_TOLERANCE = 2.5;
const SAME_POS = 1.5;

/** Groups rules that touch into table regions (several tables on one page stay apart). */
export function ruleRegions(rules: readonly Rule[]): Rule[][] {
  const parent = rules.map((_, i) => i);
  const find = (i: number): number => {
    let r = i;
    while (parent[r] !== r) r = parent[r] ?? r;
    parent[i] = r;
    return r;
  };
  const touches = (a: Rule, b: Rule): boolean => {
    const t = JOIN_TOLERANCE;
    if (a.dir === b.dir) {
      return Math.abs(a.pos - b.pos) <= t && a.from <= b.to + t && b.from <= a.to + t;
    }
    // Not `[h, v] = …`: this runs for every pair of rules on a page, and the pair array was most of the garbage.
    const h = a.dir === 'h' ? a : b;
    const v = a.dir === 'h' ? b : a;
    return v.pos >= h.from - t && v.pos <= h.to + t && h.pos >= v.from - t && h.pos <= v.to + t;
  };
  // Sweep and prune: every way two rules can touch needs their x extents to meet (within the tolerance), so with
  // the rules sorted by their left end, rule i is only tested against the following rules that start before its
  // right end. A ruled table page has hundreds of segments: all pairs were ~10 ms a page, most of them far apart.
  const x0 = (r: Rule) => (r.dir === 'h' ? r.from : r.pos);
  const x1 = (r: Rule) => (r.dir === 'h' ? r.to : r.pos);
  const order = rules.map((_, i) => i).sort((i, j) => x0(rules[i] as Rule) - x0(rules[j] as Rule));
  for (let oi = 0; oi < order.length; oi++) {
    const i = order[oi] as number;
    const a = rules[i] as Rule;
    const reach = x1(a) + JOIN_TOLERANCE;
    for (let oj = oi + 1; oj < order.length; oj++) {
      const j = order[oj] as number;
      const b = rules[j] as Rule;
      if (x0(b) > reach) break;
      if (touches(a, b)) {
        const ri = find(i);
        const rj = find(j);
        if (ri !== rj) parent[ri] = rj;
      }
    }
  }
  const groups = new Map<number, Rule[]>();
  rules.forEach((r, i) => {
    const k = find(i);
    const g = groups.get(k) ?? [];
    g.push(r);
    groups.set(k, g);
  });
  return [...groups.values()].filter((g) => {
    const hs = g.filter((r) => r.dir === 'h');
    const vs = g.filter((r) => r.dir === 'v');
    if (hs.length < 2 || vs.length < 2) return false;
    const b = boxOf(g);
    return b[2] - b[0] > 60 && b[3] - b[1] > 15;
  });
}

export function boxOf(rules: readonly Rule[]): Box {
  let x0 = Infinity;
  let y0 = Infinity;
  let x1 = -Infinity;
  let y1 = -Infinity;
  for (const r of rules) {
    if (r.dir === 'h') {
      x0 = Math.min(x0, r.from);
      x1 = Math.max(x1, r.to);
      y0 = Math.min(y0, r.pos);
      y1 = Math.max(y1, r.pos);
    } else {
      y0 = Math.min(y0, r.from);
      y1 = Math.max(y1, r.to);
      x0 = Math.min(x0, r.pos);
      x1 = Math.max(x1, r.pos);
    }
  }
  return [x0, y0, x1, y1];
}

/** Distinct positions, merging those closer than SAME_POS. */
function distinct(values: readonly number[]): number[] {
  const s = [...values].sort((a, b) => a - b);
  const out: number[] = [];
  for (const v of s) {
    const last = out[out.length - 1];
    if (last === undefined || v - last > SAME_POS) out.push(v);
  }
  return out;
}

/** The lattice grid of a region: row bands between horizontal rules, columns between vertical ones. */
export function latticeGrid(page: number, region: readonly Rule[], words: readonly Word[]): Grid {
  const box = boxOf(region);
  const ys = distinct(region.filter((r) => r.dir === 'h').map((r) => r.pos));
  const xs = distinct(region.filter((r) => r.dir === 'v').map((r) => r.pos));
  const inside = words.filter((w) => {
    const cx = (w.x0 + w.x1) / 2;
    const cy = (w.top + w.bottom) / 2;
    return cx > box[0] && cx < box[2] && cy > box[1] && cy < box[3];
  });
  // A table continued at the top of a page (or cut at its foot) may have no rule there: its column rules run past
  // the first (last) horizontal rule, and the text in between is a row of its own, never part of the next one.
  const mid = (w: Word) => (w.top + w.bottom) / 2;
  const first = ys[0] ?? box[1];
  const last = ys[ys.length - 1] ?? box[3];
  if (inside.some((w) => mid(w) < first)) ys.unshift(box[1]);
  if (inside.some((w) => mid(w) > last)) ys.push(box[3]);
  const rows = fill(ys, xs, inside).map((row, r) =>
    row.map((cell, c): GridCell => {
      const [x0, y0, x1, y1] = cell.box;
      const openTop = r > 0 && !ruled(region, 'h', y0, x0, x1);
      const openLeft = c > 0 && !ruled(region, 'v', x0, y0, y1);
      return openTop || openLeft
        ? { ...cell, ...(openTop ? { openTop } : {}), ...(openLeft ? { openLeft } : {}) }
        : cell;
    }),
  );
  return { page, box, xs, rows, method: 'lattice', merged: mergeCells(rows, ys, xs, inside) };
}

/** Grid rows with each merged cell's words gathered in its top-left cell (see Grid.merged). */
function mergeCells(
  rows: readonly (readonly GridCell[])[],
  ys: readonly number[],
  xs: readonly number[],
  words: readonly Word[],
) {
  // Top-left anchor of each cell: follow open edges up, then left.
  const anchor = (r: number, c: number): [number, number] => {
    let [ar, ac] = [r, c];
    for (;;) {
      const cell = rows[ar]?.[ac];
      if (cell?.openTop && ar > 0) ar--;
      else if (cell?.openLeft && ac > 0) ac--;
      else return [ar, ac];
    }
  };
  const gathered = rows.map((row) => row.map((): Word[] => []));
  for (const w of words) {
    const [r, c] = anchor(indexOf(ys, (w.top + w.bottom) / 2), indexOf(xs, (w.x0 + w.x1) / 2));
    gathered[r]?.[c]?.push(w);
  }
  return rows.map((row, r) => row.map((cell, c) => ({ ...cell, text: cellText(gathered[r]?.[c] ?? []) })));
}

/** Whether rules at `pos` cover most of the cell edge from `from` to `to`. */
function ruled(region: readonly Rule[], dir: Rule['dir'], pos: number, from: number, to: number): boolean {
  let covered = 0;
  for (const r of region) {
    if (r.dir !== dir || Math.abs(r.pos - pos) > SAME_POS) continue;
    covered += Math.max(0, Math.min(r.to, to) - Math.max(r.from, from));
  }
  return covered >= (to - from) / 2;
}

function indexOf(bounds: readonly number[], v: number): number {
  for (let i = 0; i + 1 < bounds.length; i++) if (v < (bounds[i + 1] ?? Infinity)) return i;
  return bounds.length - 2;
}

function fill(ys: readonly number[], xs: readonly number[], words: readonly Word[]): GridCell[][] {
  const buckets: Word[][][] = [];
  for (let r = 0; r + 1 < ys.length; r++) buckets.push(xs.slice(1).map(() => []));
  for (const w of words) {
    const r = indexOf(ys, (w.top + w.bottom) / 2);
    const c = indexOf(xs, (w.x0 + w.x1) / 2);
    buckets[r]?.[c]?.push(w);
  }
  return buckets.map((row, r) =>
    row.map((ws, c) => ({
      text: cellText(ws),
      box: [xs[c] ?? 0, ys[r] ?? 0, xs[c + 1] ?? 0, ys[r + 1] ?? 0] as const,
    })),
  );
}

/** Lines of a cell top to bottom, joined without spaces (Chinese wraps inside words). */
function cellText(words: readonly Word[]): string {
  if (words.length === 0) return '';
  return toLines(0, words)
    .map((l) => joinWords(l.words))
    .join('');
}

/**
 * The stream fallback for a table printed without rules: rows are the text lines, columns the vertical gaps that
 * no word of a data line (one holding a figure or a code) crosses, so merged header words do not close a gap. A
 * continued table passes the first page's columns. Wrapped names become rows of their own; the reader joins them.
 */
export function streamGrid(page: number, words: readonly Word[], box: Box, columns?: readonly number[]): Grid {
  const lines = toLines(page, words);
  const xs = columns ? [...columns] : streamColumns(lines, box);
  const ys = [box[1], ...lines.slice(1).map((l, i) => ((lines[i]?.bottom ?? l.top) + l.top) / 2), box[3]];
  return { page, box, xs, rows: fill(ys, xs, words), method: 'stream' };
}

const DATA_WORD = /^-?[\d,]+\.\d+$|^\d{3,7}$/;

function streamColumns(lines: readonly TextLine[], box: Box): number[] {
  const firstData = lines.findIndex((l) => l.words.some((w) => DATA_WORD.test(w.text)));
  const data = firstData < 0 ? lines : lines.filter((l) => l.words.some((w) => DATA_WORD.test(w.text)));
  const dataWords = data.flatMap((l) => l.words);
  // A column that is blank in every row shows only in the header: header words (merged across their lines)
  // that no data word overlaps stand for columns of their own.
  const header = firstData > 0 ? lines.slice(0, firstData).flatMap((l) => l.words) : [];
  const overlaps = (a: { x0: number; x1: number }, b: { x0: number; x1: number }) => a.x0 < b.x1 && b.x0 < a.x1;
  const clusters: { x0: number; x1: number; size: number }[] = [];
  for (const w of [...header].sort((a, b) => a.x0 - b.x0)) {
    const last = clusters[clusters.length - 1];
    if (last && w.x0 <= last.x1) last.x1 = Math.max(last.x1, w.x1);
    else clusters.push({ x0: w.x0, x1: w.x1, size: w.size });
  }
  const headerOnly = clusters.filter((c) => !dataWords.some((w) => overlaps(c, w)));
  const spans = [...dataWords, ...headerOnly].sort((a, b) => a.x0 - b.x0);
  const xs: number[] = [box[0]];
  let reach = -Infinity;
  for (const w of spans) {
    if (reach > -Infinity && w.x0 - reach > w.size * 0.9) xs.push((reach + w.x0) / 2);
    reach = Math.max(reach, w.x1);
  }
  xs.push(box[2]);
  return xs;
}
