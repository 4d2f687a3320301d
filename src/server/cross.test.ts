/**
 * The store across documents: drafts and publication, the 部门 → 单位 tree, checks against related stored
 * disclosures at upload, and the open-data export — on every engine (PGlite; PostgreSQL under .ci/run).
 */
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { validatePackage } from '../../test/datapackage.js';
import { cloneDoc, parsedSeed } from '../../test/seed.js';
import { addTestUsers, multipart, startApp, type Running, type Tokens } from '../../test/server-harness.js';
import { ENGINES } from '../../test/store-engines.js';
import type { Disclosure } from '../model/disclosure.js';
import { parseAmount } from '../model/money.js';
import type { StoreLocation } from '../store/index.js';

const HAIDONG = '海东市人力资源和社会保障局';
const UNIT = '海东市人事考试中心';
const auth = (token: string) => ({ authorization: `Bearer ${token}` });

type Mutable<T> = { -readonly [K in keyof T]: Mutable<T[K]> };

/** The seed as another year, scope or organisation, with a cell set (canonical JSON, uploaded as .json). */
function variant(meta: Partial<Disclosure['meta']>, edit: (d: Mutable<Disclosure>) => void = () => undefined): string {
  const d = cloneDoc(parsedSeed()) as Mutable<Disclosure>;
  Object.assign(d.meta, meta);
  edit(d);
  return JSON.stringify(d);
}

function setCell(d: Mutable<Disclosure>, table: string, rowKey: string, column: string, text: string): void {
  const row = d.tables.find((t) => t.id === table)!.rows.find((r) => r.key === rowKey)!;
  row.cells[column] = { column, raw: text, value: { kind: 'amount', amount: parseAmount(text)! } };
}

