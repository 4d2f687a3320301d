import type ExcelJS from 'exceljs';

/** Cell styles shared by the rendered workbook and the template: thin borders, 宋体, amounts as #,##0.00. */

export const AMOUNT_FORMAT = '#,##0.00';
export const FONT = { name: '宋体', size: 10 } as const;

const THIN = { style: 'thin' } as const;
export const BORDER: Partial<ExcelJS.Borders> = { top: THIN, left: THIN, bottom: THIN, right: THIN };

export function headerStyle(cell: ExcelJS.Cell): void {
  cell.font = { ...FONT, bold: true };
  cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
  cell.border = BORDER;
}

export function bodyStyle(cell: ExcelJS.Cell, money: boolean): void {
  cell.font = { ...FONT };
  cell.border = BORDER;
  if (money) {
    // A figure printed with other decimals keeps the format it was given (see formats/xlsx/number-format.ts).
    cell.numFmt ||= AMOUNT_FORMAT;
    cell.alignment = { horizontal: 'right', vertical: 'middle' };
  } else {
    cell.alignment = { vertical: 'middle', wrapText: true };
  }
}

/** An input cell of the template: unlocked in a protected sheet, pale yellow so people see where to type. */
export function inputStyle(cell: ExcelJS.Cell): void {
  cell.protection = { locked: false };
  cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFF9DB' } };
}

/** Numbers only, at most 2 decimals (Excel custom validation: ROUND(x,2)=x). */
export function decimalValidation(cell: ExcelJS.Cell): void {
  const a = cell.address;
  cell.dataValidation = {
    type: 'custom',
    allowBlank: true,
    formulae: [`AND(ISNUMBER(${a}),ROUND(${a},2)=${a})`],
    showErrorMessage: true,
    errorStyle: 'stop',
    errorTitle: '输入有误',
    error: '请输入数字，最多两位小数（单位：万元）',
  };
}

/** Whole numbers ≥ 0 (counts: 辆, 批次, 人次). */
export function countValidation(cell: ExcelJS.Cell): void {
  cell.dataValidation = {
    type: 'whole',
    operator: 'greaterThanOrEqual',
    allowBlank: true,
    formulae: [0],
    showErrorMessage: true,
    errorStyle: 'stop',
    errorTitle: '输入有误',
    error: '请输入不小于 0 的整数',
  };
}

/** 科目编码: 3, 5 or 7 digits, kept as text. */
export function codeValidation(cell: ExcelJS.Cell): void {
  const a = cell.address;
  cell.numFmt = '@';
  cell.dataValidation = {
    type: 'custom',
    allowBlank: true,
    formulae: [`OR(LEN(${a})=3,LEN(${a})=5,LEN(${a})=7)`],
    showErrorMessage: true,
    errorStyle: 'stop',
    errorTitle: '输入有误',
    error: '科目编码应为 3 位（类）、5 位（款）或 7 位（项）数字',
  };
}
