import type { RelatedLookup, StoredDocument } from './core.js';
import type { Disclosure } from '../model/disclosure.js';
import { EVERYTHING, type Store } from '../store/index.js';

/**
 * The store as the application core's RelatedLookup: the latest version of a related disclosure (drafts
 * included: the uploader compares against what their organisation holds), and a 部门's 单位 when all are stored.
 */
export function storeLookup(store: Store): RelatedLookup {
  const latest = async (id: number): Promise<StoredDocument | undefined> => {
    const v = await store.getVersion(id, undefined, ['document'], EVERYTHING);
    return (
      v && { doc: JSON.parse(v.document) as Disclosure, version: v.number, source: `文档 ${id} 第 ${v.number} 版` }
    );
  };
  return {
    async find(q) {
      const id = await store.findDisclosureId(q);
      return id === undefined ? undefined : latest(id);
    },
    async units(q) {
      const out: StoredDocument[] = [];
      for (const name of q.names) {
        const id = await store.findDisclosureId({
          organisation: name,
          region: q.region,
          year: q.year,
          kind: q.kind,
          scope: '单位',
        });
        const doc = id === undefined ? undefined : await latest(id);
        if (!doc) return undefined; // not every 单位 is stored: no comparison
        out.push(doc);
      }
      return out;
    },
  };
}
