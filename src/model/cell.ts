import { parseAmount, type Amount } from './money.js';
import type { SourceRef } from './source.js';
import { halfWidthFigures, squash } from './concepts/text.js';

/**
 * What a printed cell holds. Blank is not zero: a blank cell stays `blank`.
 * - amount: money, exact (see money.ts);
 * - percent: a percentage kept as printed ("87%", "96.66%"), with its digits as an exact decimal string;
 * - number: a count or other non-money figure ("2" 辆, "5000");
 * - na: "--" / "-" / "—" printed for "not applicable";
 * - text: anything else ("优", "50家以上").
 */
export type CellValue =
  | { readonly kind: 'blank' }
  | { readonly kind: 'amount'; readonly amount: Amount }
  | { readonly kind: 'percent'; readonly value: string; readonly hasSign: boolean }
  | { readonly kind: 'number'; readonly value: string }
  | { readonly kind: 'na' }
  | { readonly kind: 'text'; readonly text: string };

export interface Cell {
  /** Column id from the table schema. */
  readonly column: string;
  /** The text as printed (full-width figures too), trimmed; '' for a blank cell. `value` is what it means. */
  readonly raw: string;
  readonly value: CellValue;
  readonly source?: SourceRef;
}

export const BLANK: CellValue = Object.freeze({ kind: 'blank' });

const PERCENT_RE = /^(-?\d+(?:\.\d+)?)\s*[%％]$/;
const NUMBER_RE = /^-?(\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?$/;

/**
 * Reads a printed cell. `money` says whether a bare number in this column is an amount or a count. Full-width
 * figures (１，４７７．４６) are read as the figures they are; the cell's `raw` keeps them as printed.
 */
export function parseCellValue(raw: string, money: boolean): CellValue {
  const t = squash(halfWidthFigures(raw));
  if (t === '') return BLANK;
  if (/^[-—–－]+$/.test(t)) return { kind: 'na' };
  const pm = PERCENT_RE.exec(t);
  if (pm) return { kind: 'percent', value: pm[1] ?? '', hasSign: true };
  if (NUMBER_RE.test(t)) {
    if (money) {
      const amount = parseAmount(t);
      if (amount) return { kind: 'amount', amount };
    }
    return { kind: 'number', value: t.replace(/,/g, '') };
  }
  return { kind: 'text', text: raw.trim() };
}

/** The amount in a cell, or undefined when it is blank or not an amount. */
export function cellAmount(cell: Cell | undefined): Amount | undefined {
  return cell?.value.kind === 'amount' ? cell.value.amount : undefined;
}
