import { Decimal } from 'decimal.js';
import type { Disclosure } from '../model/disclosure.js';
import type { Location } from '../model/finding.js';
import { columnLabel, getColumn, getSchema } from '../model/schemas/index.js';
import type { Row, Table, TableId } from '../model/table.js';
import type { CellRef, ClaimSite } from './claims/types.js';
import { amountFigure, parseFigure, type Figure } from './figures.js';

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
  return { sectionPath: site.sectionPath, sentence: site.sentence, ...(site.source ? { source: site.source } : {}) };
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
    const f = amountFigure(v.amount);
    return unit && table && unit !== table.unit ? inUnit(f, table.unit, unit) : f;
  }
  if (v.kind === 'blank' || v.kind === 'na') return parseFigure('0');
  if (v.kind === 'number') return parseFigure(v.value);
  return undefined;
}

/** Powers of ten of each amount unit against 元. */
const UNIT_EXPONENT: Readonly<Record<string, number>> = { 元: 0, 万元: 4, 亿元: 8 };

/**
 * A table's figure in the unit a sentence states it in (31,214,205.80 元 as 3121.4205800 万元): exact, every printed
 * digit kept, so that the sentence's rounding decides.
 */
function inUnit(f: Figure, from: string, to: string): Figure {
  const shift = (UNIT_EXPONENT[from] ?? 0) - (UNIT_EXPONENT[to] ?? 0);
  if (shift === 0) return f;
  const value = f.value.times(new Decimal(10).pow(shift));
  const decimals = Math.max(0, f.decimals - shift);
  return { text: value.toFixed(decimals), value, decimals };
}

/** "t05 一般公共预算财政拨款支出决算表 2080104 综合业务管理 本年支出/小计" for messages. */
export function describeCell(doc: Disclosure, ref: CellRef): string {
  const table = tableOf(doc, ref.table);
  const row = rowOf(table, ref.rowKey);
  const rowText = row ? [row.code, row.label].filter(Boolean).join(' ') : ref.rowKey;
  return `${table?.title ?? ref.table}“${rowText}”行“${table ? columnName(table, ref.column) : ref.column}”`;
}
