import {
  AlignmentType,
  BorderStyle,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalAlignTable,
  WidthType,
} from 'docx';
import type { Grid, GridCell, GridRow } from '../printed/grid.js';
import { SIZE } from './styles.js';

const ALIGN = { left: AlignmentType.LEFT, center: AlignmentType.CENTER, right: AlignmentType.RIGHT } as const;
const BORDER = { style: BorderStyle.SINGLE, size: 4, color: '000000' } as const;

/**
 * A printed grid as a Word table: fixed column widths filling the text width, header rows repeated on every page,
 * rows kept whole, merged cells as gridSpan / vMerge (docx inserts the vMerge continuation cells).
 */
export function docxTable(grid: Grid, textWidth: number, fontSize: number = SIZE.table): Table {
  const total = grid.widths.reduce((a, b) => a + b, 0);
  const columnWidths = grid.widths.map((w) => Math.floor((w / total) * textWidth));
  const row = (r: GridRow, header: boolean) =>
    new TableRow({
      ...(header ? { tableHeader: true } : {}),
      cantSplit: true,
      children: r.cells.map((c) => docxCell(c, fontSize)),
    });
  return new Table({
    width: { size: columnWidths.reduce((a, b) => a + b, 0), type: WidthType.DXA },
    columnWidths,
    layout: TableLayoutType.FIXED,
    // Cell margins once for the table, not per cell: a full document has some 3,000 cells.
    margins: { top: 10, bottom: 10, left: 60, right: 60 },
    borders: {
      top: BORDER,
      bottom: BORDER,
      left: BORDER,
      right: BORDER,
      insideHorizontal: BORDER,
      insideVertical: BORDER,
    },
    rows: [...grid.header.map((r) => row(r, true)), ...grid.body.map((r) => row(r, false))],
  });
}

function docxCell(c: GridCell, fontSize: number): TableCell {
  const bold = c.head || c.strong === true;
  const sized = fontSize === SIZE.table ? {} : { size: fontSize };
  return new TableCell({
    ...(c.colSpan > 1 ? { columnSpan: c.colSpan } : {}),
    ...(c.rowSpan > 1 ? { rowSpan: c.rowSpan } : {}),
    verticalAlign: VerticalAlignTable.CENTER,
    ...(c.head ? { shading: { type: ShadingType.CLEAR, color: 'auto', fill: 'F2F2F2' } } : {}),
    children: [
      // The TableText style sizes the paragraph mark too, so an empty cell is as low as a filled one.
      new Paragraph({
        style: 'TableText',
        ...(c.align === 'left' ? {} : { alignment: ALIGN[c.align] }),
        children: c.text === '' ? [] : [new TextRun({ text: c.text, ...(bold ? { bold } : {}), ...sized })],
      }),
    ],
  });
}
