import { readdir, readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { storeUpload, UploadError, WorkError, type ImportLimits, type WorkerPool } from '../jobs/index.js';
import type { Store } from '../store/index.js';
import { isJuesuanError } from '../model/errors.js';

/** The package's samples/ folder (the same relative place from src/server and dist/server). */
export const SAMPLES_DIR = fileURLToPath(new URL('../../samples/', import.meta.url));

/**
 * One disclosure published as several files is kept in a folder under one stem with a role suffix —
 * `<stem>-narrative.pdf` + `<stem>-tables.pdf` (or 说明/报表) — and loaded as one upload: the narrative (it has the
 * cover) as the document, the tables as its part. Every other file is a document of its own. In name order.
 */
export function groupSampleFiles(names: readonly string[]): { file: string; parts: string[] }[] {
  const ROLE = /^(.+)-(narrative|tables|说明|报表)(\.[a-z]+)$/i;
  const first = (role: string) => /^(narrative|说明)$/i.test(role);
  const byStem = new Map<string, { file: string; role: string }[]>();
  for (const n of names) {
    const m = ROLE.exec(n);
    if (m) byStem.set(m[1]!, [...(byStem.get(m[1]!) ?? []), { file: n, role: m[2]! }]);
  }
  const out: { file: string; parts: string[] }[] = [];
  const done = new Set<string>();
  for (const n of [...names].sort()) {
    if (done.has(n)) continue;
    const m = ROLE.exec(n);
    const group = m ? byStem.get(m[1]!) : undefined;
    if (!group || group.length < 2) {
      out.push({ file: n, parts: [] });
      continue;
    }
    const ordered = [...group].sort(
      (a, b) => Number(first(b.role)) - Number(first(a.role)) || (a.file < b.file ? -1 : 1),
    );
    for (const g of ordered) done.add(g.file);
    out.push({ file: ordered[0]!.file, parts: ordered.slice(1).map((g) => g.file) });
  }
  return out;
}

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
  for (const { file: name, parts } of groupSampleFiles(names)) {
    const bytes = await readFile(`${dir}/${name}`);
    const label = [name, ...parts].join(' + ');
    try {
      const r = await storeUpload(deps, {
        file: name,
        bytes,
        parts: await Promise.all(parts.map(async (p) => ({ file: p, bytes: await readFile(`${dir}/${p}`) }))),
        user: 'system',
        overrides: { publish: true },
      });
      onLoaded(label, r.stored.disclosureId, r.stored.number);
      loaded++;
    } catch (e) {
      // A sample this version cannot read yet must not keep the server from starting: say so and go on.
      if (!(e instanceof UploadError || (e instanceof WorkError && e.code !== 'internal') || isJuesuanError(e)))
        throw e;
      onSkipped(label, e.message);
    }
  }
  return loaded;
}
