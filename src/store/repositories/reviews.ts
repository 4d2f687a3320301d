import { audit } from './audit.js';
import type { Db, ReviewState } from './types.js';

export interface FindingReview {
  readonly fingerprint: string;
  readonly ruleId: string;
  readonly severity: string;
  readonly message: string;
  readonly state: ReviewState;
  readonly note: string | null;
  readonly reviewedBy: string | null;
  readonly reviewedAt: Date | null;
  /** Version number the state was carried from, when it was. */
  readonly carriedFrom: number | null;
}

/** The findings of a version with their current review state (待处理 when nobody has reviewed them). */
export async function findingReviews(db: Db, versionId: number): Promise<FindingReview[]> {
  const latest = db
    .selectFrom('reviews as r')
    .leftJoin('users as u', 'u.id', 'r.user_id')
    .leftJoin('versions as cv', 'cv.id', 'r.carried_from')
    .where('r.version_id', '=', versionId)
    .distinctOn('r.fingerprint')
    .select(['r.fingerprint', 'r.state', 'r.note', 'r.created_at', 'u.name as reviewer', 'cv.number as carried_number'])
    .orderBy('r.fingerprint')
    .orderBy('r.id', 'desc')
    .as('lr');
  const rows = await db
    .selectFrom('findings as f')
    .leftJoin(latest, 'lr.fingerprint', 'f.fingerprint')
    .select([
      'f.fingerprint',
      'f.rule_id',
      'f.severity',
      'f.message',
      'lr.state',
      'lr.note',
      'lr.reviewer',
      'lr.created_at',
      'lr.carried_number',
    ])
    .where('f.version_id', '=', versionId)
    .orderBy('f.id')
    .execute();
  return rows.map((r) => ({
    fingerprint: r.fingerprint,
    ruleId: r.rule_id,
    severity: r.severity,
    message: r.message,
    state: (r.state ?? '待处理') as ReviewState,
    note: r.note ?? null,
    reviewedBy: r.reviewer ?? null,
    reviewedAt: r.created_at ?? null,
    carriedFrom: r.carried_number ?? null,
  }));
}

/** Records a review of one finding of one version (append-only: the history stays). False if there is no such finding. */
export async function reviewFinding(
  db: Db,
  r: {
    versionId: number;
    target: string;
    fingerprint: string;
    state: ReviewState;
    note: string | null;
    userId: number | null;
  },
): Promise<boolean> {
  const finding = await db
    .selectFrom('findings')
    .select('id')
    .where('version_id', '=', r.versionId)
    .where('fingerprint', '=', r.fingerprint)
    .executeTakeFirst();
  if (!finding) return false;
  await db
    .insertInto('reviews')
    .values({ version_id: r.versionId, fingerprint: r.fingerprint, state: r.state, note: r.note, user_id: r.userId })
    .execute();
  await audit(db, {
    userId: r.userId,
    action: 'finding.review',
    target: r.target,
    detail: { fingerprint: r.fingerprint, state: r.state, note: r.note },
  });
  return true;
}