describe.each(ENGINES)('across documents on $name', (engine) => {
  let location: StoreLocation;
  let drop: () => Promise<void>;
  let server: Running;
  let tokens: Tokens;

  async function upload(token: string | undefined, name: string, text: string, fields: Record<string, string> = {}) {
    const form = multipart([{ name, bytes: text }], fields);
    return server.app.inject({
      method: 'POST',
      url: '/api/documents',
      payload: form.payload,
      headers: { ...form.headers, ...(token ? auth(token) : {}) },
    });
  }
  const get = (url: string, token?: string) => server.app.inject({ url, headers: token ? auth(token) : {} });

  beforeAll(async () => {
    ({ location, drop } = await engine.create());
    server = await startApp(location);
    tokens = await addTestUsers(server.store);
  }, 180_000);
  afterAll(async () => {
    await server?.close();
    await drop?.();
  });

  let draftId: number;
  let seedId: number;

  it('an upload is a draft: the public does not see it, its 编制人 and the region’s 审核人 do', async () => {
    const res = await upload(tokens.haidongPreparer, 'haidong-2023.json', variant({ fiscalYear: 2023 }));
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({ year: 2023, published: false });
    draftId = res.json().id;
    expect((await get(`/api/documents/${draftId}`)).statusCode).toBe(404);
    expect((await get(`/api/documents/${draftId}/findings`)).statusCode).toBe(404);
    expect((await get(`/api/documents/${draftId}/source`)).statusCode).toBe(404);
    expect((await get('/api/documents')).json().total).toBe(0);
    expect((await get(`/api/documents/${draftId}`, tokens.publicUser)).statusCode).toBe(404);
    expect((await get(`/api/documents/${draftId}`, tokens.putuoPreparer)).statusCode).toBe(404);
    expect((await get(`/api/documents/${draftId}`, tokens.haidongPreparer)).statusCode).toBe(200);
    expect((await get(`/api/documents/${draftId}`, tokens.haidongReviewer)).statusCode).toBe(200);
    const mine = (await get('/api/documents', tokens.haidongPreparer)).json();
    expect(mine.items[0].latest.published).toBe(false);
  });

  it('publishing: none → 401, 审核人 → 403, 编制人 of another organisation → 403; its own 编制人 publishes', async () => {
    const url = `/api/documents/${draftId}/versions/1/publish`;
    expect((await server.app.inject({ method: 'POST', url })).statusCode).toBe(401);
    const reviewer = await server.app.inject({ method: 'POST', url, headers: auth(tokens.haidongReviewer) });
    expect(reviewer.statusCode).toBe(403);
    const other = await server.app.inject({ method: 'POST', url, headers: auth(tokens.putuoPreparer) });
    expect([403, 404]).toContain(other.statusCode);
    const missing = await server.app.inject({
      method: 'POST',
      url: `/api/documents/${draftId}/versions/9/publish`,
      headers: auth(tokens.haidongPreparer),
    });
    expect(missing.statusCode).toBe(404);
    const ok = await server.app.inject({ method: 'POST', url, headers: auth(tokens.haidongPreparer) });
    expect(ok.statusCode).toBe(200);
    expect(ok.json().publishedAt).toMatch(/^\d{4}-/);
    expect((await get(`/api/documents/${draftId}`)).statusCode).toBe(200);
    const versions = (await get(`/api/documents/${draftId}/versions`)).json();
    expect(versions.versions[0].publishedAt).toBe(ok.json().publishedAt);
  });

  it('a later year is checked against the stored previous year: the finding names both documents', async () => {
    // Replace last year's 一般公共预算财政拨款支出 合计 (the seed's change sentence implies 816.83).
    await upload(
      tokens.haidongPreparer,
      'haidong-2023-v2.json',
      variant({ fiscalYear: 2023 }, (d) => {
        // What the seed's change sentences imply for last year, except 一般公共预算财政拨款支出 合计 (816.83).
        setCell(d, 't01', 'in.grand', 'in.amount', '1,094.41');
        setCell(d, 't04', 'in.grand', 'in.amount', '816.83');
        setCell(d, 't05', 'total', 'total', '820.00');
        setCell(d, 't09', 'main', 'actual.total', '3.17');
        setCell(d, 't09', 'main', 'actual.car', '2.50');
        setCell(d, 't09', 'main', 'actual.reception', '0.67');
      }),
      { publish: 'true' },
    );
    const res = await upload(tokens.haidongPreparer, 'haidong-2024.json', JSON.stringify(parsedSeed()), {
      publish: 'true',
    });
    expect(res.statusCode).toBe(201);
    seedId = res.json().id;
    const prev = res.json().related.find((r: { relation: string }) => r.relation === 'previous-year');
    expect(prev).toMatchObject({ year: 2023, kind: '决算', version: 2, absent: false, mismatches: 1 });
    expect(prev.claimsCompared).toBeGreaterThan(0);
    const report = (await get(`/api/documents/${res.json().id}/findings`)).json();
    const f = report.findings.find((x: { ruleId: string }) => x.ruleId === 'related/previous-year');
    expect(f.message).toContain(`${HAIDONG} 2023 年度决算（第 2 版）`);
    expect(f.related[0]).toMatchObject({ table: 't05', rowKey: 'total', column: 'total' });
    expect(f.related[0].source.file).toBe(`文档 ${draftId} 第 2 版`);
    expect(report.summary.related).toEqual(res.json().related);
    const reviews = (await get(`/api/documents/${res.json().id}/reviews`)).json();
    expect(reviews.findings.some((x: { ruleId: string }) => x.ruleId === 'related/previous-year')).toBe(true);
  });

  it('an earlier year stored after the later one: the later one is checked again, its findings and counts updated', async () => {
    const org = { organisation: '重审测试局', region: '重审测试市', publish: 'true' };
    const later = await upload(tokens.admin, 'later.json', variant({ fiscalYear: 2031 }), { ...org, year: '2031' });
    expect(later.statusCode).toBe(201);
    const id = later.json().id;
    const before = (await get(`/api/documents/${id}/findings`)).json();
    expect(before.summary.related.find((r: { relation: string }) => r.relation === 'previous-year').absent).toBe(true);
    expect(before.findings.some((f: { ruleId: string }) => f.ruleId === 'related/previous-year')).toBe(false);

    const earlierYear = (total: string) =>
      variant({ fiscalYear: 2030 }, (d) => {
        setCell(d, 't01', 'in.grand', 'in.amount', '1,094.41');
        setCell(d, 't04', 'in.grand', 'in.amount', '816.83');
        setCell(d, 't05', 'total', 'total', total); // the later year's "比上年" implies 816.83
        setCell(d, 't09', 'main', 'actual.total', '3.17');
        setCell(d, 't09', 'main', 'actual.car', '2.50');
        setCell(d, 't09', 'main', 'actual.reception', '0.67');
      });
    const earlier = await upload(tokens.admin, 'earlier.json', earlierYear('820.00'), { ...org, year: '2030' });
    expect(earlier.statusCode).toBe(201);
    const after = (await get(`/api/documents/${id}/findings`)).json();
    const prev = after.summary.related.find((r: { relation: string }) => r.relation === 'previous-year');
    expect(prev).toMatchObject({ year: 2030, absent: false, mismatches: 1 });
    const f = after.findings.find((x: { ruleId: string }) => x.ruleId === 'related/previous-year');
    expect(f.message).toContain('重审测试局 2030 年度决算');
    // The version's own findings are kept; the counts everyone sees follow the new report.
    expect(after.findings.length).toBe(before.findings.length + 1);
    const listed = (await get(`/api/documents?organisation=${encodeURIComponent(org.organisation)}&year=2031`)).json();
    expect(listed.items[0].latest.summary).toEqual({
      error: after.summary.error,
      warning: after.summary.warning,
      info: after.summary.info,
    });
    // Reviews can be given to the new finding (it is one of the version's findings now).
    const reviews = (await get(`/api/documents/${id}/reviews`)).json();
    expect(reviews.findings.some((x: { ruleId: string }) => x.ruleId === 'related/previous-year')).toBe(true);
    // A corrected earlier year (its 合计 now 816.83) is stored: the later one is checked again and agrees.
    await upload(tokens.admin, 'earlier.json', earlierYear('816.83'), { ...org, year: '2030' });
    const again = (await get(`/api/documents/${id}/findings`)).json();
    expect(again.findings.some((x: { ruleId: string }) => x.ruleId === 'related/previous-year')).toBe(false);
    expect(again.summary.related.find((r: { relation: string }) => r.relation === 'previous-year')).toMatchObject({
      version: 2,
      mismatches: 0,
    });
  });

  it('a 部门 listing its 单位 becomes their parent; with all 单位 stored, its totals are compared with their sum', async () => {
    const unit = await upload(tokens.admin, 'unit.json', variant({ name: UNIT, kind: '单位' }), { publish: 'true' });
    expect(unit.statusCode).toBe(201);
    const dept = await upload(
      tokens.haidongPreparer,
      'dept.json',
      variant({}, (d) => {
        d.overview.organization = [
          { text: `1 ${HAIDONG}（本级）` },
          { text: `2 ${UNIT}（下属事业单位）` },
          { text: '3 海东市某某所 预算不单列，并入本级' },
        ];
      }),
      { publish: 'true' },
    );
    expect(dept.statusCode).toBe(201);
    const units = dept.json().related.filter((r: { relation: string }) => r.relation === 'unit');
    expect(units).toHaveLength(1);
    expect(units[0]).toMatchObject({ document: UNIT, mismatches: 0 });
    expect(units[0].claimsCompared).toBeGreaterThan(0);
    const tree = (await get('/api/organisations')).json();
    const root = tree.find((o: { name: string }) => o.name === HAIDONG);
    expect(root.children.map((c: { name: string }) => c.name)).toEqual([UNIT]);
    expect(root.children[0].parentId).toBe(root.id);
  });

  it('a 管理员 sets or clears a parent; others are refused; a parent must be a 部门', async () => {
    const tree = (await get('/api/organisations')).json();
    const root = tree.find((o: { name: string }) => o.name === HAIDONG);
    const child = root.children[0];
    const patch = (id: number, payload: object, token?: string) =>
      server.app.inject({
        method: 'PATCH',
        url: `/api/organisations/${id}`,
        payload,
        headers: token ? auth(token) : {},
      });
    expect((await patch(child.id, { parent: null })).statusCode).toBe(401);
    expect((await patch(child.id, { parent: null }, tokens.haidongPreparer)).statusCode).toBe(403);
    expect((await patch(root.id, { parent: child.id }, tokens.admin)).json().code).toBe('invalid_parent');
    expect((await patch(child.id, { parent: child.id }, tokens.admin)).statusCode).toBe(400);
    const cleared = await patch(child.id, { parent: null, code: '001' }, tokens.admin);
    expect(cleared.json()).toMatchObject({ parentId: null, code: '001' });
    const again = await patch(child.id, { parent: root.id }, tokens.admin);
    expect(again.json().parentId).toBe(root.id);
  });

  it('exports a region’s year as one data package (zip) that validates; the public gets published versions only', async () => {
    await upload(tokens.haidongPreparer, 'draft-2022.json', variant({ fiscalYear: 2022 }));
    const res = await get(`/api/export?region=${encodeURIComponent('海东市')}`);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('application/zip');
    const zip = await JSZip.loadAsync(res.rawPayload);
    const files: Record<string, string> = {};
    for (const [path, entry] of Object.entries(zip.files)) {
      if (!entry.dir) files[path.slice(path.indexOf('/') + 1)] = await entry.async('string');
    }
    expect(validatePackage(files)).toEqual([]);
    const docs = files['documents.csv']!.split('\r\n').slice(1, -1);
    expect(docs.map((l) => l.split(',')[4]).sort()).toEqual(['2023', '2024', '2024']);
    const admin = await get(`/api/export?region=${encodeURIComponent('海东市')}&year=2022`, tokens.admin);
    expect(admin.statusCode).toBe(200);
    expect((await get('/api/export?year=2022')).json().code).toBe('nothing_to_export');
  });

  it('compares two stored documents side by side and ranks a region’s year (JSON and XLSX)', async () => {
    const c = await get(`/api/compare?a=${draftId}&b=${seedId}`);
    expect(c.statusCode).toBe(200);
    const t05 = c.json().tables.find((t: { table: string }) => t.table === 't05');
    const total = t05.lines.find((l: { key: string }) => l.key === 'total');
    expect(total.cells.find((x: { column: string }) => x.column === 'total')).toMatchObject({ a: '820.00' });
    const x = await get(`/api/compare?a=${draftId}&b=${seedId}&format=xlsx`);
    expect(x.headers['content-type']).toMatch(/spreadsheetml/);
    expect((await get(`/api/compare?a=${draftId}&b=99999`)).statusCode).toBe(404);
    const r = (await get(`/api/rankings?region=${encodeURIComponent('海东市')}&year=2024`)).json();
    const growth = r.rankings.find((k: { figure: string }) => k.figure === 'threePublicGrowth');
    const dept = growth.entries.find(
      (e: { document: { organisation: string } }) => e.document.organisation === HAIDONG,
    );
    expect(dept).toMatchObject({ basis: '上年公开', denominator: '3.17' });
    const bad = await get('/api/rankings?year=2024&figures=x');
    expect(bad.json().code).toBe('invalid_request');
  });

  it('a batch with publish=true publishes each file as it is stored; without it they are drafts', async () => {
    const send = async (fields: Record<string, string>, year: number) => {
      const form = multipart([{ name: `b-${year}.json`, bytes: variant({ fiscalYear: year }) }], fields);
      const r = await server.app.inject({
        method: 'POST',
        url: '/api/batches',
        payload: form.payload,
        headers: { ...form.headers, ...auth(tokens.haidongPreparer) },
      });
      expect(r.statusCode).toBe(202);
      let batch = r.json();
      for (let i = 0; i < 200 && batch.done + batch.failed < batch.total; i++) {
        await new Promise((res) => setTimeout(res, 100));
        batch = (await get(`/api/batches/${batch.id}`, tokens.haidongPreparer)).json();
      }
      return batch.items[0].document as number;
    };
    expect((await get(`/api/documents/${await send({ publish: 'true' }, 2019)}`)).statusCode).toBe(200);
    expect((await get(`/api/documents/${await send({}, 2018)}`)).statusCode).toBe(404);
  });
});
