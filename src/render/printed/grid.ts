import type { CellValue } from '../../model/cell.js';
import { formatAmount, formatAmountGrouped } from '../../model/money.js';

/**
 * A table as printed, independent of the output format: rows of cells with their spans. The DOCX and HTML
 * renderers draw it; the DOCX importer reads it back (a merged cell reads as its text followed by empty cells).
 */
export type Align = 'left' | 'center' | 'right';

export interface GridCell {
  readonly text: string;
  readonly colSpan: number;
  readonly rowSpan: number;
  readonly align: Align;
  /** A header cell (bold, shaded). */
  readonly head: boolean;
  /** A 合计-type cell (bold). */
  readonly strong?: boolean;
}

export interface GridRow {
  readonly cells: readonly GridCell[];
}

export interface Grid {
  /** Header rows, repeated on every page the table runs over. */
  readonly header: readonly GridRow[];
  readonly body: readonly GridRow[];
  /** Relative column widths; their count is the grid's column count. */
  readonly widths: readonly number[];
}

export function cell(text: string, opts: Partial<Omit<GridCell, 'text'>> = {}): GridCell {
  return { text, colSpan: 1, rowSpan: 1, align: 'left', head: false, ...opts };
}

export function headCell(text: string, opts: Partial<Omit<GridCell, 'text'>> = {}): GridCell {
  return cell(text, { align: 'center', head: true, ...opts });
}

/**
 * Header rows from column paths (top level first): a level shared by adjacent columns that go deeper is one merged
 * cell; a column's last level reaches down to the bottom header row.
 */
export function headerRows(paths: readonly (readonly string[])[]): GridRow[] {
  const depth = Math.max(1, ...paths.map((p) => p.length));
  const rows: GridRow[] = [];
  for (let level = 0; level < depth; level++) {
    const cells: GridCell[] = [];
    let c = 0;
    while (c < paths.length) {
      const p = paths[c] ?? [];
      if (level >= p.length) {
        c++;
        continue;
      }
      if (level === p.length - 1) {
        cells.push(headCell(p[level] ?? '', { rowSpan: depth - level }));
        c++;
        continue;
      }
      let e = c + 1;
      while (e < paths.length && samePrefix(paths[e] ?? [], p, level + 1) && (paths[e]?.length ?? 0) > level + 1) e++;
      cells.push(headCell(p[level] ?? '', { colSpan: e - c }));
      c = e;
    }
    rows.push({ cells });
  }
  return rows;
}

function samePrefix(a: readonly string[], b: readonly string[], n: number): boolean {
  for (let i = 0; i < n; i++) if (a[i] !== b[i]) return false;
  return true;
}

/**
 * A printed value: amounts with thousands separators and the decimals they were printed with, percentages with
 * "%", "--" for not applicable as printed.
 */
export function valueText(value: CellValue, raw?: string, grouped = true): string {
  switch (value.kind) {
    case 'blank':
      return '';
    case 'amount':
      return grouped ? formatAmountGrouped(value.amount, value.amount.scale) : formatAmount(value.amount);
    case 'percent':
      return value.hasSign ? `${value.value}%` : value.value;
    case 'number':
      return value.value;
    case 'na':
      return raw && raw !== '' ? raw : '--';
    case 'text':
      return value.text;
  }
}

/** Cell positions of a grid: for each row, the grid columns each cell starts at (spans of rows above skipped). */
export function layoutRows(rows: readonly GridRow[]): { cell: GridCell; col: number }[][] {
  const covered = new Map<string, true>();
  return rows.map((row, r) => {
    let col = 0;
    const out: { cell: GridCell; col: number }[] = [];
    for (const c of row.cells) {
      while (covered.has(`${r}:${col}`)) col++;
      out.push({ cell: c, col });
      for (let dr = 0; dr < c.rowSpan; dr++) {
        for (let dc = 0; dc < c.colSpan; dc++) if (dr > 0) covered.set(`${r + dr}:${col + dc}`, true);
      }
      col += c.colSpan;
    }
    return out;
  });
}
