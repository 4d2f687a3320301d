import type { Cell, Disclosure, Table, TableSchemaInfo } from '../api/types';

export interface CompareRow {
  readonly key: string;
  readonly label: string;
  /** The printed value per document ('' where the document lacks the row). */
  readonly values: readonly string[];
  /** Whether the documents print different values on this row. */
  readonly differs: boolean;
}

export interface CompareTable {
  readonly id: string;
  readonly title: string;
  readonly column: string;
  /** The unit the values are shown in: the smallest of the documents' units (a 预算 in 元 beside a 决算 in 万元). */
  readonly unit: string;
  /** The units that were converted to `unit` (empty when all documents print the same unit). */
  readonly converted: readonly string[];
  readonly rows: readonly CompareRow[];
}

/** Powers of ten of the money units printed in disclosures. */
const UNIT_DIGITS: Readonly<Record<string, number>> = { 元: 0, 千元: 3, 万元: 4, 百万元: 6, 亿元: 8 };

/** An amount printed in one unit, written exactly in a smaller one (万元 → 元: ×10⁴; no rounding, no float). */
function inUnit(cell: Cell | undefined, shift: number): string | undefined {
  if (!cell || cell.value.kind !== 'amount') return undefined;
  const { minor, scale } = cell.value.amount;
  const n = BigInt(minor) * 10n ** BigInt(shift);
  const abs = n < 0n ? -n : n;
  const unit = 10n ** BigInt(scale);
  const whole = (abs / unit).toString().replace(/\B(?=(\d{3})+$)/g, ',');
  const frac = scale > 0 ? `.${(abs % unit).toString().padStart(scale, '0')}` : '';
  return `${n < 0n ? '-' : ''}${whole}${frac}`;
}

/** What two printed values are compared by: the amount when there is one (2,940.05 = 2940.05), else the text. */
function sameness(cell: Cell | undefined, shift: number): string {
  const exact = inUnit(cell, shift);
  return exact === undefined
    ? (cell?.raw ?? '')
    : exact
        .replace(/,/g, '')
        .replace(/(\.\d*?)0+$/, '$1')
        .replace(/\.$/, '');
}

/** The column a comparison shows for a table: its first money column that any document fills (合计/决算数 …). */
function mainColumn(
  tables: readonly Table[],
  schema: TableSchemaInfo | undefined,
): { id: string; label: string } | undefined {
  const filled = new Set(
    tables.flatMap((t) =>
      t.rows.flatMap((r) =>
        Object.values(r.cells)
          .filter((c) => c.raw !== '')
          .map((c) => c.column),
      ),
    ),
  );
  const col = (schema?.columns ?? []).find((c) => c.money && filled.has(c.id));
  if (col) return { id: col.id, label: col.header.join('/') };
  const any = [...filled][0];
  return any ? { id: any, label: any } : undefined;
}

/**
 * Several documents side by side (two years of one organisation, or several organisations of one year): for each
 * table they share, its rows (union, in the first document's order) with the main column's printed value per document.
 */
export function compareDocuments(docs: readonly Disclosure[], schemas: readonly TableSchemaInfo[]): CompareTable[] {
  const first = docs[0];
  if (!first) return [];
  const out: CompareTable[] = [];
  for (const t of first.tables) {
    const tables = docs.map((d) => d.tables.find((x) => x.id === t.id));
    if (tables.some((x) => !x)) continue;
    const present = tables as Table[];
    const col = mainColumn(
      present,
      schemas.find((s) => s.id === t.schema),
    );
    if (!col) continue;
    const keys: { key: string; label: string }[] = [];
    const seen = new Set<string>();
    for (const tb of present) {
      for (const r of tb.rows) {
        if (seen.has(r.key)) continue;
        seen.add(r.key);
        keys.push({ key: r.key, label: r.code ? `${r.code} ${r.label}` : r.label });
      }
    }
    const schema = schemas.find((x) => x.id === t.schema);
    const digits = present.map((tb) => UNIT_DIGITS[tb.unit]);
    const known = digits.every((d) => d !== undefined) && new Set(present.map((tb) => tb.unit)).size > 1;
    const least = known ? Math.min(...(digits as number[])) : 0;
    const shifts = present.map((_, i) => (known ? digits[i]! - least : 0));
    const unit = known ? present[digits.indexOf(least)]!.unit : present[0]!.unit;
    const rows = keys.map(({ key, label }) => {
      const found = present.map((tb) => tb.rows.find((r) => r.key === key));
      // A row of a two-sided table (收支总表) prints its figure in its own side's column.
      const side = found.find((r) => r?.side)?.side;
      const mainSide = schema?.columns.find((c) => c.id === col.id)?.side;
      const own = side && side !== mainSide ? schema?.columns.find((c) => c.money && c.side === side) : undefined;
      const id = own?.id ?? col.id;
      const cells = found.map((r) => r?.cells[id]);
      const values = cells.map((c, i) => (shifts[i] ? inUnit(c, shifts[i]) : undefined) ?? c?.raw ?? '');
      return { key, label, values, differs: new Set(cells.map((c, i) => sameness(c, shifts[i]!))).size > 1 };
    });
    if (rows.every((r) => r.values.every((v) => v === ''))) continue;
    const converted = [...new Set(present.filter((_, i) => shifts[i]! > 0).map((tb) => tb.unit))];
    out.push({ id: t.id, title: t.title, column: col.label, unit, converted, rows });
  }
  return out;
}
