import type ExcelJS from 'exceljs';
import { Decimal } from 'decimal.js';
import { parseAmount, type Amount } from '../../model/money.js';
import type { SourceRef } from '../../model/source.js';
import { address } from '../../formats/xlsx/sheet-layout.js';

/** What a worksheet cell holds, as the reader sees it: formulas are derived cells and recomputed on import. */
export type SheetCell =
  | { readonly kind: 'empty' }
  | { readonly kind: 'number'; readonly value: number }
  | { readonly kind: 'text'; readonly text: string }
  | { readonly kind: 'formula' };

export function readSheetCell(ws: ExcelJS.Worksheet, row: number, col: number): SheetCell {
  const v = ws.getCell(row, col).value;
  if (v === null || v === undefined) return { kind: 'empty' };
  if (typeof v === 'number') return { kind: 'number', value: v };
  if (typeof v === 'string') return v.trim() === '' ? { kind: 'empty' } : { kind: 'text', text: v.trim() };
  if (typeof v === 'boolean') return { kind: 'text', text: String(v) };
  if (v instanceof Date) return { kind: 'text', text: v.toISOString().slice(0, 10) };
  if ('formula' in v || 'sharedFormula' in v) return { kind: 'formula' };
  if ('richText' in v) {
    const t = v.richText
      .map((r) => r.text)
      .join('')
      .trim();
    return t === '' ? { kind: 'empty' } : { kind: 'text', text: t };
  }
  if ('text' in v && typeof v.text === 'string') return { kind: 'text', text: v.text.trim() };
  if ('error' in v) return { kind: 'text', text: String(v.error) };
  return { kind: 'empty' };
}

/** Collects every bad input of a workbook, each naming its sheet and cell, and throws them together. */
export class Problems {
  readonly list: { readonly where: SourceRef; readonly message: string }[] = [];

  constructor(readonly file: string) {}

  add(sheet: string, row: number, col: number, message: string): void {
    this.list.push({ where: { file: this.file, sheet, cell: address(row, col) }, message });
  }

  addAt(sheet: string, cell: string | undefined, message: string): void {
    this.list.push({ where: { file: this.file, sheet, ...(cell ? { cell } : {}) }, message });
  }

  get empty(): boolean {
    return this.list.length === 0;
  }
}

export function source(file: string, sheet: string, row: number, col: number): SourceRef {
  return { file, sheet, cell: address(row, col) };
}

/** A number cell as an exact amount (up to 6 decimals); text that is not a number is a problem. */
export function amountOf(
  cell: SheetCell,
  problems: Problems,
  sheet: string,
  row: number,
  col: number,
): Amount | undefined {
  if (cell.kind === 'number') {
    if (!Number.isFinite(cell.value)) {
      problems.add(sheet, row, col, '数值无效');
      return undefined;
    }
    const d = new Decimal(cell.value).toDecimalPlaces(6, Decimal.ROUND_HALF_UP);
    return parseAmount(d.toFixed(Math.max(0, Math.min(6, d.decimalPlaces()))));
  }
  if (cell.kind === 'text') {
    const a = parseAmount(cell.text);
    if (a) return a;
    if (/^[-—–－]+$/.test(cell.text)) return undefined;
    problems.add(sheet, row, col, `应填写数字（万元），实际为“${cell.text}”`);
  }
  return undefined;
}

/** A count cell (whole number ≥ 0). */
export function countOf(
  cell: SheetCell,
  problems: Problems,
  sheet: string,
  row: number,
  col: number,
): number | undefined {
  if (cell.kind === 'number') {
    if (Number.isInteger(cell.value) && cell.value >= 0) return cell.value;
    problems.add(sheet, row, col, `应填写不小于 0 的整数，实际为“${cell.value}”`);
    return undefined;
  }
  if (cell.kind === 'text') {
    if (/^\d+$/.test(cell.text)) return Number(cell.text);
    problems.add(sheet, row, col, `应填写整数，实际为“${cell.text}”`);
  }
  return undefined;
}

export function textOf(cell: SheetCell): string | undefined {
  if (cell.kind === 'text') return cell.text;
  if (cell.kind === 'number') return String(cell.value);
  return undefined;
}

/** Whether two amounts agree within the rounding of `n` printed figures (each ±0.005). */
export function withinRounding(a: Amount, b: Amount, n: number): boolean {
  const diff = toDec(a).minus(toDec(b)).abs();
  return diff.lessThanOrEqualTo(new Decimal('0.005').times(Math.max(n, 1)));
}

function toDec(a: Amount): Decimal {
  return new Decimal(a.minor).dividedBy(new Decimal(10).pow(a.scale));
}
