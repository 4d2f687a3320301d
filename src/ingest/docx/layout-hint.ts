import { XMLParser, XMLValidator } from 'fast-xml-parser';
import type { Cell } from '../../model/cell.js';
import type { Disclosure, Layout } from '../../model/disclosure.js';
import { TABLE_SCHEMAS } from '../../model/schemas/index.js';
import type { Table } from '../../model/table.js';

const propertiesParser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '',
  parseTagValue: false,
  parseAttributeValue: false,
  processEntities: true,
  isArray: (name) => name === 'property',
});

/** Custom document properties (docProps/custom.xml) as name → text value (string properties only). */
export function customProperties(xml: string): Record<string, string> {
  const out: Record<string, string> = {};
  // Unreadable properties are no reason to refuse the document: they only hint at its layout.
  if (XMLValidator.validate(xml) !== true) return out;
  const parsed: unknown = propertiesParser.parse(xml);
  const props = (parsed as { Properties?: { property?: unknown[] } }).Properties?.property ?? [];
  for (const p of props) {
    const { name, 'vt:lpwstr': value } = p as { name?: unknown; 'vt:lpwstr'?: unknown };
    if (typeof name === 'string' && (typeof value === 'string' || typeof value === 'number')) out[name] = String(value);
  }
  return out;
}

const LAYOUTS: readonly Layout[] = ['qinghai', 'shanghai'];

export function isLayout(s: string | undefined): s is Layout {
  return s !== undefined && (LAYOUTS as readonly string[]).includes(s);
}

/**
 * The text importer reads tables by the Qinghai schemas when a document prints no 公开NN表 numbers. A document that
 * says which layout it follows (Juesuan writes it into the document properties) gets that layout's schemas back:
 * same column ids, except that columns printed in another order (the Shanghai 三公 table interleaves 预算数 and
 * 决算数) are reassigned by their printed position.
 */
export function applyLayout(doc: Disclosure, layout: Layout): Disclosure {
  if (doc.meta.layout === layout) return doc;
  const moved = new Set<string>();
  const tables = doc.tables.map((t) => {
    const from = TABLE_SCHEMAS.find((s) => s.id === t.schema);
    const to = TABLE_SCHEMAS.find((s) => s.layout === layout && s.table === t.id);
    if (!from || !to) return t;
    moved.add(t.id);
    const fromCols = from.columns.filter((c) => c.money).map((c) => c.id);
    const toCols = to.columns.filter((c) => c.money).map((c) => c.id);
    const sameSet = fromCols.length === toCols.length && fromCols.every((c) => toCols.includes(c));
    const reorder =
      sameSet && fromCols.some((c, i) => c !== toCols[i]) && to.rows === 'lines' && !to.columns.some((c) => c.side);
    return { ...t, schema: to.id, rows: reorder ? reorderRows(t, fromCols, toCols) : t.rows };
  });
  return {
    ...doc,
    meta: { ...doc.meta, layout },
    tables,
    // Header words were compared with the other layout's headers; against their own they match.
    diagnostics: doc.diagnostics.filter(
      (d) => !(d.ruleId === 'import/header-mismatch' && d.locations.some((l) => l.table && moved.has(l.table))),
    ),
  };
}

/** Cells read into column `from[i]` by position belong to the column printed there, `to[i]`. */
function reorderRows(t: Table, from: readonly string[], to: readonly string[]): Table['rows'] {
  return t.rows.map((row) => {
    const cells: Record<string, Cell> = {};
    for (const [id, cell] of Object.entries(row.cells)) {
      const i = from.indexOf(id);
      const target = i >= 0 ? (to[i] ?? id) : id;
      cells[target] = { ...cell, column: target };
    }
    return { ...row, cells };
  });
}
