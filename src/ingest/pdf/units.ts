import type { Overview } from '../../model/disclosure.js';
import type { Paragraph } from '../../model/narrative.js';
import { squash } from '../../model/concepts/text.js';
import type { Grid } from './grid.js';

/** Rows of the units table (序号 | 单位名称 | 备注) as printed; the template's "。。。" rows are not units. */
export function unitRows(grid: Grid, file: string): Paragraph[] {
  const header = grid.rows.findIndex((r) => r.some((c) => squash(c.text) === '单位名称'));
  return grid.rows.slice(header + 1).flatMap((r) => {
    const cells = r.map((c) => squash(c.text)).filter((t) => t !== '');
    if (!/^\d+$/.test(cells[0] ?? '') || cells.length < 2 || /^[。.…]+$/.test(cells[1] ?? '')) return [];
    const first = r[0]?.box ?? [0, 0, 0, 0];
    const last = r[r.length - 1]?.box ?? first;
    return [{ text: cells.join(' '), source: { file, page: grid.page, box: [first[0], first[1], last[2], last[3]] } }];
  });
}

export function withUnits(overview: Overview, units: readonly Paragraph[]): Overview {
  if (units.length === 0) return overview;
  return {
    ...overview,
    organization: [...overview.organization, ...units],
    unitCount: overview.unitCount ?? units.length,
  };
}
