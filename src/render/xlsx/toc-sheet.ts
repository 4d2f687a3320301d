import type ExcelJS from 'exceljs';
import {
  PART_HEADINGS_CAPTION,
  TOC_FIRST_ROW,
  TOC_KIND_COL,
  type TocRowKind,
} from '../../formats/xlsx/rendered-sheets.js';
import type { TocEntry } from '../../model/disclosure.js';
import { bodyStyle, headerStyle } from './style.js';

/** The 目录 as printed, then the body's part headings (layout: rendered-sheets.ts). */
export function writeTocSheet(
  ws: ExcelJS.Worksheet,
  toc: readonly TocEntry[],
  partHeadings: readonly TocEntry[] | undefined,
): void {
  ws.mergeCells(1, 1, 1, 2);
  ws.getCell(1, 1).value = '目录';
  ws.getCell(1, 1).font = { name: '黑体', size: 14, bold: true };
  ws.getCell(1, 1).alignment = { horizontal: 'center' };
  ['部分', '条目'].forEach((h, i) => headerStyle(Object.assign(ws.getCell(2, i + 1), { value: h })));
  ws.getColumn(1).width = 12;
  ws.getColumn(2).width = 70;
  ws.getColumn(TOC_KIND_COL).hidden = true;
  let r = TOC_FIRST_ROW;
  const put = (kind: TocRowKind, e: TocEntry) => {
    if (e.part !== undefined) ws.getCell(r, 1).value = e.part;
    ws.getCell(r, 2).value = e.text;
    ws.getCell(r, TOC_KIND_COL).value = kind;
    bodyStyle(ws.getCell(r, 1), false);
    bodyStyle(ws.getCell(r, 2), false);
    r++;
  };
  for (const e of toc) put('toc', e);
  if (partHeadings === undefined) return;
  r++;
  ws.mergeCells(r, 1, r, 2);
  ws.getCell(r, 1).value = PART_HEADINGS_CAPTION;
  ws.getCell(r, TOC_KIND_COL).value = 'caption';
  headerStyle(ws.getCell(r, 1));
  r++;
  for (const e of partHeadings) put('heading', e);
}
