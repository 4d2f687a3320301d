import type { Store, User } from '../store/index.js';
import type { ImportLimits } from './core.js';
import type { WorkerPool } from './pool.js';
import { storeUpload, UploadError } from './upload.js';

/**
 * One job: import, check and store one file of a batch, recording progress on the item (10 % started, 100 %
 * stored) and a Chinese reason when it fails. Idempotent: an item already done is skipped.
 */
export async function processBatchItem(
  deps: { readonly store: Store; readonly pool: WorkerPool; readonly limits?: ImportLimits },
  itemId: number,
  userOf: (userId: number | null) => Promise<User | undefined>,
): Promise<void> {
  const item = await deps.store.batchItemSource(itemId);
  if (!item || item.status === '完成' || item.status === '失败') return;
  await deps.store.updateBatchItem(itemId, { status: '处理中', progress: 10 });
  try {
    await storeUpload(deps, {
      file: item.file,
      bytes: item.bytes,
      user: await userOf(item.userId),
      batchItemId: itemId,
      overrides: { publish: item.publish },
    });
  } catch (e) {
    const message = e instanceof UploadError ? e.message : `内部错误：${e instanceof Error ? e.message : String(e)}`;
    await deps.store.updateBatchItem(itemId, { status: '失败', progress: 100, error: message });
  }
}
