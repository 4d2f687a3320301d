import type ExcelJS from 'exceljs';
import type { Cell } from '../../model/cell.js';
import { getLayout } from '../../model/layouts/index.js';
import type { TableSchema } from '../../model/schemas/index.js';
import type { Row } from '../../model/table.js';
import { readSheetCell, textOf } from './cells.js';
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

/** Reads a t06 printed in blocks back into rows, block after block, then 人员经费合计 and 公用经费合计. */
export function readEconomicBlocks(
  ws: ExcelJS.Worksheet,
  schema: TableSchema,
  cellAt: (row: number, col: number, column: string) => Cell,
  file: string,
  sheet: string,
): Row[] {
  const layout = economicBlocks(schema);
  const rows: Row[] = [];
  const totals: Row[] = [];
  layout.blocks.forEach((_, b) => {
    const c0 = b * 3 + 1;
    for (let r = layout.firstDataRow; r <= ws.rowCount; r++) {
      const first = ws.getCell(r, c0);
      if (first.isMerged && first.master.address !== first.address) continue; // inside a merged 合计 label
      const code = textOf(readSheetCell(ws, r, c0))?.replace(/\s+/g, '');
      if (!code) continue;
      const key = code === '人员经费合计' ? 'personnel' : code === '公用经费合计' ? 'public' : undefined;
      if (key) {
        // The figure of a 合计 line sits in the amount column of the block that ends its merged label.
        const valueCol = key === 'personnel' ? c0 + 2 : layout.width;
        totals.push({
          key,
          kind: 'total',
          label: code,
          cells: { amount: cellAt(r, valueCol, 'amount') },
          source: { file, sheet, line: r },
        });
        continue;
      }
      if (!/^\d{3}(\d{2})?$/.test(code)) continue;
      rows.push({
        key: code,
        kind: 'class',
        code,
        label: textOf(readSheetCell(ws, r, c0 + 1)) ?? '',
        cells: { amount: cellAt(r, c0 + 2, 'amount') },
        source: { file, sheet, line: r },
      });
    }
  });
  return [...rows, ...totals.sort((a, b) => (a.key === 'personnel' ? -1 : b.key === 'personnel' ? 1 : 0))];
}
