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
  /** Word document (DOCX): 1-based ordinal of a body paragraph (tables not counted). */
  readonly paragraph?: number;
  /** Word document (DOCX): 1-based ordinal of a table in the body, and of a row within it. */
  readonly tableNo?: number;
  readonly rowNo?: number;
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
  if (src.paragraph !== undefined) parts.push(`第 ${src.paragraph} 段`);
  if (src.tableNo !== undefined) {
    parts.push(src.rowNo !== undefined ? `第 ${src.tableNo} 个表格第 ${src.rowNo} 行` : `第 ${src.tableNo} 个表格`);
  }
  if (src.sheet) parts.push(src.cell ? `工作表“${src.sheet}”${src.cell} 单元格` : `工作表“${src.sheet}”`);
  return parts.join('，');
}
