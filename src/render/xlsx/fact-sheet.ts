import type ExcelJS from 'exceljs';
import {
  columnsFor,
  fieldsFor,
  KV_FIRST_ROW,
  KV_KEY_COL,
  LIST_FIRST_ROW,
  type KeyValueSheet,
  type ListSheet,
} from '../../formats/xlsx/fact-sheets.js';
import { address } from '../../formats/xlsx/sheet-layout.js';
import type { Layout } from '../../model/disclosure.js';
import { bodyStyle, countValidation, decimalValidation, headerStyle, inputStyle } from './style.js';

function titleRows(ws: ExcelJS.Worksheet, title: string, note: string, width: number, headers: string[]): void {
  ws.mergeCells(1, 1, 1, width);
  const t = ws.getCell(1, 1);
  t.value = note ? `${title}（${note}）` : title;
  t.font = { name: '黑体', size: 12, bold: true };
  t.alignment = { wrapText: true, vertical: 'middle' };
  ws.getRow(1).height = 36;
  headers.forEach((h, i) => {
    const c = ws.getCell(2, i + 1);
    c.value = h;
    headerStyle(c);
  });
}

/** A key-value sheet; `values` fills it (rendered workbook), else its cells are inputs (template). */
export function writeKeyValueSheet(
  ws: ExcelJS.Worksheet,
  sheet: KeyValueSheet,
  layout: Layout,
  values?: Readonly<Record<string, string | number | undefined>>,
  editable = values === undefined,
): void {
  const fields = fieldsFor(sheet, layout);
  titleRows(ws, sheet.title, sheet.note, 2, ['项目', '填写']);
  ws.getColumn(1).width = 48;
  ws.getColumn(2).width = 60;
  ws.getColumn(KV_KEY_COL).hidden = true;
  const rowOf = new Map(fields.map((f, i) => [f.key, KV_FIRST_ROW + i]));
  fields.forEach((f, i) => {
    const r = KV_FIRST_ROW + i;
    ws.getCell(r, 1).value = f.label;
    bodyStyle(ws.getCell(r, 1), false);
    ws.getCell(r, KV_KEY_COL).value = f.key;
    const c = ws.getCell(r, 2);
    bodyStyle(c, f.kind === 'amount');
    const v = values?.[f.key];
    if (f.sumOf && v === undefined) {
      const refs = f.sumOf.map((k) => rowOf.get(k)).filter((x): x is number => x !== undefined);
      c.value = { formula: `SUM(${refs.map((x) => address(x, 2)).join(',')})` };
      return;
    }
    if (v !== undefined) c.value = v;
    if (f.kind === 'text') c.alignment = { wrapText: true, vertical: 'top' };
    if (editable) {
      inputStyle(c);
      if (f.kind === 'amount') decimalValidation(c);
      else if (f.kind === 'count') countValidation(c);
    }
  });
}

/**
 * A list sheet: headers on row 2 and `rows` input lines (template) or the given rows (rendered). `totalOf` puts a
 * 合计 row first whose amount columns are formulas over the lines.
 */
export function writeListSheet(
  ws: ExcelJS.Worksheet,
  sheet: ListSheet,
  layout: Layout,
  rows?: readonly Readonly<Record<string, string | number | undefined>>[],
  totalRow = false,
  editable = rows === undefined,
): void {
  const cols = columnsFor(sheet, layout);
  titleRows(
    ws,
    sheet.title,
    sheet.note,
    cols.length,
    cols.map((c) => c.header),
  );
  cols.forEach((c, i) => (ws.getColumn(i + 1).width = c.width));
  const first = LIST_FIRST_ROW + (totalRow ? 1 : 0);
  const count = editable ? Math.max(sheet.rows, (rows?.length ?? 0) + 10) : (rows?.length ?? 0);
  const last = first + Math.max(count, 1) - 1;
  if (totalRow) {
    cols.forEach((c, i) => {
      const cell = ws.getCell(LIST_FIRST_ROW, i + 1);
      bodyStyle(cell, c.kind === 'amount');
      if (i === 1) cell.value = '合计';
      if (c.kind === 'amount') cell.value = { formula: `SUM(${address(first, i + 1)}:${address(last, i + 1)})` };
    });
  }
  for (let k = 0; k < count; k++) {
    const r = first + k;
    cols.forEach((c, i) => {
      const cell = ws.getCell(r, i + 1);
      bodyStyle(cell, c.kind === 'amount');
      const v = rows?.[k]?.[c.key];
      if (v !== undefined) cell.value = v;
      if (editable) {
        inputStyle(cell);
        if (c.kind === 'amount') decimalValidation(cell);
        else if (c.kind === 'count') countValidation(cell);
      }
      if (c.key === 'code') cell.numFmt = '@';
      if (c.kind === 'text') cell.alignment = { wrapText: true, vertical: 'top' };
    });
  }
}
