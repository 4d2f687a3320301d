import type { CellValue } from '../model/cell.js';
import type { Disclosure } from '../model/disclosure.js';
import { formatAmount } from '../model/money.js';
import { columnLabel, getSchema } from '../model/schemas/index.js';

export const TIDY_CSV_HEADER = ['table', 'row_code', 'row_label', 'column', 'value'] as const;

/** The printed value of a cell without thousands separators; '' for a blank cell. */
export function printedValue(v: CellValue): string {
  switch (v.kind) {
    case 'blank':
      return '';
    case 'amount':
      return formatAmount(v.amount);
    case 'percent':
      return `${v.value}%`;
    case 'number':
      return v.value;
    case 'na':
      return '--';
    case 'text':
      return v.text;
  }
}

/**
 * Tidy cells: one record per non-empty table cell, `table,row_code,row_label,column,value`, where `column` is the
 * printed header with its levels joined by "/".
 */
export function tidyCells(doc: Disclosure): string[][] {
  const out: string[][] = [];
  for (const table of doc.tables) {
    const schema = getSchema(table.schema);
    for (const row of table.rows) {
      for (const col of schema.columns) {
        const cell = row.cells[col.id];
        if (!cell || cell.value.kind === 'blank') continue;
        out.push([table.id, row.code ?? '', row.label, columnLabel(col), printedValue(cell.value)]);
      }
    }
  }
  return out;
}

function csvField(s: string): string {
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function toCsv(records: readonly (readonly string[])[]): string {
  return records.map((r) => r.map(csvField).join(',')).join('\r\n') + '\r\n';
}

export function renderTidyCsv(doc: Disclosure): string {
  return toCsv([TIDY_CSV_HEADER, ...tidyCells(doc)]);
}
