import type { Cell } from './cell.js';
import type { Disclosure } from './disclosure.js';
import type { Amount } from './money.js';
import type { Row, Table, TableId } from './table.js';

/** Small read helpers over the tree; they never mutate it. */

export function getTable(doc: Disclosure, id: TableId): Table | undefined {
  return doc.tables.find((t) => t.id === id);
}

export function getRow(table: Table | undefined, key: string): Row | undefined {
  return table?.rows.find((r) => r.key === key);
}

export function getCell(table: Table | undefined, rowKey: string, column: string): Cell | undefined {
  return getRow(table, rowKey)?.cells[column];
}

/** The amount in a cell; a blank cell reads as undefined (not zero). */
export function getAmount(table: Table | undefined, rowKey: string, column: string): Amount | undefined {
  const v = getCell(table, rowKey, column)?.value;
  return v?.kind === 'amount' ? v.amount : undefined;
}

/** Classification rows (those with a code), in printed order. */
export function classRows(table: Table | undefined): Row[] {
  return table ? table.rows.filter((r) => r.kind === 'class' && r.code !== undefined) : [];
}
