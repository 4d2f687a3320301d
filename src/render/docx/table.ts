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
  VerticalMergeType,
  WidthType,
} from 'docx';
import { layoutRows, type Grid, type GridCell } from '../printed/grid.js';
import { SIZE } from './styles.js';

const ALIGN = { left: AlignmentType.LEFT, center: AlignmentType.CENTER, right: AlignmentType.RIGHT } as const;
const BORDER = { style: BorderStyle.SINGLE, size: 4, color: '000000' } as const;

/**
 * A printed grid as a Word table: fixed column widths filling the text width, header rows repeated on every page,
 * rows kept whole, merged cells as gridSpan / vMerge. The vMerge continuation cells are written here, styled like
 * the rest, so an empty continuation paragraph does not make its row taller.
 */
export function docxTable(grid: Grid, textWidth: number, fontSize: number = SIZE.table): Table {
  const total = grid.widths.reduce((a, b) => a + b, 0);
  const columnWidths = grid.widths.map((w) => Math.floor((w / total) * textWidth));
  const rows = [...grid.header, ...grid.body];
  const placed = layoutRows(rows);
  const open = new Map<number, { cell: GridCell; rowsLeft: number }>();
  const docxRows = rows.map((_r, r) => {
    const starts = new Map((placed[r] ?? []).map((p) => [p.col, p.cell]));
    const cells: TableCell[] = [];
    for (let col = 0; col < columnWidths.length;) {
      const merged = open.get(col);
      if (merged && merged.rowsLeft > 0) {
        merged.rowsLeft--;
        cells.push(continuationCell(merged.cell));
        col += merged.cell.colSpan;
        continue;
      }
      const c = starts.get(col);
      if (!c) {
        col++;
        continue;
      }
      if (c.rowSpan > 1) open.set(col, { cell: c, rowsLeft: c.rowSpan - 1 });
      cells.push(docxCell(c, fontSize));
      col += c.colSpan;
    }
    return new TableRow({ ...(r < grid.header.length ? { tableHeader: true } : {}), cantSplit: true, children: cells });
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
    rows: docxRows,
  });
}

const HEAD_SHADING = { type: ShadingType.CLEAR, color: 'auto', fill: 'F2F2F2' } as const;

function continuationCell(c: GridCell): TableCell {
  return new TableCell({
    ...(c.colSpan > 1 ? { columnSpan: c.colSpan } : {}),
    verticalMerge: VerticalMergeType.CONTINUE,
    ...(c.head ? { shading: HEAD_SHADING } : {}),
    children: [new Paragraph({ style: 'TableText' })],
  });
}

function docxCell(c: GridCell, fontSize: number): TableCell {
  const bold = c.head || c.strong === true;
  const sized = fontSize === SIZE.table ? {} : { size: fontSize };
  return new TableCell({
    ...(c.colSpan > 1 ? { columnSpan: c.colSpan } : {}),
    ...(c.rowSpan > 1 ? { verticalMerge: VerticalMergeType.RESTART } : {}),
    verticalAlign: VerticalAlignTable.CENTER,
    ...(c.head ? { shading: HEAD_SHADING } : {}),
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
