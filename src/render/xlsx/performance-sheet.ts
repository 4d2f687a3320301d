import type ExcelJS from 'exceljs';
import { Decimal } from 'decimal.js';
import { numberFormat } from '../../formats/xlsx/number-format.js';
import {
  FUNDS_COLUMNS,
  FUNDS_LINES,
  GOALS_COLS,
  INDICATOR_COLUMNS,
  PERFORMANCE_KEY_COL,
  PERFORMANCE_ROW,
  PERFORMANCE_WIDTH,
  TOTAL_COLS,
  UNITS_COLS,
} from '../../formats/xlsx/rendered-sheets.js';
import type { CellValue } from '../../model/cell.js';
import { toDecimal } from '../../model/money.js';
import type { PerformanceEvaluation } from '../../model/performance.js';
import { bodyStyle, headerStyle } from './style.js';

/**
 * A figure as it was printed: amounts and numbers as numbers whose format keeps their printed decimals (grouped for
 * amounts, see rendered-sheets.ts), everything else as its printed text.
 */
export function writeFigure(c: ExcelJS.Cell, v: CellValue | undefined): void {
  if (!v || v.kind === 'blank') return;
  if (v.kind === 'amount') {
    c.value = toDecimal(v.amount).toNumber();
    c.numFmt = numberFormat(v.amount.scale, true);
    return;
  }
  if (v.kind === 'number') {
    const d = new Decimal(v.value);
    // Only when the number reads back as printed ("007" or 17 digits stay text).
    if (d.toFixed(d.decimalPlaces()) === v.value && String(d.toNumber()) === d.toString()) {
      c.value = d.toNumber();
      c.numFmt = numberFormat(d.decimalPlaces(), false);
    } else c.value = v.value;
    return;
  }
  if (v.kind === 'percent') c.value = v.hasSign ? `${v.value}%` : v.value;
  else if (v.kind === 'na') c.value = '--';
  else c.value = v.text;
}

function row(ws: ExcelJS.Worksheet, r: number, key: string, head: boolean): void {
  ws.getCell(r, PERFORMANCE_KEY_COL).value = key;
  for (let k = 1; k <= PERFORMANCE_WIDTH; k++) {
    if (head) headerStyle(ws.getCell(r, k));
    else bodyStyle(ws.getCell(r, k), false);
  }
}

/** Writes one 绩效自评表 from row `r`; returns the row after it. */
function writeEvaluation(ws: ExcelJS.Worksheet, p: PerformanceEvaluation, start: number): number {
  let r = start;
  ws.mergeCells(r, 1, r, PERFORMANCE_WIDTH);
  ws.getCell(r, 1).value = p.title;
  ws.getCell(r, PERFORMANCE_KEY_COL).value = PERFORMANCE_ROW.title;
  ws.getCell(r, 1).font = { name: '黑体', size: 12, bold: true };
  ws.getCell(r, 1).alignment = { horizontal: 'center' };
  r++;
  if (p.narrativeHeading !== undefined) {
    ws.mergeCells(r, 2, r, PERFORMANCE_WIDTH);
    ws.getCell(r, 1).value = '所属说明';
    ws.getCell(r, 2).value = p.narrativeHeading;
    row(ws, r++, PERFORMANCE_ROW.heading, false);
  }
  ws.mergeCells(r, 2, r, PERFORMANCE_WIDTH);
  ws.getCell(r, 1).value = '项目名称';
  ws.getCell(r, 2).value = p.projectName;
  row(ws, r++, PERFORMANCE_ROW.name, false);
  ws.mergeCells(r, UNITS_COLS.department, r, UNITS_COLS.implementerLabel - 1);
  ws.mergeCells(r, UNITS_COLS.implementer, r, PERFORMANCE_WIDTH);
  ws.getCell(r, UNITS_COLS.departmentLabel).value = '主管部门';
  if (p.department !== undefined) ws.getCell(r, UNITS_COLS.department).value = p.department;
  ws.getCell(r, UNITS_COLS.implementerLabel).value = '实施单位';
  if (p.implementer !== undefined) ws.getCell(r, UNITS_COLS.implementer).value = p.implementer;
  row(ws, r++, PERFORMANCE_ROW.units, false);
  ws.getCell(r, 1).value = '项目资金（万元）';
  FUNDS_COLUMNS.forEach(([, label], i) => (ws.getCell(r, 2 + i).value = label));
  row(ws, r++, PERFORMANCE_ROW.fundsHeader, true);
  for (const [key, label] of FUNDS_LINES) {
    const f = p.funds[key];
    if (!f) continue;
    ws.getCell(r, 1).value = label;
    FUNDS_COLUMNS.forEach(([col], i) => writeFigure(ws.getCell(r, 2 + i), f[col]));
    row(ws, r++, `funds.${key}`, false);
  }
  ws.mergeCells(r, GOALS_COLS.expected, r, GOALS_COLS.actual - 1);
  ws.mergeCells(r, GOALS_COLS.actual, r, PERFORMANCE_WIDTH);
  ws.getCell(r, 1).value = '年度总体目标';
  ws.getCell(r, GOALS_COLS.expected).value = '预期目标';
  ws.getCell(r, GOALS_COLS.actual).value = '实际完成情况';
  row(ws, r++, PERFORMANCE_ROW.goalsHeader, true);
  ws.mergeCells(r, GOALS_COLS.expected, r, GOALS_COLS.actual - 1);
  ws.mergeCells(r, GOALS_COLS.actual, r, PERFORMANCE_WIDTH);
  ws.getCell(r, GOALS_COLS.expected).value = p.goals.expected;
  ws.getCell(r, GOALS_COLS.actual).value = p.goals.actual;
  row(ws, r++, PERFORMANCE_ROW.goals, false);
  INDICATOR_COLUMNS.forEach(([, label], i) => (ws.getCell(r, 1 + i).value = label));
  row(ws, r++, PERFORMANCE_ROW.indicatorsHeader, true);
  for (const ind of p.indicators) {
    INDICATOR_COLUMNS.forEach(([col], i) => {
      const v = ind[col];
      if (typeof v === 'string') ws.getCell(r, 1 + i).value = v;
      else writeFigure(ws.getCell(r, 1 + i), v);
    });
    row(ws, r++, PERFORMANCE_ROW.indicator, false);
  }
  ws.mergeCells(r, 1, r, TOTAL_COLS.weight - 1);
  ws.getCell(r, 1).value = '总分';
  writeFigure(ws.getCell(r, TOTAL_COLS.weight), p.total.weight);
  writeFigure(ws.getCell(r, TOTAL_COLS.score), p.total.score);
  row(ws, r++, PERFORMANCE_ROW.total, false);
  return r + 1;
}

/** Every 项目支出绩效自评表 of the document, as printed, one under another (layout: rendered-sheets.ts). */
export function writePerformanceSheet(ws: ExcelJS.Worksheet, evaluations: readonly PerformanceEvaluation[]): void {
  const widths = [14, 14, 14, 30, 12, 12, 8, 30];
  widths.forEach((w, i) => (ws.getColumn(i + 1).width = w));
  ws.getColumn(PERFORMANCE_KEY_COL).hidden = true;
  let r = 1;
  for (const p of evaluations) r = writeEvaluation(ws, p, r);
}
