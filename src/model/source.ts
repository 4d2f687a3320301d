/**
 * Where a value came from, so a finding can point at the page and cell a person must look at.
 * Lines and pages start at 1; a box is [x0, y0, x1, y1] in PDF points from the page's top-left.
 * Values computed by Juesuan (totals, shares) carry no source.
 */
export interface SourceRef {
  readonly file?: string;
  readonly line?: number;
  readonly endLine?: number;
  readonly page?: number;
  readonly box?: readonly [number, number, number, number];
  /** Excel sheet and cell, e.g. "t05!C7". */
  readonly sheet?: string;
  readonly cell?: string;
}

/** "第 12 行" / "第 3 页" — how a source reads to a Chinese user. */
export function describeSource(src: SourceRef | undefined): string {
  if (!src) return '';
  const parts: string[] = [];
  if (src.file) parts.push(src.file);
  if (src.page !== undefined) parts.push(`第 ${src.page} 页`);
  if (src.line !== undefined) {
    parts.push(
      src.endLine !== undefined && src.endLine !== src.line ? `第 ${src.line}–${src.endLine} 行` : `第 ${src.line} 行`,
    );
  }
  if (src.sheet) parts.push(src.cell ? `工作表“${src.sheet}”${src.cell} 单元格` : `工作表“${src.sheet}”`);
  return parts.join('，');
}
