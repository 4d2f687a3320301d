import { readdir, readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { storeUpload, UploadError, WorkError, type ImportLimits, type WorkerPool } from '../jobs/index.js';
import type { Store } from '../store/index.js';
import { isJuesuanError } from '../model/errors.js';

/** The package's samples/ folder (the same relative place from src/server and dist/server). */
export const SAMPLES_DIR = fileURLToPath(new URL('../../samples/', import.meta.url));

/**
 * Loads every sample document as organisations, years and kinds, once: on the first start of an empty store.
 * Returns what was loaded, in order, for the start-up message.
 */
export async function loadSamples(
  deps: { store: Store; pool: WorkerPool; limits?: ImportLimits },
  onLoaded: (file: string, id: number, version: number) => void = () => undefined,
  dir = SAMPLES_DIR,
  onSkipped: (file: string, reason: string) => void = () => undefined,
): Promise<number> {
  const names = (await readdir(dir)).filter((n) => /\.(txt|pdf|json|xlsx|docx)$/i.test(n)).sort();
  let loaded = 0;
  for (const name of names) {
    const bytes = await readFile(`${dir}/${name}`);
    try {
      const r = await storeUpload(deps, { file: name, bytes, user: 'system', overrides: { publish: true } });
      onLoaded(name, r.stored.disclosureId, r.stored.number);
      loaded++;
    } catch (e) {
      // A sample this version cannot read yet must not keep the server from starting: say so and go on.
      if (!(e instanceof UploadError || (e instanceof WorkError && e.code !== 'internal') || isJuesuanError(e)))
        throw e;
      onSkipped(name, e.message);
    }
  }
  return loaded;
}
