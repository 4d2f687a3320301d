import { PERSONNEL_CLASSES } from '../../model/concepts/staff-costs.js';
import type { TableSchema } from '../../model/schemas/index.js';
import { FIRST_HEADER_ROW } from './sheet-layout.js';

/**
 * t06 as printed: side-by-side blocks of 科目编码 | 科目名称 | 决算数 (Qinghai three: 301/303, 302, the rest;
 * Shanghai two: 301/303, the rest), 人员经费合计 under the first block and 公用经费合计 under the others.
 */
export interface EconomicBlocks {
  readonly blocks: readonly (readonly string[])[];
  readonly headerRow: number;
  readonly firstDataRow: number;
  readonly width: number;
}

export function economicBlocks(schema: TableSchema): EconomicBlocks {
  const personnel = [...PERSONNEL_CLASSES];
  const blocks = schema.layout === 'shanghai' ? [personnel, ['*']] : [personnel, ['302'], ['*']];
  return { blocks, headerRow: FIRST_HEADER_ROW, firstDataRow: FIRST_HEADER_ROW + 1, width: blocks.length * 3 };
}

/** Index of the block a class row belongs to (by its 类). */
export function blockOf(layout: EconomicBlocks, code: string): number {
  const cls = code.slice(0, 3);
  const i = layout.blocks.findIndex((b) => b.includes(cls));
  return i >= 0 ? i : layout.blocks.length - 1;
}
