import { sql, type RawBuilder } from 'kysely';
import type { Visibility } from './types.js';

/**
 * The SQL condition "this version is visible": published, or a draft of the reader's organisation or region.
 * `version` and `organisation` are the aliases of the versions and organisations tables in the query.
 */
export function visibleVersion(v: Visibility, version: string, organisation: string): RawBuilder<boolean> {
  if (v.all) return sql<boolean>`true`;
  const parts = [sql`exists (select 1 from publications pub where pub.version_id = ${sql.ref(`${version}.id`)})`];
  if (v.organisation) parts.push(sql`${sql.ref(`${organisation}.name`)} = ${v.organisation}`);
  if (v.region) parts.push(sql`${sql.ref(`${organisation}.region`)} = ${v.region}`);
  return sql<boolean>`(${sql.join(parts, sql` or `)})`;
}
