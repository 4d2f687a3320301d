import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../../test/cli.js';
import { parseCsv, validatePackage } from '../../test/datapackage.js';
import { SAMPLES, SEED_PATH } from '../../test/seed.js';

const out = mkdtempSync(join(tmpdir(), 'juesuan-export-'));
afterAll(() => rmSync(out, { recursive: true, force: true }));

describe('juesuan export --datapackage', () => {
  it('writes a package of the seed and a Shanghai PDF that validates, cells and findings of both', async () => {
    const r = await runCli('export', '--datapackage', out, SEED_PATH, `${SAMPLES}putuo-czj-2024.pdf`);
    expect(r.stderr).toMatch(/已导出 2 份文档/);
    expect(r.code).toBe(0);
    const files = Object.fromEntries(readdirSync(out).map((f) => [f, readFileSync(join(out, f), 'utf8')]));
    expect(Object.keys(files).sort()).toEqual(['cells.csv', 'datapackage.json', 'documents.csv', 'findings.csv']);
    expect(validatePackage(files)).toEqual([]);
    const docs = parseCsv(files['documents.csv']!).slice(1);
    expect(docs.map((d) => d[1])).toEqual(['海东市人力资源和社会保障局', '上海市普陀区财政局']);
    const findings = parseCsv(files['findings.csv']!).slice(1);
    expect(new Set(findings.map((f) => f[0])).size).toBe(2);
  }, 120_000);

  it('names an unreadable file in Chinese and exits 2', async () => {
    const r = await runCli('export', '--datapackage', join(out, 'x'), join(out, '不存在.pdf'));
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/不存在\.pdf.*文件不存在/);
  });
});
