import { crossCheckReport, withFingerprints } from './core.js';
import type { Disclosure } from '../model/disclosure.js';
import { EVERYTHING, type DisclosureKind, type Scope, type Store } from '../store/index.js';
import { asStoredDocument, storedIdentity, storeLookup } from './related.js';

/** Who a newly stored disclosure is: organisation (name, region), year, kind, scope. */
export interface StoredIdentity {
  readonly disclosureId: number;
  readonly versionId: number;
  readonly organisation: string;
  readonly region: string | null;
  readonly year: number;
  readonly kind: DisclosureKind;
  readonly scope: Scope;
}

/**
 * The stored disclosures the new one is a related document OF: next year's of the same kind (its "比上年"), the
 * same year's 决算 (for a 预算: its 年初预算), next year's 预算 (for a 决算: its "比上年执行数"), and the 部门 of a 单位.
 */
async function dependents(store: Store, s: StoredIdentity): Promise<number[]> {
  const same = { organisation: s.organisation, region: s.region ?? undefined, scope: s.scope };
  const ids = [
    await store.findDisclosureId({ ...same, year: s.year + 1, kind: s.kind }),
    s.kind === '预算'
      ? await store.findDisclosureId({ ...same, year: s.year, kind: '决算' })
      : await store.findDisclosureId({ ...same, year: s.year + 1, kind: '预算' }),
  ];
  if (s.scope === '单位') {
    const own = await store.getDisclosure(s.disclosureId, EVERYTHING);
    const parent = own && (await store.getOrganisation(own.organisationId))?.parentId;
    if (parent) {
      ids.push(await store.findDisclosureId({ organisationId: parent, year: s.year, kind: s.kind, scope: '部门' }));
    }
  }
  return [...new Set(ids.filter((id): id is number => id !== undefined && id !== s.disclosureId))];
}

interface Report {
  findings: { ruleId: string; fingerprint?: string }[];
  summary: { related?: unknown };
}

/** The report without what the cross-document checks added (they are computed afresh). */
function ownReport(report: string): string {
  const r = JSON.parse(report) as Report;
  const { related: _related, ...summary } = r.summary;
  return JSON.stringify({ ...r, summary, findings: r.findings.filter((f) => !f.ruleId.startsWith('related/')) });
}

/** What a report says across documents: its related summary and the fingerprints of its cross findings. */
function acrossOf(report: string): string {
  const r = JSON.parse(report) as Report;
  const cross = r.findings.filter((f) => f.ruleId.startsWith('related/')).map((f) => f.fingerprint);
  return JSON.stringify([r.summary.related ?? [], cross.sort()]);
}

/**
 * Checks again, against everything the store now holds, the latest versions of the disclosures the newly stored
 * one relates to, so the order of uploads does not matter: a 2024 决算 stored after the 2025 预算 that cites it
 * still has the 预算's "比2024年执行数" sentences compared. A recheck is stored only when its cross-document result
 * differs. Returns how many versions were rechecked.
 */
export async function recheckDependents(store: Store, s: StoredIdentity): Promise<number> {
  let n = 0;
  for (const id of await dependents(store, s)) {
    const v = await store.getVersion(id, undefined, ['document', 'report'], EVERYTHING);
    if (!v) continue;
    const d = await store.getDisclosure(id, EVERYTHING);
    if (!d) continue;
    const doc = asStoredDocument(JSON.parse(v.document) as Disclosure, storedIdentity(d));
    const r = await crossCheckReport(doc, ownReport(v.report), storeLookup(store));
    if (acrossOf(r.report) === acrossOf(v.report)) continue;
    await store.addRecheck({
      versionId: v.id,
      triggerVersionId: s.versionId,
      report: r.report,
      summary: r.summary,
      findings: withFingerprints(r.findings).map((f) => ({
        fingerprint: f.fingerprint,
        ruleId: f.ruleId,
        severity: f.severity,
        message: f.message,
      })),
      target: `documents/${id}/versions/${v.number}`,
    });
    n++;
  }
  return n;
}
