import { audit } from './audit.js';
import type { Db } from './types.js';

export type ItemStatus = '排队中' | '处理中' | '完成' | '失败';

export interface BatchItem {
  readonly id: number;
  readonly file: string;
  readonly status: ItemStatus;
  readonly progress: number;
  readonly document: number | null;
  readonly version: number | null;
  readonly error: string | null;
}

/** A batch of uploads, their bytes kept until each is imported. */
export async function createBatch(
  db: Db,
  userId: number | null,
  files: readonly { name: string; bytes: Uint8Array }[],
  publish = false,
): Promise<{ batchId: number; itemIds: number[] }> {
  const batch = await db
    .insertInto('batches')
    .values({ user_id: userId, total: files.length, publish })
    .returning('id')
    .executeTakeFirstOrThrow();
  const items = await db
    .insertInto('batch_items')
    .values(
      files.map((f) => ({ batch_id: batch.id, file_name: f.name, source: f.bytes, status: '排队中', progress: 0 })),
    )
    .returning('id')
    .execute();
  await audit(db, {
    userId,
    action: 'batch.create',
    target: `batches/${batch.id}`,
    detail: { files: files.map((f) => f.name) },
  });
  return { batchId: batch.id, itemIds: items.map((i) => i.id) };
}

export async function batchItemSource(
  db: Db,
  itemId: number,
): Promise<
  | {
      batchId: number;
      file: string;
      bytes: Uint8Array;
      userId: number | null;
      status: ItemStatus;
      publish: boolean;
    }
  | undefined
> {
  const row = await db
    .selectFrom('batch_items as i')
    .innerJoin('batches as b', 'b.id', 'i.batch_id')
    .select(['i.batch_id', 'i.file_name', 'i.source', 'i.status', 'b.user_id', 'b.publish'])
    .where('i.id', '=', itemId)
    .executeTakeFirst();
  return (
    row && {
      batchId: row.batch_id,
      file: row.file_name,
      bytes: row.source,
      userId: row.user_id,
      status: row.status as ItemStatus,
      publish: row.publish,
    }
  );
}

export async function updateBatchItem(
  db: Db,
  itemId: number,
  change: { status: ItemStatus; progress: number; versionId?: number | null; error?: string | null },
): Promise<void> {
  await db
    .updateTable('batch_items')
    .set({
      status: change.status,
      progress: change.progress,
      ...(change.versionId !== undefined ? { version_id: change.versionId } : {}),
      ...(change.error !== undefined ? { error: change.error } : {}),
      updated_at: new Date(),
    })
    .where('id', '=', itemId)
    .execute();
}

export async function getBatch(
  db: Db,
  batchId: number,
): Promise<{ id: number; total: number; createdAt: Date; items: BatchItem[] } | undefined> {
  const batch = await db.selectFrom('batches').selectAll().where('id', '=', batchId).executeTakeFirst();
  if (!batch) return undefined;
  const items = await db
    .selectFrom('batch_items as i')
    .leftJoin('versions as v', 'v.id', 'i.version_id')
    .select(['i.id', 'i.file_name', 'i.status', 'i.progress', 'i.error', 'v.disclosure_id', 'v.number'])
    .where('i.batch_id', '=', batchId)
    .orderBy('i.id')
    .execute();
  return {
    id: batch.id,
    total: batch.total,
    createdAt: batch.created_at,
    items: items.map((i) => ({
      id: i.id,
      file: i.file_name,
      status: i.status as ItemStatus,
      progress: i.progress,
      document: i.disclosure_id ?? null,
      version: i.number ?? null,
      error: i.error,
    })),
  };
}

/** Items a crash left queued or half-processed, to queue again on start. */
export async function unfinishedItems(db: Db): Promise<number[]> {
  const rows = await db
    .selectFrom('batch_items')
    .select('id')
    .where('status', 'in', ['排队中', '处理中'])
    .orderBy('id')
    .execute();
  return rows.map((r) => r.id);
}
