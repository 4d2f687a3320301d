export interface HeaderCell {
  readonly label: string;
  readonly colSpan: number;
  readonly rowSpan: number;
}

/**
 * A printed multi-level header from each column's levels (["本年支出", "基本支出"], ["本年支出", "项目支出"],
 * ["合计"]): neighbouring columns sharing a level's text and all levels above it merge across; a column with fewer
 * levels spans down.
 */
export function headerRows(columns: readonly (readonly string[])[]): HeaderCell[][] {
  const depth = Math.max(1, ...columns.map((c) => c.length));
  const rows: HeaderCell[][] = Array.from({ length: depth }, () => []);
  for (let level = 0; level < depth; level++) {
    let i = 0;
    while (i < columns.length) {
      const col = columns[i]!;
      if (level >= col.length) {
        i++;
        continue; // covered by a cell spanning down from above
      }
      const last = level === col.length - 1;
      let j = i + 1;
      if (!last) {
        const prefix = col.slice(0, level + 1).join('\u0000');
        while (j < columns.length) {
          const next = columns[j]!;
          if (next.length <= level + 1 || next.slice(0, level + 1).join('\u0000') !== prefix) break;
          j++;
        }
      }
      rows[level]!.push({ label: col[level]!, colSpan: j - i, rowSpan: last ? depth - level : 1 });
      i = j;
    }
  }
  return rows;
}
