import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../test/cli.js';
import { addTestUsers, multipart, startApp, type Running, type Tokens } from '../../test/server-harness.js';
import { ENGINES } from '../../test/store-engines.js';
import type { StoreLocation } from '../store/index.js';

const SAMPLES = new URL('../../samples/', import.meta.url);
const seed = readFileSync(new URL('haidong-rsj-2024.txt', SAMPLES));
const ghzyj = readFileSync(new URL('putuo-ghzyj-2024.pdf', SAMPLES));
const HAIDONG = '海东市人力资源和社会保障局';

const auth = (token: string) => ({ authorization: `Bearer ${token}` });

describe.each(ENGINES)('HTTP API on $name', (engine) => {
  let location: StoreLocation;
  let drop: () => Promise<void>;
  let server: Running;
  let tokens: Tokens;
  let seedId: number;

  async function upload(
    token: string | undefined,
    name: string,
    bytes: Uint8Array | string,
    fields: Record<string, string> = {},
  ) {
    // Published at once unless a test asks otherwise (drafts are tested on their own below).
    const form = multipart([{ name, bytes }], { publish: 'true', ...fields });
    return server.app.inject({
      method: 'POST',
      url: '/api/documents',
      payload: form.payload,
      headers: { ...form.headers, ...(token ? auth(token) : {}) },
    });
  }

  beforeAll(async () => {
    ({ location, drop } = await engine.create());
    server = await startApp(location, { fileBytes: 2 * 1024 * 1024 });
    tokens = await addTestUsers(server.store);
  }, 180_000);
  afterAll(async () => {
    await server?.close();
    await drop?.();
  });

  it('uploads the seed text: 201 with its findings summary, and the findings are `juesuan check --format json`', async () => {
    const res = await upload(tokens.haidongPreparer, 'haidong-rsj-2024.txt', seed);
    expect(res.statusCode).toBe(201);
    const body = res.json();
    expect(body).toMatchObject({
      version: 1,
      organisation: HAIDONG,
      region: '海东市',
      year: 2024,
      kind: '决算',
      scope: '部门',
    });
    seedId = body.id;
    const cli = await runCli(
      'check',
      new URL('haidong-rsj-2024.txt', SAMPLES).pathname,
      '--format',
      'json',
      '--fail-on',
      'never',
      // The store compares every upload with its related disclosures; `--with` does the same on the command line
      // (the seed itself is no related document: the report lists last year's 决算 and this year's 预算 as absent).
      '--with',
      new URL('haidong-rsj-2024.txt', SAMPLES).pathname,
    );
    const expected = { ...JSON.parse(cli.stdout), file: 'haidong-rsj-2024.txt' };
    const { related, ...counts } = expected.summary;
    expect(body.summary).toEqual(counts);
    expect(body.related).toEqual(related);
    expect(related.map((r: { relation: string; absent: boolean }) => [r.relation, r.absent])).toEqual([
      ['previous-year', true],
      ['same-year-budget', true],
    ]);
    const findings = await server.app.inject({ url: `/api/documents/${seedId}/findings` });
    expect(findings.statusCode).toBe(200);
    expect(findings.headers['content-type']).toMatch(/^application\/json/);
    expect(findings.body).toBe(JSON.stringify(expected, null, 2) + '\n');
  });

  it('serves the canonical JSON, the versions, the source file byte for byte and renders', async () => {
    const doc = await server.app.inject({ url: `/api/documents/${seedId}` });
    expect(doc.json()).toMatchObject({ format: 'juesuan/disclosure@1', meta: { name: HAIDONG, fiscalYear: 2024 } });
    const source = await server.app.inject({ url: `/api/documents/${seedId}/source` });
    expect(source.rawPayload.equals(seed)).toBe(true);
    expect(source.headers['content-disposition']).toContain("filename*=UTF-8''haidong-rsj-2024.txt");
    const html = await server.app.inject({ url: `/api/documents/${seedId}/render?to=html` });
    expect(html.statusCode).toBe(200);
    expect(html.body).toContain('海东市人力资源和社会保障局');
    const xlsx = await server.app.inject({ url: `/api/documents/${seedId}/render?to=xlsx` });
    expect(xlsx.rawPayload.subarray(0, 2).toString()).toBe('PK');
    const bad = await server.app.inject({ url: `/api/documents/${seedId}/render?to=exe` });
    expect(bad.statusCode).toBe(400);
    expect(bad.json()).toMatchObject({ code: 'invalid_request', message: expect.stringMatching(/^查询参数不正确/) });
  });

  it('uploads a Putuo PDF and returns its findings', async () => {
    const res = await upload(tokens.putuoPreparer, 'putuo-ghzyj-2024.pdf', ghzyj);
    expect(res.statusCode).toBe(201);
    const body = res.json();
    expect(body).toMatchObject({
      organisation: '上海市普陀区规划和自然资源局',
      region: '上海市普陀区',
      year: 2024,
      version: 1,
    });
    const report = (await server.app.inject({ url: `/api/documents/${body.id}/findings` })).json();
    expect(report.file).toBe('putuo-ghzyj-2024.pdf');
    expect(report.findings.length).toBe(body.summary.error + body.summary.warning + body.summary.info);
    expect(report.findings.length).toBeGreaterThan(0);
  });

  it('the same organisation/year/kind again is a new version; review states are carried by fingerprint', async () => {
    const before = (await server.app.inject({ url: `/api/documents/${seedId}/reviews` })).json();
    const target = before.findings[0];
    expect(target.state).toBe('待处理');
    const patch = await server.app.inject({
      method: 'PATCH',
      url: `/api/findings/${target.fingerprint}`,
      headers: auth(tokens.haidongReviewer),
      payload: { document: seedId, state: '误报', note: '尾数误差' },
    });
    expect(patch.statusCode).toBe(200);
    expect(patch.json()).toMatchObject({ version: 1, state: '误报' });

    const again = await upload(tokens.haidongPreparer, 'haidong-rsj-2024-修订.txt', seed);
    expect(again.statusCode).toBe(201);
    expect(again.json()).toMatchObject({ id: seedId, version: 2 });
    const versions = (await server.app.inject({ url: `/api/documents/${seedId}/versions` })).json();
    expect(versions.versions.map((v: { number: number; fileName: string }) => [v.number, v.fileName])).toEqual([
      [1, 'haidong-rsj-2024.txt'],
      [2, 'haidong-rsj-2024-修订.txt'],
    ]);
    expect(versions.versions[1].createdBy).toBe('海东编制');
    const after = (await server.app.inject({ url: `/api/documents/${seedId}/reviews` })).json();
    expect(after.version).toBe(2);
    const carried = after.findings.find((f: { fingerprint: string }) => f.fingerprint === target.fingerprint);
    expect(carried).toMatchObject({ state: '误报', note: '尾数误差', reviewedBy: '海东审核', carriedFrom: 1 });
    expect(after.findings.filter((f: { state: string }) => f.state === '待处理')).toHaveLength(
      after.findings.length - 1,
    );
    // Version 1 is still there as it was.
    const v1 = await server.app.inject({ url: `/api/documents/${seedId}/source?version=1` });
    expect(v1.rawPayload.equals(seed)).toBe(true);
  });

  it('lists documents with filters and paging, and the organisation tree', async () => {
    const all = (await server.app.inject({ url: '/api/documents' })).json();
    expect(all.total).toBe(2);
    const putuo = (
      await server.app.inject({ url: `/api/documents?region=${encodeURIComponent('上海市普陀区')}` })
    ).json();
    expect(putuo.items.map((d: { organisation: string }) => d.organisation)).toEqual(['上海市普陀区规划和自然资源局']);
    const page2 = (await server.app.inject({ url: '/api/documents?pageSize=1&page=2' })).json();
    expect(page2).toMatchObject({ total: 2, page: 2, pageSize: 1 });
    expect(page2.items).toHaveLength(1);
    const orgs = (await server.app.inject({ url: '/api/organisations' })).json();
    expect(orgs.map((o: { name: string }) => o.name).sort()).toEqual([HAIDONG, '上海市普陀区规划和自然资源局'].sort());
  });

  describe('every write checks the role', () => {
    it('uploading: none → 401, 公众 and 审核人 → 403, 编制人 of another organisation → 403, bad token → 401', async () => {
      const none = await upload(undefined, 'a.txt', seed);
      expect(none.statusCode).toBe(401);
      expect(none.json()).toMatchObject({ code: 'unauthorized', message: expect.stringContaining('需要登录') });
      for (const token of [tokens.publicUser, tokens.haidongReviewer]) {
        const r = await upload(token, 'a.txt', seed);
        expect(r.statusCode).toBe(403);
        expect(r.json()).toMatchObject({ code: 'forbidden', message: expect.stringContaining('没有权限') });
      }
      const other = await upload(tokens.putuoPreparer, 'a.txt', seed);
      expect(other.statusCode).toBe(403);
      expect(other.json().message).toContain(`没有为“${HAIDONG}”上传的权限`);
      const forged = await upload('js_forged', 'a.txt', seed);
      expect(forged.statusCode).toBe(401);
      expect(forged.json()).toMatchObject({ code: 'invalid_token', message: '令牌无效' });
      // Overriding the organisation does not get round it.
      const override = await upload(tokens.putuoPreparer, 'a.txt', seed, {
        organisation: '上海市普陀区规划和自然资源局',
      });
      expect(override.statusCode).toBe(201); // their own organisation: allowed, stored under it
      expect(override.json().organisation).toBe('上海市普陀区规划和自然资源局');
    });

    it('reviewing: none → 401, 编制人 → 403, 审核人 of another region → 403, 管理员 → 200', async () => {
      const { findings } = (await server.app.inject({ url: `/api/documents/${seedId}/reviews` })).json();
      const url = `/api/findings/${findings[1].fingerprint}`;
      const payload = { document: seedId, state: '已确认' };
      expect((await server.app.inject({ method: 'PATCH', url, payload })).statusCode).toBe(401);
      const prep = await server.app.inject({ method: 'PATCH', url, payload, headers: auth(tokens.haidongPreparer) });
      expect(prep.statusCode).toBe(403);
      const otherRegion = await server.app.inject({
        method: 'PATCH',
        url,
        payload,
        headers: auth(tokens.putuoReviewer),
      });
      expect(otherRegion.statusCode).toBe(403);
      expect(otherRegion.json().message).toContain('只能审核本地区');
      const admin = await server.app.inject({ method: 'PATCH', url, payload, headers: auth(tokens.admin) });
      expect(admin.statusCode).toBe(200);
      const unknown = await server.app.inject({
        method: 'PATCH',
        url: '/api/findings/0000',
        payload,
        headers: auth(tokens.admin),
      });
      expect(unknown.statusCode).toBe(404);
      expect(unknown.json().code).toBe('finding_not_found');
      const badState = await server.app.inject({
        method: 'PATCH',
        url,
        payload: { document: seedId, state: '好' },
        headers: auth(tokens.admin),
      });
      expect(badState.statusCode).toBe(400);
      expect(badState.json().message).toMatch(/^请求内容不正确/);
    });

    it('batches: none → 401, 审核人 → 403', async () => {
      const form = multipart([{ name: 'a.txt', bytes: seed }]);
      expect(
        (await server.app.inject({ method: 'POST', url: '/api/batches', payload: form.payload, headers: form.headers }))
          .statusCode,
      ).toBe(401);
      const r = await server.app.inject({
        method: 'POST',
        url: '/api/batches',
        payload: form.payload,
        headers: { ...form.headers, ...auth(tokens.putuoReviewer) },
      });
      expect(r.statusCode).toBe(403);
    });
  });

  describe('hostile uploads are refused in Chinese', () => {
    it.each([
      ['../../etc/passwd.txt', 400, 'invalid_file_name', '文件名'],
      ['..\\..\\boot.ini.txt', 400, 'invalid_file_name', '文件名'],
      ['程序.exe', 415, 'unsupported_file_type', '不支持的文件类型'],
      ['假的.pdf', 415, 'content_mismatch', '内容与扩展名'],
    ])('%s → %i %s', async (name, status, code, words) => {
      const r = await upload(tokens.admin, name, 'not what it claims to be');
      expect(r.statusCode).toBe(status);
      expect(r.json()).toMatchObject({ code, message: expect.stringContaining(words) });
    });

    it('oversized → 413', async () => {
      const r = await upload(tokens.admin, 'big.txt', Buffer.alloc(3 * 1024 * 1024, 0x41));
      expect(r.statusCode).toBe(413);
      expect(r.json()).toMatchObject({ code: 'file_too_large', message: '文件超过大小上限' });
    });

    it('wrong content type → 415; unreadable document → 422; a wrong id → 400/404', async () => {
      const json = await server.app.inject({
        method: 'POST',
        url: '/api/documents',
        headers: auth(tokens.admin),
        payload: { file: 'x' },
      });
      expect(json.statusCode).toBe(415);
      expect(json.json()).toMatchObject({
        code: 'unsupported_media_type',
        message: expect.stringContaining('multipart/form-data'),
      });
      const garbage = await upload(tokens.admin, '乱码.txt', '这不是决算\n');
      expect(garbage.statusCode).toBe(422);
      expect(garbage.json().code).toBe('unreadable_document');
      expect((await server.app.inject({ url: '/api/documents/..%2F..%2Fetc' })).statusCode).toBe(400);
      const missing = await server.app.inject({ url: '/api/documents/999' });
      expect(missing.statusCode).toBe(404);
      expect(missing.json()).toMatchObject({ code: 'document_not_found', message: '没有编号为 999 的文档' });
      expect((await server.app.inject({ url: '/api/nothing' })).json().code).toBe('not_found');
    });

    it('sets security headers', async () => {
      const r = await server.app.inject({ url: '/api/documents' });
      expect(r.headers['x-content-type-options']).toBe('nosniff');
      expect(r.headers['content-security-policy']).toContain("default-src 'none'");
      expect(r.headers['x-frame-options']).toBe('SAMEORIGIN');
      expect(r.headers['x-ratelimit-limit']).toBeDefined();
    });
  });

  it('a batch is imported by the job queue with progress per file', async () => {
    const form = multipart([
      { name: 'haidong-rsj-2024.txt', bytes: seed },
      { name: '乱码.txt', bytes: '这不是决算\n' },
    ]);
    const res = await server.app.inject({
      method: 'POST',
      url: '/api/batches',
      payload: form.payload,
      headers: { ...form.headers, ...auth(tokens.admin) },
    });
    expect(res.statusCode).toBe(202);
    const id = res.json().id;
    let batch = res.json();
    for (let i = 0; i < 120 && batch.done + batch.failed < 2; i++) {
      await new Promise((r) => setTimeout(r, 500));
      batch = (await server.app.inject({ url: `/api/batches/${id}`, headers: auth(tokens.admin) })).json();
    }
    expect(batch).toMatchObject({ total: 2, done: 1, failed: 1, progress: 100 });
    expect(batch.items[0]).toMatchObject({ status: '完成', document: seedId, version: 3 });
    expect(batch.items[1]).toMatchObject({ status: '失败', document: null });
    expect(batch.items[1].error).toMatch(/[\u4e00-\u9fff]/);
  }, 90_000);

  it('signs in with a password for a new token; a wrong password is refused', async () => {
    const wrong = await server.app.inject({
      method: 'POST',
      url: '/api/tokens',
      payload: { name: '管理员', password: 'x' },
    });
    expect(wrong.statusCode).toBe(401);
    expect(wrong.json()).toMatchObject({ code: 'wrong_password', message: '用户名或密码不正确' });
    const noPassword = await server.app.inject({
      method: 'POST',
      url: '/api/tokens',
      payload: { name: '海东编制', password: '' },
    });
    expect(noPassword.statusCode).toBe(401);
    const ok = await server.app.inject({
      method: 'POST',
      url: '/api/tokens',
      payload: { name: '管理员', password: '口令-123' },
    });
    expect(ok.statusCode).toBe(201);
    const token = ok.json().token;
    const batch = await server.app.inject({ url: '/api/batches/1', headers: auth(token) });
    expect(batch.statusCode).toBe(200);
  });

  it('describes itself: OpenAPI at /api/openapi.json, docs UI at /api/docs', async () => {
    const spec = (await server.app.inject({ url: '/api/openapi.json' })).json();
    expect(Object.keys(spec.paths)).toEqual(
      expect.arrayContaining([
        '/api/documents',
        '/api/documents/{id}',
        '/api/documents/{id}/findings',
        '/api/findings/{fingerprint}',
        '/api/batches',
        '/api/batches/{id}',
        '/api/organisations',
      ]),
    );
    expect((await server.app.inject({ url: '/api/docs/' })).statusCode).toBe(200);
  });

  it('a restart keeps everything', async () => {
    const before = (await server.app.inject({ url: `/api/documents/${seedId}/versions` })).body;
    const findings = (await server.app.inject({ url: `/api/documents/${seedId}/findings` })).body;
    await server.close();
    server = await startApp(location);
    expect((await server.app.inject({ url: `/api/documents/${seedId}/versions` })).body).toBe(before);
    expect((await server.app.inject({ url: `/api/documents/${seedId}/findings` })).body).toBe(findings);
    const r = await upload(tokens.admin, 'haidong-rsj-2024.txt', seed);
    expect(r.json()).toMatchObject({ id: seedId, version: 4 });
  }, 120_000);
});
