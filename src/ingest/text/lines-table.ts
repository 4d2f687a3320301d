import type { Cell } from '../../model/cell.js';
import { functionalClassByName } from '../../model/catalog/functional.js';
import { lineCalled, type ColumnSchema, type LineSchema } from '../../model/schemas/index.js';
import type { Row, Table } from '../../model/table.js';
import { parseNumbering } from '../shared/headings.js';
import { foldForMatching, squash } from '../../model/concepts/text.js';
import { trimmedCells, type TextLine } from './lines.js';
import {
  finishTable,
  importFinding,
  isColumnNumberRow,
  makeCell,
  readPreamble,
  source,
  tableError,
  type TableBlock,
} from './table-block.js';

type Side = 'income' | 'expenditure' | undefined;

/**
 * Tables of labelled lines (t01, t04: income and expenditure side by side; t11: one side):
 * each side is label, 行次 (when printed), then one cell per column of that side.
 */
export function readLinesTable(block: TableBlock): Table {
  const pre = readPreamble(block);
  const numberRow = pre.body.findIndex(isColumnNumberRow);
  const headerEnd = numberRow >= 0 ? numberRow + 1 : findFirstLabelledRow(block, pre.body);
  const header = pre.body.slice(0, headerEnd);
  const hasLineNo = header.some((l) => trimmedCells(l).some((c) => squash(c) === '行次'));
  const sides: Side[] = block.schema.columns.some((c) => c.side) ? ['income', 'expenditure'] : [undefined];
  const sideColumns = (side: Side) => block.schema.columns.filter((c) => c.side === side);

  const rows: Row[] = [];
  const used = new Set<string>();
  const bySide: Row[][] = sides.map(() => []);
  for (const line of pre.body.slice(headerEnd)) {
    const cells = trimmedCells(line);
    if (cells.every((c) => c === '')) continue;
    let offset = 0;
    sides.forEach((side, si) => {
      const cols = sideColumns(side);
      const width = (hasLineNo ? 2 : 1) + cols.length;
      const part = cells.slice(offset, offset + width);
      offset += width;
      const row = readSide(block, line, part, side, cols, hasLineNo, used);
      if (row) bySide[si]?.push(row);
    });
  }
  for (const r of bySide) rows.push(...r);
  return finishTable(block, pre, rows);
}

function findFirstLabelledRow(block: TableBlock, body: readonly TextLine[]): number {
  const label = (raw: string) => squash(parseNumbering(raw)?.text ?? raw);
  const i = body.findIndex((l) => matchLine(block, label(l.cells[0] ?? ''), undefined, undefined, new Set()));
  return i < 0 ? 1 : i;
}

function readSide(
  block: TableBlock,
  line: TextLine,
  part: string[],
  side: Side,
  cols: ColumnSchema[],
  hasLineNo: boolean,
  used: Set<string>,
): Row | undefined {
  const [rawLabel = '', ...rest] = part;
  const lineNoText = hasLineNo ? (rest.shift() ?? '') : '';
  const values = rest;
  if (rawLabel === '') {
    if (values.some((v) => v !== '')) throw tableError(block, line, '有金额但没有项目名称');
    return undefined;
  }
  const numbered = parseNumbering(rawLabel);
  let label = squash(numbered ? numbered.text : rawLabel);
  let numbering = numbered?.numbering.raw;
  const sub = /^(其中[:：])(.*)$/.exec(label);
  if (sub) {
    numbering = sub[1];
    label = sub[2] ?? '';
  }
  const lineNo = /^\d+$/.test(lineNoText) ? Number(lineNoText) : undefined;
  const schemaLine = matchLine(block, label, side, lineNo, used);
  const cells: Record<string, Cell> = {};
  cols.forEach((col, i) => {
    cells[col.id] = makeCell(block, col.id, values[i] ?? '', line);
  });
  if (!schemaLine) {
    block.diagnostics.push(
      importFinding('import/unknown-line', 'warning', `表“${block.title}”中有未知项目“${label}”`, block, line),
    );
  }
  const key = schemaLine?.key ?? `${side ?? 'line'}:${label}`;
  used.add(key);
  return {
    key,
    kind: schemaLine?.kind ?? 'line',
    ...(schemaLine?.code ? { code: schemaLine.code } : {}),
    label,
    ...(numbering ? { numbering } : {}),
    ...(lineNo !== undefined ? { lineNo } : {}),
    ...(side ? { side } : {}),
    cells,
    source: source(block, line),
  };
}

/** The schema line a printed label stands for; 行次 and order break ties between equal labels. */
function matchLine(
  block: TableBlock,
  label: string,
  side: Side,
  lineNo: number | undefined,
  used: Set<string>,
): LineSchema | undefined {
  const norm = foldForMatching(label);
  const candidates = block.schema.lines.filter((l) => (side === undefined || l.side === side) && lineCalled(l, norm));
  if (candidates.length === 0 && side === 'expenditure') {
    const code = functionalClassByName(label);
    return code ? block.schema.lines.find((l) => l.code === code && l.side === side) : undefined;
  }
  if (candidates.length <= 1) return candidates[0];
  return (
    candidates.find((c) => lineNo !== undefined && c.lineNo === lineNo) ??
    candidates.find((c) => !used.has(c.key)) ??
    candidates[0]
  );
}
