import type { Layout } from '../disclosure.js';
import { getLayout, LAYOUTS } from '../layouts/index.js';
import { UnknownSchemaError } from '../errors.js';
import type { TableId } from '../table.js';
import type { ColumnSchema, LineSchema, TableSchema } from './types.js';
import { foldForMatching } from '../concepts/text.js';

export type { ColumnSchema, LineSchema, RowScheme, TableSchema } from './types.js';
export { THREE_PUBLIC_ITEMS } from './common.js';

/** Every registered table schema: those of every layout in the registry (src/model/layouts). */
export const TABLE_SCHEMAS: readonly TableSchema[] = Object.freeze(LAYOUTS.flatMap((l) => l.schemas));

const BY_ID = new Map(TABLE_SCHEMAS.map((s) => [s.id, s]));

/** The schema registered under `id`; throws UnknownSchemaError (Chinese, typed) for an id no layout registers. */
export function getSchema(id: string): TableSchema {
  const s = BY_ID.get(id);
  if (!s) throw new UnknownSchemaError(id);
  return s;
}

/** The schema registered under `id`, or undefined: for callers that report an unknown id themselves. */
export function findSchema(id: string): TableSchema | undefined {
  return BY_ID.get(id);
}

/**
 * The schema of `table` in `layout`; undefined when the layout prints no such table — and always for the
 * generic layout, whose tables keep the schema they were read with (`schemaOf`).
 */
export function schemaFor(layout: Layout, table: TableId): TableSchema | undefined {
  return getLayout(layout).schemas.find((s) => s.table === table);
}

/** The schema a table was read with (its `schema` id), else its layout's schema for its id. */
export function schemaOf(
  table: { readonly id: TableId; readonly schema: string },
  layout: Layout,
): TableSchema | undefined {
  return BY_ID.get(table.schema) ?? schemaFor(layout, table.id);
}

/** The layout's tables in printed order (none for the generic layout). */
export function schemasForLayout(layout: Layout): TableSchema[] {
  return [...getLayout(layout).schemas].sort((a, b) => a.position - b.position);
}

/**
 * The schemas an importer matches a document's tables against: its layout's, or for the generic layout (which
 * lists none) every registered schema, so that tables are still found by their title and header.
 */
export function schemasToMatch(layout: Layout): readonly TableSchema[] {
  const own = schemasForLayout(layout);
  return own.length > 0 ? own : TABLE_SCHEMAS;
}

/** Normalises a printed title for matching: no spaces, straight and curly quotes unified. */
export function normalizeTitle(title: string): string {
  return foldForMatching(title);
}

const FOLDED_TITLES = new WeakMap<TableSchema, readonly string[]>();

/**
 * A schema's title and aliases as titles are compared (normalizeTitle), folded once per schema: every line of
 * every page of a PDF is compared with all of them.
 */
export function foldedTitles(s: TableSchema): readonly string[] {
  let titles = FOLDED_TITLES.get(s);
  if (!titles) FOLDED_TITLES.set(s, (titles = [...new Set([s.title, ...s.aliases].map(normalizeTitle))]));
  return titles;
}

const FOLDED_NAMES = new WeakMap<LineSchema, readonly string[]>();

/**
 * Whether a line is printed as `folded` (a label already folded with foldForMatching): its label or one of its
 * aliases. The line's names are folded once: every row of every table is compared with every line of its schema.
 */
export function lineCalled(line: LineSchema, folded: string): boolean {
  let names = FOLDED_NAMES.get(line);
  if (!names) FOLDED_NAMES.set(line, (names = [line.label, ...(line.aliases ?? [])].map(foldForMatching)));
  return names.includes(folded);
}

let byTitle: Map<string, TableSchema[]> | undefined;

/**
 * Every schema under each of its normalised titles and aliases, in registry order: built once, on first use (a
 * document's tables are looked up by title hundreds of times; normalising every title for each lookup was a
 * tenth of a fresh text check).
 */
function titleIndex(): Map<string, TableSchema[]> {
  if (byTitle) return byTitle;
  byTitle = new Map();
  for (const s of TABLE_SCHEMAS) {
    for (const t of foldedTitles(s)) {
      const list = byTitle.get(t) ?? [];
      list.push(s);
      byTitle.set(t, list);
    }
  }
  return byTitle;
}

/** Schemas whose title or alias equals the printed title (preferred layout first). */
export function schemasByTitle(title: string, prefer?: Layout): TableSchema[] {
  const t = normalizeTitle(title);
  const hits = titleIndex().get(t)?.slice() ?? [];
  return hits.sort((a, b) => Number(b.layout === prefer) - Number(a.layout === prefer));
}

/** The column header as printed, levels from top to bottom joined with "/" (CSV `column`). */
export function columnLabel(col: ColumnSchema): string {
  return col.header.join('/');
}

export function getColumn(schema: TableSchema, id: string): ColumnSchema | undefined {
  return schema.columns.find((c) => c.id === id);
}

export function getLine(schema: TableSchema, key: string): LineSchema | undefined {
  return schema.lines.find((l) => l.key === key);
}

/** Columns a line may carry: its own list, else every column of its side (or all). */
export function lineColumns(schema: TableSchema, line: LineSchema): ColumnSchema[] {
  if (line.columns) return schema.columns.filter((c) => line.columns?.includes(c.id));
  return schema.columns.filter((c) => !c.side || !line.side || c.side === line.side);
}

/**
 * The 决算 t06 as it prints: side-by-side blocks of 科目编码 | 科目名称 | one amount, 人员经费合计 and 公用经费合计 as
 * lines (layout capability `economicBlocks`). A 预算's 基本支出 table (合计 | 人员经费 | 公用经费 as columns, or one
 * 金额 column without those lines) prints as an ordinary code table.
 */
export function printsAsEconomicBlocks(schema: TableSchema): boolean {
  return (
    schema.table === 't06' &&
    schema.rows === 'economic' &&
    schema.columns.length === 1 &&
    schema.lines.some((l) => l.key === 'personnel')
  );
}
