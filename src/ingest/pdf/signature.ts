import type { Layout } from '../../model/disclosure.js';
import { schemasToMatch, type TableSchema } from '../../model/schemas/index.js';
import { squash } from '../../model/concepts/text.js';
import type { Grid } from './grid.js';
import type { LocatedTable } from './table-rows.js';

/** The text of a grid's first rows, for matching header words. */
function headerText(grid: Grid): string {
  return squash(
    grid.rows
      .slice(0, 5)
      .flatMap((r) => r.map((c) => c.text))
      .join(''),
  ).replace(/["＂“”]/g, '“');
}

export function signatureFits(grid: Grid, schema: TableSchema): boolean {
  const header = headerText(grid);
  return schema.signature.length > 0 && schema.signature.every((w) => header.includes(squash(w)));
}

/** An unseen table printed with the same header words (t07 and t08): a repeated header then starts it. */
export function hasTwin(schema: TableSchema, layout: Layout, located: readonly LocatedTable[]): boolean {
  const key = (s: TableSchema) => [...s.signature].sort().join('|');
  return schemasToMatch(layout).some(
    (s) => s.table !== schema.table && key(s) === key(schema) && !located.some((t) => t.schema.table === s.table),
  );
}

/**
 * The schema whose header words (signature) all appear in the first rows of an untitled grid; among several, the
 * most specific signature, then the first position after the tables already found (t07 and t08 look alike).
 */
export function schemaBySignature(
  grid: Grid,
  layout: Layout,
  located: readonly LocatedTable[],
): TableSchema | undefined {
  const header = headerText(grid);
  const found = new Set(located.map((t) => t.schema.table));
  const after = Math.max(0, ...located.map((t) => t.schema.position));
  const fits = schemasToMatch(layout).filter(
    (s) => !found.has(s.table) && s.signature.length > 0 && s.signature.every((w) => header.includes(squash(w))),
  );
  fits.sort(
    (a, b) =>
      b.signature.length - a.signature.length ||
      Number(a.position <= after) - Number(b.position <= after) ||
      a.position - b.position,
  );
  return fits[0];
}
