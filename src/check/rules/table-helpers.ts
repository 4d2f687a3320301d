import type { Decimal } from 'decimal.js';
import { toDecimal } from '../../model/money.js';
import { columnLabel, getSchema } from '../../model/schemas/index.js';
import type { Row, Table } from '../../model/table.js';

export interface MoneyColumn {
  readonly id: string;
  readonly label: string;
  readonly side?: 'income' | 'expenditure';
}

/** The amount columns of a table's schema, with their printed headers. */
export function moneyColumns(table: Table): MoneyColumn[] {
  try {
    return getSchema(table.schema)
      .columns.filter((c) => c.money)
      .map((c) => ({ id: c.id, label: columnLabel(c), ...(c.side ? { side: c.side } : {}) }));
  } catch {
    return [];
  }
}

/** "208 社会保障和就业支出", "人员经费合计". */
export function rowName(row: Row): string {
  return [row.code, row.label].filter(Boolean).join(' ');
}

/** Whether every listed row prints nothing in the column (an identity over them holds trivially). */
export function allBlank(table: Table, rowKeys: readonly string[], column: string): boolean {
  const index = rowIndex(table);
  return rowKeys.every((k) => {
    const v = index.get(k)?.cells[column]?.value.kind;
    return v === undefined || v === 'blank';
  });
}

const indexes = new WeakMap<Table, Map<string, Row>>();

/** Rows by key, built once per table (the tree is immutable). */
export function rowIndex(table: Table): Map<string, Row> {
  let m = indexes.get(table);
  if (!m) indexes.set(table, (m = new Map(table.rows.map((r) => [r.key, r]))));
  return m;
}

/** The exact amount in a row's cell; undefined when the cell is blank or holds no amount. */
export function cellAmount(row: Row, column: string): Decimal | undefined {
  const v = row.cells[column]?.value;
  return v?.kind === 'amount' ? toDecimal(v.amount) : undefined;
}
