import type ExcelJS from 'exceljs';
import { economicBlocks } from '../../formats/xlsx/economic-blocks.js';
import type { Cell } from '../../model/cell.js';
import type { TableSchema } from '../../model/schemas/index.js';
import type { Row } from '../../model/table.js';
import { readSheetCell, textOf } from './cells.js';

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
