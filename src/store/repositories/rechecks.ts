import { sql, type RawBuilder } from 'kysely';
import { audit } from './audit.js';
import type { Db, Summary } from './types.js';

/**
 * A version's current check: its newest recheck when a related disclosure arrived after it, else the check it was
 * stored with. These expressions read it inside any query over `versions as v`.
 */
function latest<T>(column: 'report' | 'errors' | 'warnings' | 'infos' | 'id', fallback: RawBuilder<T>): RawBuilder<T> {
  return sql<T>`coalesce((select r.${sql.ref(column)} from rechecks r where r.version_id = v.id order by r.id desc limit 1), ${fallback})`;
}

export const CURRENT_CHECK_COLUMNS = [
  latest<number>('errors', sql`v.errors`).as('errors'),
  latest<number>('warnings', sql`v.warnings`).as('warnings'),
  latest<number>('infos', sql`v.infos`).as('infos'),
  // 0 when never rechecked: callers key caches of the report by it.
  latest<number>('id', sql`0`).as('recheck'),
] as const;

export const currentReport = () => latest<string>('report', sql`v.report`).as('report');

export interface NewRecheck {
  readonly versionId: number;
  readonly triggerVersionId: number | null;
  readonly report: string;
  readonly summary: Summary;
  /** The findings of the new report (own and cross); those the version did not have yet are added. */
  readonly findings: readonly { fingerprint: string; ruleId: string; severity: string; message: string }[];
  readonly target: string;
}

/** Stores a recheck and the findings it adds, in the caller's transaction. Audited. */
export async function addRecheck(db: Db, r: NewRecheck): Promise<void> {
  await db
    .insertInto('rechecks')
    .values({
      version_id: r.versionId,
      trigger_version_id: r.triggerVersionId,
      report: r.report,
      errors: r.summary.error,
      warnings: r.summary.warning,
      infos: r.summary.info,
    })
    .execute();
  const unique = new Map(r.findings.map((f) => [f.fingerprint, f]));
  if (unique.size > 0) {
    await db
      .insertInto('findings')
      .values(
        [...unique.values()].map((f) => ({
          version_id: r.versionId,
          fingerprint: f.fingerprint,
          rule_id: f.ruleId,
          severity: f.severity,
          message: f.message,
        })),
      )
      .onConflict((oc) => oc.columns(['version_id', 'fingerprint']).doNothing())
      .execute();
  }
  await audit(db, {
    userId: null,
    action: 'version.recheck',
    target: r.target,
    detail: { trigger: r.triggerVersionId, ...r.summary },
  });
}
