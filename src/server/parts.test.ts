/**
 * A disclosure published as two files (Jiangsu 2017: 预算编制说明 in one PDF, the tables in another) uploaded as
 * one: `file` + `part`, read and checked together, both files kept unchanged — on every engine.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addTestUsers, multipart, startApp, type Running, type Tokens } from '../../test/server-harness.js';
import { ENGINES } from '../../test/store-engines.js';
import type { StoreLocation } from '../store/index.js';

const NARRATIVE = 'jiangsu-swbgt-2017-budget-narrative.pdf';
const TABLES = 'jiangsu-swbgt-2017-budget-tables.pdf';
const bytesOf = (name: string) => readFileSync(new URL(`../../samples/${name}`, import.meta.url));
const sha256 = (b: Uint8Array) => createHash('sha256').update(b).digest('hex');
const auth = (token: string) => ({ authorization: `Bearer ${token}` });

describe.each(ENGINES)('a disclosure in two files on $name', (engine) => {
  let location: StoreLocation;
  let drop: () => Promise<void>;
  let server: Running;
  let tokens: Tokens;

  function post(url: string, files: Parameters<typeof multipart>[0], fields: Record<string, string> = {}) {
    const form = multipart(files, fields);
    return server.app.inject({
      method: 'POST',
      url,
      payload: form.payload,
      headers: { ...form.headers, ...auth(tokens.admin) },
    });
  }
  const narrative = { name: NARRATIVE, bytes: bytesOf(NARRATIVE), type: 'application/pdf' };
  const tables = { field: 'part', name: TABLES, bytes: bytesOf(TABLES), type: 'application/pdf' };

  beforeAll(async () => {
    ({ location, drop } = await engine.create());
    server = await startApp(location);
    tokens = await addTestUsers(server.store);
  }, 180_000);
  afterAll(async () => {
    await server?.close();
    await drop?.();
  });

  it('the narrative alone is refused (it has no tables); with its tables as a part it is one 预算 version', async () => {
    const alone = await post('/api/documents', [narrative]);
    expect(alone.statusCode).toBe(422);
    expect(alone.json().message).toContain('找不到任何可识别的报表');

    const both = await post('/api/documents', [narrative, tables]);
    expect(both.statusCode, both.body).toBe(201);
    const r = both.json();
    expect(r).toMatchObject({ kind: '预算', year: 2017, version: 1 });

    // The stored document holds what each file printed: the narrative's sections and the tables file's tables.
    const doc = (await server.app.inject({ url: `/api/documents/${r.id}`, headers: auth(tokens.admin) })).json();
    expect(doc.narrative.length).toBeGreaterThan(0);
    expect(doc.tables.length).toBeGreaterThan(0);
    const tableFiles = new Set(doc.tables.map((t: { source?: { file?: string } }) => t.source?.file));
    expect([...tableFiles]).toEqual([TABLES]);

    // Both files are kept as uploaded: the first as the source, the second as part 1.
    const versions = (
      await server.app.inject({ url: `/api/documents/${r.id}/versions`, headers: auth(tokens.admin) })
    ).json();
    expect(versions.versions[0].fileName).toBe(NARRATIVE);
    expect(versions.versions[0].parts).toEqual([
      expect.objectContaining({
        position: 1,
        fileName: TABLES,
        size: tables.bytes.byteLength,
        sha256: sha256(tables.bytes),
      }),
    ]);
    const source = await server.app.inject({ url: `/api/documents/${r.id}/source`, headers: auth(tokens.admin) });
    expect(sha256(source.rawPayload)).toBe(sha256(narrative.bytes));
    const part = await server.app.inject({ url: `/api/documents/${r.id}/source?part=1`, headers: auth(tokens.admin) });
    expect(part.headers['content-type']).toBe('application/pdf');
    expect(sha256(part.rawPayload)).toBe(sha256(tables.bytes));
    const none = await server.app.inject({ url: `/api/documents/${r.id}/source?part=2`, headers: auth(tokens.admin) });
    expect(none.statusCode).toBe(404);
    expect(none.json()).toMatchObject({ code: 'part_not_found' });
  }, 240_000);

  it('refuses parts where they do not belong and a part that is not a readable file', async () => {
    const batch = await post('/api/batches', [narrative, tables]);
    expect(batch.statusCode).toBe(400);
    expect(batch.json()).toMatchObject({ code: 'parts_unsupported' });

    const tooMany = await post('/api/documents', [narrative, ...Array.from({ length: 9 }, () => tables)]);
    expect(tooMany.statusCode).toBe(413);
    expect(tooMany.json()).toMatchObject({ code: 'too_many_parts' });

    const wrong = await post('/api/documents', [narrative, { field: 'part', name: '报表.pdf', bytes: 'not a pdf' }]);
    expect(wrong.statusCode).toBe(415);
    expect(wrong.json().message).toContain('报表.pdf');
  });
});
