import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENGINES } from '../../test/store-engines.js';
import { openStore, type NewVersion, type Store, type StoreLocation } from './index.js';

function upload(over: Partial<NewVersion> = {}): NewVersion {
  return {
    organisation: { name: '海东市人力资源和社会保障局', region: '海东市', kind: '部门' },
    year: 2024,
    kind: '决算',
    scope: '部门',
    file: { name: 'a.txt', mediaType: 'text/plain', bytes: new Uint8Array([0, 1, 2, 255]), sha256: 'abc' },
    document: '{"format":"juesuan/disclosure@1"}\n',
    report: '{"findings":[]}\n',
    summary: { error: 1, warning: 1, info: 0 },
    findings: [
      { fingerprint: 'f-sum', ruleId: 'sum/total', severity: 'error', message: '合计不符' },
      { fingerprint: 'f-word', ruleId: 'narrative/direction-word', severity: 'warning', message: '方向词不符' },
    ],
    userId: null,
    publish: true, // drafts are tested on their own below
    ...over,
  };
}

describe.each(ENGINES)('store on $name', (engine) => {
  let location: StoreLocation;
  let drop: () => Promise<void>;
  let store: Store;

  beforeAll(async () => {
    ({ location, drop } = await engine.create());
    store = await openStore(location);
  }, 180_000);
  afterAll(async () => {
    await store?.close();
    await drop?.();
  });

  it('stores an upload as version 1 and the same organisation/year/kind again as version 2', async () => {
    const v1 = await store.addVersion(upload());
    const v2 = await store.addVersion(upload());
    expect(v1.number).toBe(1);
    expect(v2).toMatchObject({ disclosureId: v1.disclosureId, number: 2 });
    const other = await store.addVersion(upload({ kind: '预算' }));
    expect(other.disclosureId).not.toBe(v1.disclosureId);
    const versions = await store.listVersions(v1.disclosureId);
    expect(versions.map((v) => v.number)).toEqual([1, 2]);
  });

  it('keeps the source bytes, sha256, document and report exactly', async () => {
    const bytes = new Uint8Array(70_000).map((_, i) => (i * 7) % 256);
    const v = await store.addVersion(
      upload({
        organisation: { name: '字节局', kind: '单位' },
        scope: '单位',
        file: { name: '字节.pdf', mediaType: 'application/pdf', bytes, sha256: 'f00' },
      }),
    );
    const got = await store.getVersion(v.disclosureId, v.number, ['source', 'document', 'report']);
    expect(Buffer.from(got!.source).equals(Buffer.from(bytes))).toBe(true);
    expect(got).toMatchObject({
      sha256: 'f00',
      size: 70_000,
      fileName: '字节.pdf',
      document: upload().document,
      report: upload().report,
    });
    expect(got!.summary).toEqual({ error: 1, warning: 1, info: 0 });
  });

  it('carries review states to the next version by fingerprint, only for findings still present', async () => {
    const org = { name: '审核局', region: '某区', kind: '部门' as const };
    const v1 = await store.addVersion(upload({ organisation: org }));
    expect(
      await store.reviewFinding({
        versionId: v1.versionId,
        target: 't',
        fingerprint: 'f-sum',
        state: '误报',
        note: '四舍五入',
        userId: null,
      }),
    ).toBe(true);
    expect(
      await store.reviewFinding({
        versionId: v1.versionId,
        target: 't',
        fingerprint: 'f-word',
        state: '已确认',
        note: null,
        userId: null,
      }),
    ).toBe(true);
    expect(
      await store.reviewFinding({
        versionId: v1.versionId,
        target: 't',
        fingerprint: 'nope',
        state: '已确认',
        note: null,
        userId: null,
      }),
    ).toBe(false);
    const v2 = await store.addVersion(
      upload({
        organisation: org,
        findings: [
          { fingerprint: 'f-sum', ruleId: 'sum/total', severity: 'error', message: '合计不符' },
          { fingerprint: 'f-new', ruleId: 'x', severity: 'info', message: '新' },
        ],
      }),
    );
    expect(v2.carried).toBe(1);
    const reviews = await store.findingReviews(v2.versionId);
    expect(reviews.map((r) => [r.fingerprint, r.state, r.note, r.carriedFrom])).toEqual([
      ['f-sum', '误报', '四舍五入', 1],
      ['f-new', '待处理', null, null],
    ]);
    // The first version keeps its own history.
    expect((await store.findingReviews(v1.versionId)).map((r) => r.state)).toEqual(['误报', '已确认']);
  });

  it('lists disclosures with filters and paging, and the organisation tree', async () => {
    const all = await store.listDisclosures({ limit: 100, offset: 0 });
    expect(all.total).toBe(4);
    const haidong = await store.listDisclosures({ region: '海东市', limit: 100, offset: 0 });
    expect(haidong.items.map((d) => [d.kind, d.versions])).toEqual([
      ['决算', 2],
      ['预算', 1],
    ]);
    const page = await store.listDisclosures({ limit: 1, offset: 1 });
    expect(page).toMatchObject({ total: 4 });
    expect(page.items).toHaveLength(1);
    expect((await store.listDisclosures({ year: 2023, limit: 10, offset: 0 })).total).toBe(0);
    const tree = await store.organisationTree();
    expect(tree.map((o) => o.name).sort()).toEqual(['字节局', '审核局', '海东市人力资源和社会保障局'].sort());
  });

  it('logs every write in the audit log', async () => {
    const log = await store.auditLog(100);
    expect(log.filter((e) => e.action === 'version.create')).toHaveLength(6);
    expect(log.filter((e) => e.action === 'finding.review')).toHaveLength(2);
  });

  it('users and tokens: a token finds its user', async () => {
    const u = await store.createUser({ name: '编制甲', role: '编制人', organisation: '审核局' });
    await store.addToken(u.id, 'hash-1');
    expect(await store.userByTokenHash('hash-1')).toEqual(u);
    expect(await store.userByTokenHash('hash-2')).toBeUndefined();
    await expect(store.createUser({ name: '编制甲', role: '编制人' })).rejects.toThrow();
  });

  it('concurrent uploads of one disclosure get consecutive version numbers', async () => {
    const org = { name: '并发局', kind: '部门' as const };
    const stored = await Promise.all(Array.from({ length: 6 }, () => store.addVersion(upload({ organisation: org }))));
    expect(stored.map((s) => s.number).sort((a, b) => a - b)).toEqual([1, 2, 3, 4, 5, 6]);
  });

  it('reopening keeps everything', async () => {
    await store.close();
    store = await openStore(location);
    expect((await store.listDisclosures({ limit: 100, offset: 0 })).total).toBe(5);
    expect(await store.userByTokenHash('hash-1')).toMatchObject({ name: '编制甲' });
  });

  it('a draft is seen only by its organisation, its region or everyone-seeing readers; publishing shows it', async () => {
    const org = { name: '草稿局', region: '草稿市', kind: '部门' as const };
    const v = await store.addVersion(upload({ organisation: org, publish: false }));
    expect(await store.getVersion(v.disclosureId, undefined, [])).toBeUndefined();
    expect(await store.getDisclosure(v.disclosureId)).toBeUndefined();
    expect((await store.listDisclosures({ organisation: '草稿局', limit: 10, offset: 0 })).total).toBe(0);
    expect((await store.getVersion(v.disclosureId, undefined, [], { organisation: '草稿局' }))?.number).toBe(1);
    expect((await store.getVersion(v.disclosureId, undefined, [], { region: '草稿市' }))?.number).toBe(1);
    expect(await store.getVersion(v.disclosureId, undefined, [], { organisation: '别的局' })).toBeUndefined();
    const all = await store.getDisclosure(v.disclosureId, { all: true });
    expect(all?.latest).toMatchObject({ number: 1, published: false });
    const at = await store.publishVersion({ disclosureId: v.disclosureId, number: 1, userId: null });
    expect(at).toBeInstanceOf(Date);
    expect(await store.publishVersion({ disclosureId: v.disclosureId, number: 1, userId: null })).toEqual(at);
    expect(await store.publishVersion({ disclosureId: v.disclosureId, number: 7, userId: null })).toBe(false);
    expect((await store.getVersion(v.disclosureId, undefined, []))?.publishedAt).toEqual(at);
    // A newer draft does not hide the published version from the public.
    await store.addVersion(upload({ organisation: org, publish: false }));
    expect((await store.getDisclosure(v.disclosureId))?.latest.number).toBe(1);
    expect((await store.getDisclosure(v.disclosureId, { organisation: '草稿局' }))?.latest.number).toBe(2);
    expect((await store.listVersions(v.disclosureId)).map((x) => x.number)).toEqual([1]);
    expect((await store.auditLog(5)).some((e) => e.action === 'version.publish')).toBe(true);
  });
});
