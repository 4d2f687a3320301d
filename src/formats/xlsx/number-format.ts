/**
 * A figure keeps its printed digits in a workbook through its number format: an amount is a number formatted with
 * grouping and its printed decimals ("#,##0.00", "#,##0.0"), a count or score without grouping ("0.0"). The writer
 * sets the format, the reader of a rendered workbook takes the decimals (and, where the column does not say, the
 * kind) back from it.
 */

/**
 * The number format that prints `decimals` decimals: grouped for an amount ("#,##0.00"), plain for a count or
 * score ("0.0").
 */
export function numberFormat(decimals: number, grouped: boolean): string {
  const base = grouped ? '#,##0' : '0';
  return decimals > 0 ? `${base}.${'0'.repeat(decimals)}` : base;
}

/** What a number format says about the figure: its decimals and whether it is an amount (grouped); else undefined. */
export function formatDecimals(format: string | undefined): { decimals: number; grouped: boolean } | undefined {
  const m = /^(#,##0|0)(?:\.(0+))?$/.exec(format ?? '');
  if (!m) return undefined;
  return { decimals: m[2]?.length ?? 0, grouped: m[1] === '#,##0' };
}
