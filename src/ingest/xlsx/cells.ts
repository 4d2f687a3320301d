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
  /** A date (the cell is formatted as one): never an amount, though Excel stores it as a day number. */
  | { readonly kind: 'date'; readonly text: string }
  | { readonly kind: 'formula' };

export function readSheetCell(ws: ExcelJS.Worksheet, row: number, col: number): SheetCell {
  const v = ws.getCell(row, col).value;
  if (v === null || v === undefined) return { kind: 'empty' };
  if (typeof v === 'number') return { kind: 'number', value: v };
  if (typeof v === 'string') return v.trim() === '' ? { kind: 'empty' } : { kind: 'text', text: v.trim() };
  if (typeof v === 'boolean') return { kind: 'text', text: String(v) };
  if (v instanceof Date) return { kind: 'date', text: v.toISOString().slice(0, 10) };
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

/** The largest amount a cell may hold (10¹⁰ 万元, more than a country's budget): beyond it is a typing error. */
const MAX_AMOUNT = 1e10;
/** Decimals an amount may have (万元 to the 百元, 元 to the 分). */
const AMOUNT_DECIMALS = 2;

/**
 * A number cell as an exact amount with at most two decimals, within a sane range; a date, text that is not a
 * number, more decimals or an absurd size is a problem naming the cell, never a silently wrong figure.
 */
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
    if (Math.abs(cell.value) > MAX_AMOUNT) {
      problems.add(sheet, row, col, `金额 ${cell.value} 超出合理范围（应小于 100 亿万元），请检查输入或单位`);
      return undefined;
    }
    // The shortest decimal that reads back as this double: what the person typed (26.185, not 26.18499…).
    const d = new Decimal(String(cell.value));
    if (d.decimalPlaces() > AMOUNT_DECIMALS) {
      problems.add(
        sheet,
        row,
        col,
        `金额 ${String(cell.value)} 有 ${d.decimalPlaces()} 位小数，最多保留 ${AMOUNT_DECIMALS} 位（请先四舍五入）`,
      );
      return undefined;
    }
    return parseAmount(d.toFixed(d.decimalPlaces()));
  }
  if (cell.kind === 'date') {
    problems.add(sheet, row, col, `应填写金额（万元），实际为日期“${cell.text}”`);
    return undefined;
  }
  if (cell.kind === 'text') {
    const a = parseAmount(cell.text);
    if (a && a.scale > AMOUNT_DECIMALS) {
      problems.add(
        sheet,
        row,
        col,
        `金额 ${cell.text} 有 ${a.scale} 位小数，最多保留 ${AMOUNT_DECIMALS} 位（请先四舍五入）`,
      );
      return undefined;
    }
    if (a && Math.abs(a.minor) / 10 ** a.scale > MAX_AMOUNT) {
      problems.add(sheet, row, col, `金额 ${cell.text} 超出合理范围（应小于 100 亿万元），请检查输入或单位`);
      return undefined;
    }
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
  if (cell.kind === 'date') {
    problems.add(sheet, row, col, `应填写整数，实际为日期“${cell.text}”`);
    return undefined;
  }
  if (cell.kind === 'text') {
    if (/^\d+$/.test(cell.text)) return Number(cell.text);
    problems.add(sheet, row, col, `应填写整数，实际为“${cell.text}”`);
  }
  return undefined;
}

export function textOf(cell: SheetCell): string | undefined {
  if (cell.kind === 'text' || cell.kind === 'date') return cell.text;
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
