import type { Disclosure } from '../model/disclosure.js';
import type { Table, TableId } from '../model/table.js';
import type { CellRef } from './claims/types.js';
import { rowOf, tableOf } from './locate.js';

/**
 * How many printed leaf figures a cell aggregates. A total printed in one table may be the sum of the rounded
 * items (the documents say so: "金额单位转换时可能存在尾数误差"), so when the same total is printed in two places,
 * or repeated in the narrative, each copy may be off by up to 0.005 per item. 1 for a leaf.
 */
export function leafCount(doc: Disclosure, ref: CellRef): number {
  let byDoc = cache.get(doc);
  if (!byDoc) cache.set(doc, (byDoc = new Map()));
  const key = `${ref.table}|${ref.rowKey}`;
  let n = byDoc.get(key);
  if (n === undefined) byDoc.set(key, (n = Math.max(1, count(doc, ref.table, ref.rowKey))));
  return n;
}

const cache = new WeakMap<Disclosure, Map<string, number>>();

function leaves(table: Table | undefined, prefix: string | undefined): number {
  if (!table) return 1;
  const coded = table.rows.filter(
    (r) => r.kind === 'class' && r.code && (prefix === undefined || r.code.startsWith(prefix)),
  );
  return coded.filter(
    (r) =>
      !coded.some((o) => o !== r && o.code?.startsWith(r.code ?? '') && (o.code?.length ?? 0) > (r.code?.length ?? 0)),
  ).length;
}

function count(doc: Disclosure, id: TableId, rowKey: string): number {
  const table = tableOf(doc, id);
  const row = rowOf(table, rowKey);
  if (!table || !row) return 1;
  if (id === 't01' || id === 't04') {
    const detail = tableOf(doc, id === 't01' ? 't03' : 't05');
    const m = /^out\.(\d{3})$/.exec(rowKey);
    if (m) return leaves(detail, m[1]);
    if (rowKey.startsWith('out.') || rowKey === 'in.grand') return leaves(detail, undefined);
    if (rowKey === 'in.total') return leaves(tableOf(doc, 't02'), undefined);
    return 1;
  }
  if (id === 't09') return rowKey === 'main' ? 3 : 1;
  if (id === 't11') return rowKey === 'total' ? 3 : 1;
  if (row.code) return leaves(table, row.code);
  if (row.kind === 'total') return leaves(table, undefined);
  return 1;
}
