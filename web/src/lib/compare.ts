import type { Disclosure, Table, TableSchemaInfo } from '../api/types';

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
  readonly rows: readonly CompareRow[];
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
    const rows = keys.map(({ key, label }) => {
      const found = present.map((tb) => tb.rows.find((r) => r.key === key));
      // A row of a two-sided table (收支总表) prints its figure in its own side's column.
      const side = found.find((r) => r?.side)?.side;
      const mainSide = schema?.columns.find((c) => c.id === col.id)?.side;
      const own = side && side !== mainSide ? schema?.columns.find((c) => c.money && c.side === side) : undefined;
      const id = own?.id ?? col.id;
      const values = found.map((r) => r?.cells[id]?.raw ?? '');
      return { key, label, values, differs: new Set(values).size > 1 };
    });
    if (rows.every((r) => r.values.every((v) => v === ''))) continue;
    out.push({ id: t.id, title: t.title, column: col.label, rows });
  }
  return out;
}
