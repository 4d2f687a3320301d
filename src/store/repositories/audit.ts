import type { Db } from './types.js';

/** Every write is logged in the same transaction as the write itself. */
export async function audit(
  db: Db,
  entry: { userId: number | null; action: string; target: string; detail?: unknown },
): Promise<void> {
  await db
    .insertInto('audit_log')
    .values({
      user_id: entry.userId,
      action: entry.action,
      target: entry.target,
      detail: entry.detail === undefined ? null : JSON.stringify(entry.detail),
    })
    .execute();
}

export interface AuditEntry {
  readonly id: number;
  readonly userId: number | null;
  readonly action: string;
  readonly target: string;
  readonly detail: string | null;
  readonly at: Date;
}

export async function auditLog(db: Db, limit = 100): Promise<AuditEntry[]> {
  const rows = await db.selectFrom('audit_log').selectAll().orderBy('id', 'desc').limit(limit).execute();
  return rows.map((r) => ({
    id: r.id,
    userId: r.user_id,
    action: r.action,
    target: r.target,
    detail: r.detail,
    at: r.created_at,
  }));
}
