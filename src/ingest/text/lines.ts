/** The seed-shaped text, as numbered lines: table rows are tab-separated, everything else is prose. */
export interface TextLine {
  /** 1-based line number in the file. */
  readonly no: number;
  readonly text: string;
  /** True for a tab-separated table row. */
  readonly isRow: boolean;
  /** Cells of a table row (raw, untrimmed); [] for prose. */
  readonly cells: readonly string[];
}

export function splitLines(text: string): TextLine[] {
  const raw = text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
  return raw.map((t, i) => {
    const isRow = t.includes('\t');
    return { no: i + 1, text: t, isRow, cells: isRow ? t.split('\t') : [] };
  });
}

export function isBlank(line: TextLine): boolean {
  return line.text.trim() === '';
}

/** Cells of a row, trimmed. */
export function trimmedCells(line: TextLine): string[] {
  return line.cells.map((c) => c.trim());
}
