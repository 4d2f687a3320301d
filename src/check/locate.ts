import type { Disclosure } from '../model/disclosure.js';
import type { Location } from '../model/finding.js';
import { columnLabel, getColumn, getSchema } from '../model/schemas/index.js';
import type { Row, Table, TableId } from '../model/table.js';
import type { CellRef, ClaimSite } from './claims/types.js';
import { isAmountUnit } from '../model/money.js';
import { amountFigure, amountFigureIn, parseFigure, type Figure } from './figures.js';

export function tableOf(doc: Disclosure, id: TableId): Table | undefined {
  return doc.tables.find((t) => t.id === id);
}

export function rowOf(table: Table | undefined, key: string): Row | undefined {
  return table?.rows.find((r) => r.key === key);
}

/** The printed header of a column ("本年支出/基本支出"), or its id when the schema is unknown. */
export function columnName(table: Table, column: string): string {
  try {
    const col = getColumn(getSchema(table.schema), column);
    return col ? columnLabel(col) : column;
  } catch {
    return column;
  }
}

/** Where a table cell is: table, row (key, code, label), column and the printed source of the cell. */
export function cellLocation(doc: Disclosure, ref: CellRef): Location {
  const table = tableOf(doc, ref.table);
  const row = rowOf(table, ref.rowKey);
  const cell = row?.cells[ref.column];
  const source = cell?.source ?? row?.source ?? table?.source;
  return {
    table: ref.table,
    rowKey: ref.rowKey,
    ...(row?.code ? { rowCode: row.code } : {}),
    ...(row ? { rowLabel: row.label } : {}),
    column: ref.column,
    ...(table ? { columnLabel: columnName(table, ref.column) } : {}),
    ...(source ? { source } : {}),
  };
}

export function siteLocation(site: ClaimSite): Location {
  const sentence = site.printed ?? site.sentence; // what the reader finds in the document
  return { sectionPath: site.sectionPath, sentence, ...(site.source ? { source: site.source } : {}) };
}

/**
 * What a cell holds, as a figure: a printed amount or count; blank reads as 0 ("nothing"), since a table prints
 * no figure where there is none. Undefined when the table, row or column is missing or holds text.
 */
export function cellFigure(doc: Disclosure, ref: CellRef, unit?: string): Figure | undefined {
  const table = tableOf(doc, ref.table);
  const cell = rowOf(table, ref.rowKey)?.cells[ref.column];
  if (!cell) return undefined;
  const v = cell.value;
  if (v.kind === 'amount') {
    // In the unit the sentence states (a table in 元, a sentence in 万元): converted exactly, never rounded.
    return unit && table && unit !== table.unit && isAmountUnit(unit)
      ? amountFigureIn(v.amount, table.unit, unit)
      : amountFigure(v.amount);
  }
  if (v.kind === 'blank' || v.kind === 'na') return parseFigure('0');
  if (v.kind === 'number') return parseFigure(v.value);
  return undefined;
}

/** "t05 一般公共预算财政拨款支出决算表 2080104 综合业务管理 本年支出/小计" for messages. */
export function describeCell(doc: Disclosure, ref: CellRef): string {
  const table = tableOf(doc, ref.table);
  const row = rowOf(table, ref.rowKey);
  const rowText = row ? [row.code, row.label].filter(Boolean).join(' ') : ref.rowKey;
  return `${table?.title ?? ref.table}“${rowText}”行“${table ? columnName(table, ref.column) : ref.column}”`;
}
