import { getLayout } from '../../model/layouts/index.js';
import type { TableSchema } from '../../model/schemas/index.js';
import { FIRST_HEADER_ROW } from './sheet-layout.js';

/**
 * t06 as printed: side-by-side blocks of 科目编码 | 科目名称 | 决算数, the 类 of each block from the layout's
 * definition (`capabilities.economicBlocks`), 人员经费合计 under the first block and 公用经费合计 under the others.
 */
export interface EconomicBlocks {
  readonly blocks: readonly (readonly string[])[];
  readonly headerRow: number;
  readonly firstDataRow: number;
  readonly width: number;
}

export function economicBlocks(schema: TableSchema): EconomicBlocks {
  const blocks = getLayout(schema.layout).capabilities.economicBlocks;
  return { blocks, headerRow: FIRST_HEADER_ROW, firstDataRow: FIRST_HEADER_ROW + 1, width: blocks.length * 3 };
}

/** Index of the block a class row belongs to (by its 类). */
export function blockOf(layout: EconomicBlocks, code: string): number {
  const cls = code.slice(0, 3);
  const i = layout.blocks.findIndex((b) => b.includes(cls));
  return i >= 0 ? i : layout.blocks.length - 1;
}
