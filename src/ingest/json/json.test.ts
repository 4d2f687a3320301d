import { describe, expect, it } from 'vitest';
import { assignFingerprints } from '../../model/fingerprint.js';
import { parsedSeed } from '../../../test/seed.js';
import { IngestError } from '../errors.js';
import { parseDisclosureJson } from './index.js';

describe('canonical JSON', () => {
  it('round-trips a version, a document kind and findings with message ids and fingerprints', () => {
    const seed = parsedSeed();
    const findings = assignFingerprints([
      ...seed.diagnostics,
      {
        ruleId: 'sum/economic-hierarchy',
        messageId: 'mismatch',
        severity: 'error' as const,
        message: '工资福利支出应等于其下各款之和',
        locations: [{ table: 't06' as const, rowKey: '301', column: 'amount' }],
        data: { left: '821.71', right: '819.10' },
      },
    ]);
    const doc = { ...seed, meta: { ...seed.meta, documentKind: '决算' as const, version: 3 }, diagnostics: findings };
    const back = parseDisclosureJson(JSON.stringify(doc), 'v3.json');
    expect(back).toEqual(doc);
    expect(back.diagnostics.find((f) => f.ruleId === 'sum/economic-hierarchy')).toMatchObject({
      messageId: 'mismatch',
      fingerprint: expect.stringMatching(/^[0-9a-f]{16}$/) as unknown,
    });
  });

  it('rejects an unknown document kind or version in Chinese, and names a table of an unregistered schema', () => {
    const seed = parsedSeed();
    expect(() =>
      parseDisclosureJson(JSON.stringify({ ...seed, meta: { ...seed.meta, documentKind: '草案' } }), 'a.json'),
    ).toThrow(/a\.json：不是有效的决算 JSON.*“\/meta\/documentKind” 的取值不在允许范围内/);
    expect(() =>
      parseDisclosureJson(JSON.stringify({ ...seed, meta: { ...seed.meta, version: 0 } }), 'a.json'),
    ).toThrow(/“\/meta\/version”/);
    const tables = seed.tables.map((t) => (t.id === 't06' ? { ...t, schema: 'beijing/t06' } : t));
    const e: unknown = (() => {
      try {
        return parseDisclosureJson(JSON.stringify({ ...seed, tables }), 'b.json');
      } catch (x) {
        return x;
      }
    })();
    expect(e).toBeInstanceOf(IngestError);
    expect((e as IngestError).code).toBe('ingest/unknown-table-schema');
    expect((e as IngestError).message).toMatch(/^b\.json：不是有效的决算 JSON：t06“[^”]+”的表格式“beijing\/t06”未登记/);
  });
});
