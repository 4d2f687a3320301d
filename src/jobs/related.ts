import type { RelatedLookup, StoredDocument } from './core.js';
import type { Disclosure } from '../model/disclosure.js';
import { EVERYTHING, type DisclosureInfo, type DisclosureKind, type Scope, type Store } from '../store/index.js';

/**
 * The store as the application core's RelatedLookup: the latest version of a related disclosure (drafts
 * included: the uploader compares against what their organisation holds), and a 部门's 单位 when all are stored.
 */
export function storeLookup(store: Store): RelatedLookup {
  // The document as stored: under its stored identity (an uploader may have overridden what was read).
  const latest = async (id: number): Promise<StoredDocument | undefined> => {
    const v = await store.getVersion(id, undefined, ['document'], EVERYTHING);
    const d = v && (await store.getDisclosure(id, EVERYTHING));
    if (!v || !d) return undefined;
    const doc = asStoredDocument(JSON.parse(v.document) as Disclosure, storedIdentity(d));
    return { doc, version: v.number, source: `文档 ${id} 第 ${v.number} 版` };
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

/** The identity a stored disclosure is kept under (organisation, region, year, kind, scope). */
export function storedIdentity(d: DisclosureInfo): {
  organisation: string;
  region: string | null;
  year: number;
  kind: DisclosureKind;
  scope: Scope;
} {
  return {
    organisation: d.organisation,
    region: d.region,
    year: d.year,
    kind: d.kind as DisclosureKind,
    scope: d.scope as Scope,
  };
}

/** The document under the identity it is stored as (the uploader's overrides applied), for the cross checks. */
export function asStoredDocument(
  doc: Disclosure,
  id: { organisation: string; region: string | null | undefined; year: number; kind: DisclosureKind; scope: Scope },
): Disclosure {
  const { region: _region, ...meta } = doc.meta;
  return {
    ...doc,
    meta: {
      ...meta,
      name: id.organisation,
      ...(id.region ? { region: id.region } : {}),
      fiscalYear: id.year,
      documentKind: id.kind,
      kind: id.scope,
    },
  };
}
