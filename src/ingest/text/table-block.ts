import { parseCellValue, type Cell } from '../../model/cell.js';
import type { Finding } from '../../model/finding.js';
import { isAmountUnit, type AmountUnit } from '../../model/money.js';
import type { TableSchema } from '../../model/schemas/index.js';
import type { SourceRef } from '../../model/source.js';
import type { Row, Table } from '../../model/table.js';
import { IngestError } from '../errors.js';
import { squash } from '../../model/concepts/text.js';
import { isBlank, trimmedCells, type TextLine } from './lines.js';
import { msg } from '../../model/messages/index.js';

/** One table of the text: its title line, the lines up to the next table, and the schema it was matched to. */
export interface TableBlock {
  readonly file: string;
  readonly schema: TableSchema;
  readonly title: string;
  readonly titleLine: TextLine;
  /** Lines after the title, up to the next title or the end of the tables part. */
  readonly lines: readonly TextLine[];
  readonly diagnostics: Finding[];
}

export interface BlockPreamble {
  readonly number?: string;
  readonly unit: AmountUnit;
  /** Lines from the first table row on. */
  readonly body: readonly TextLine[];
  /** Prose lines after the body starts (notes such as 注：…). */
  readonly notes: string[];
}

/**
 * Reads the lines between the title and the first row: the table's number ("公开 09\n\n表" → 公开09表) and its
 * unit ("单位：万\n元" → 万元), which extraction breaks inside words.
 */
export function readPreamble(block: TableBlock): BlockPreamble {
  const firstRow = block.lines.findIndex((l) => l.isRow);
  const head = block.lines.slice(0, firstRow < 0 ? block.lines.length : firstRow);
  const joined = squash(head.map((l) => l.text).join(''));
  const num = /公开(\d+)表?/.exec(joined);
  const unitMatch = /单位[:：]?(亿元|万元|元)/.exec(joined);
  const unit: AmountUnit = isAmountUnit(unitMatch?.[1]) ? unitMatch[1] : '万元';
  if (!unitMatch) {
    block.diagnostics.push(
      importFinding('import/unit-missing', 'warning', `表“${block.title}”未写明金额单位，按“万元”读取`, block),
    );
  }
  const body = firstRow < 0 ? [] : block.lines.slice(firstRow);
  const notes = body.filter((l) => !l.isRow && !isBlank(l)).map((l) => l.text.trim());
  return {
    ...(num ? { number: `公开${num[1]?.padStart(2, '0')}表` } : {}),
    unit,
    body: body.filter((l) => l.isRow),
    notes,
  };
}

export function importFinding(
  ruleId: string,
  severity: Finding['severity'],
  message: string,
  block: Pick<TableBlock, 'schema' | 'file'>,
  line?: TextLine,
): Finding {
  return {
    ruleId,
    severity,
    message,
    locations: [
      {
        table: block.schema.table,
        ...(line ? { source: { file: block.file, line: line.no } } : { source: { file: block.file } }),
      },
    ],
  };
}

export function source(block: Pick<TableBlock, 'file'>, line: TextLine): SourceRef {
  return { file: block.file, line: line.no };
}

/** A cell of column `columnId` read from printed text. */
export function makeCell(block: TableBlock, columnId: string, raw: string, line: TextLine): Cell {
  const col = block.schema.columns.find((c) => c.id === columnId);
  if (!col) throw new Error(`schema ${block.schema.id} has no column ${columnId}`);
  const text = raw.trim();
  const value = parseCellValue(text, col.money);
  if (col.money && (value.kind === 'text' || value.kind === 'percent')) {
    throw new IngestError(
      msg('ingest.text.notAmount', { table: block.title, column: col.header.join('/'), text }),
      source(block, line),
    );
  }
  return { column: columnId, raw: text, value, source: source(block, line) };
}

/** The unreadable-table error: names the table and the line. */
export function tableError(block: TableBlock, line: TextLine | undefined, why: string): IngestError {
  return new IngestError(
    msg('ingest.text.tableUnreadable', { table: block.title, why }),
    line ? source(block, line) : source(block, block.titleLine),
  );
}

/** True for a 栏次 row: "栏次" or only column numbers 1, 2, 3 …. */
export function isColumnNumberRow(line: TextLine): boolean {
  const cells = trimmedCells(line).filter((c) => c !== '');
  if (cells.length === 0) return false;
  if (cells.includes('栏次')) return true;
  return cells.every((c, i) => c === String(Number(cells[0]) + i)) && cells[0] === '1';
}

export function finishTable(
  block: TableBlock,
  pre: BlockPreamble,
  rows: Row[],
  extraNotes: readonly string[] = [],
): Table {
  const empty = rows.every((r) => Object.values(r.cells).every((c) => c.value.kind === 'blank'));
  return {
    id: block.schema.table,
    schema: block.schema.id,
    title: block.title,
    ...(pre.number ? { number: pre.number } : {}),
    unit: pre.unit,
    rows,
    notes: [...pre.notes, ...extraNotes],
    empty,
    source: { file: block.file, line: block.titleLine.no },
  };
}

/** Concatenates header rows column by column ("本年收入合" + "计" → "本年收入合计"). */
export function headerColumns(headerRows: readonly TextLine[]): string[] {
  const width = Math.max(0, ...headerRows.map((r) => r.cells.length));
  const out: string[] = [];
  for (let i = 0; i < width; i++) out.push(headerRows.map((r) => squash(r.cells[i] ?? '')).join(''));
  return out;
}
