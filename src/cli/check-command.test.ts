import { relative as relativePath } from 'node:path';
import { pathToFileURL } from 'node:url';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../test/cli.js';
import { SEED_PATH } from '../../test/seed.js';

const tmp = () => mkdtempSync(join(tmpdir(), 'juesuan-check-'));

describe('juesuan check', () => {
  it('prints a Chinese report of the seed and exits 1 (it has errors)', async () => {
    const r = await runCli('check', SEED_PATH);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('海东市人力资源和社会保障局 2024 年度（青海版式）');
    expect(r.stdout).toContain('[错误] 第 505 行');
    // 11 errors of the first checker issue plus 六's two listed-but-blank items; 3 目录 warnings plus duty (一)'s "and".
    expect(r.stdout).toContain('共 13 个错误、4 个警告');
    expect(r.stdout).toContain('另有 11 处尾数差异，在四舍五入误差内，用 --verbose 查看');
  });

  it('json: {file, document, findings, summary} for one file, an array for several', async () => {
    const one = await runCli('check', SEED_PATH, '--format', 'json');
    const report = JSON.parse(one.stdout) as {
      file: string;
      document: { name: string; fiscalYear: number };
      findings: Array<{ ruleId: string; messageId?: string; fingerprint?: string; data?: Record<string, unknown> }>;
      summary: Record<string, number>;
      coverage: { tables: { checked: string[]; missing: unknown[] }; rulesFailed: unknown[] };
    };
    expect(Object.keys(report)).toEqual(['file', 'document', 'findings', 'summary', 'coverage']);
    expect(report.coverage.tables.checked).toHaveLength(11);
    expect(report.coverage.tables.missing).toEqual([]);
    const mismatch = report.findings.find((f) => f.ruleId === 'sum/functional-hierarchy');
    expect(mismatch?.messageId).toMatch(/^(mismatch|rounding)$/);
    expect(mismatch?.data).toHaveProperty('formula');
    for (const f of report.findings) expect(f.fingerprint, f.ruleId).toMatch(/^[0-9a-f]{16}(:\d+)?$/);
    expect(new Set(report.findings.map((f) => f.fingerprint)).size).toBe(report.findings.length);
    expect(report.document).toMatchObject({ name: '海东市人力资源和社会保障局', fiscalYear: 2024, layout: 'qinghai' });
    expect(report.summary.error).toBe(13);
    const two = await runCli('check', SEED_PATH, SEED_PATH, '--format', 'json');
    expect((JSON.parse(two.stdout) as unknown[]).length).toBe(2);
  });

  it('sarif: locations keep the file’s path, relative to %SRCROOT% (the working directory)', async () => {
    const relative = relativePath(process.cwd(), SEED_PATH);
    const sarif = JSON.parse((await runCli('check', relative, '--format', 'sarif')).stdout) as {
      runs: {
        originalUriBaseIds: Record<string, { uri: string }>;
        results: { locations: { physicalLocation: { artifactLocation: { uri: string; uriBaseId?: string } } }[] }[];
      }[];
    };
    const run = sarif.runs[0];
    expect(run?.originalUriBaseIds['%SRCROOT%']?.uri).toBe(pathToFileURL(`${process.cwd()}/`).href);
    const where = run?.results[0]?.locations[0]?.physicalLocation.artifactLocation;
    expect(where).toEqual({ uri: encodeURI(relative), uriBaseId: '%SRCROOT%' });
    expect(where?.uri).toContain('/'); // the folder, not only the file's name
  });

  it('--fail-on never exits 0; --fail-on warning with errors off still fails on the 目录 warnings', async () => {
    expect((await runCli('check', SEED_PATH, '--fail-on', 'never', '--format', 'sarif')).code).toBe(0);
    const dir = tmp();
    const config = join(dir, 'off.yaml');
    const off = [
      'sum/economic-hierarchy',
      'narrative/amount-vs-table',
      'narrative/execution-rate',
      'narrative/percent-sign',
      'narrative/numbering',
      'narrative/comparison-word',
      'narrative/growth-rate',
      'narrative/direction-word',
      'narrative/share',
      'narrative/item-list',
    ];
    writeFileSync(config, `rules:\n${off.map((id) => `  ${id}: off`).join('\n')}\n`);
    expect((await runCli('check', SEED_PATH, '--config', config)).code).toBe(0);
    expect((await runCli('check', SEED_PATH, '--config', config, '--fail-on', 'warning')).code).toBe(1);
  });

  it('html is one self-contained page', async () => {
    const r = await runCli('check', SEED_PATH, '--format', 'html');
    expect(r.stdout).toMatch(/^<!doctype html>/);
    expect(r.stdout).toContain('部门决算公开审核报告');
  });

  it('exits 2 with a Chinese message for a missing file, a bad config or a bad formula', async () => {
    const missing = await runCli('check', '/nonexistent/x.txt');
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('文件不存在');
    const dir = tmp();
    // A folder, or a missing file without an extension: said to be that, not a file of an unknown type.
    const folder = await runCli('check', dir);
    expect(folder.code).toBe(2);
    expect(folder.stderr).toContain('这是一个文件夹，不是文件（审核文件夹中的全部文件请用 juesuan batch）');
    expect((await runCli('check', join(dir, 'no-extension'))).stderr).toContain('no-extension：文件不存在');
    const bad = join(dir, 'bad.json');
    writeFileSync(bad, JSON.stringify({ rules: { 'no/such-rule': 'error' } }));
    const r1 = await runCli('check', SEED_PATH, '--config', bad);
    expect(r1.code).toBe(2);
    expect(r1.stderr).toContain('没有审核规则“no/such-rule”');
    writeFileSync(bad, JSON.stringify({ formulas: ['t05[合计].基本支出 = = 1'] }));
    const r2 = await runCli('check', SEED_PATH, '--config', bad);
    expect(r2.code).toBe(2);
    expect(r2.stderr).toContain('审核公式');
    expect(r2.stderr).not.toMatch(/at .*\.ts/);
  });

  it('a JSON document naming an unregistered table schema: the same Chinese import error from check and parse', async () => {
    const json = JSON.parse((await runCli('parse', SEED_PATH, '--format', 'json')).stdout) as {
      tables: Array<{ id: string; schema: string }>;
    };
    const t05 = json.tables.find((t) => t.id === 't05');
    if (!t05) throw new Error('no t05');
    t05.schema = 'beijing/t05';
    const file = join(tmp(), 'unknown-schema.json');
    writeFileSync(file, JSON.stringify(json));
    for (const args of [
      ['check', file],
      ['check', file, '--format', 'json'],
      ['parse', file, '--format', 'csv'],
    ]) {
      const r = await runCli(...args);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stderr).toContain('unknown-schema.json：不是有效的决算 JSON：t05“');
      expect(r.stderr).toContain('的表格式“beijing/t05”未登记');
      expect(r.stderr).not.toContain('内部错误');
      expect(r.stdout).toBe('');
    }
  });

  it('says in every format what it could not check (a table missing from the document)', async () => {
    const json = JSON.parse((await runCli('parse', SEED_PATH, '--format', 'json')).stdout) as {
      tables: Array<{ id: string }>;
    };
    json.tables = json.tables.filter((t) => t.id !== 't11');
    const file = join(tmp(), 'no-t11.json');
    writeFileSync(file, JSON.stringify(json));
    const text = await runCli('check', file);
    expect(text.stdout).toContain('未能审核：缺少 1 张表（政府采购支出情况表）');
    const html = await runCli('check', file, '--format', 'html');
    expect(html.stdout).toContain('未能审核：缺少 1 张表（政府采购支出情况表）');
    const report = JSON.parse((await runCli('check', file, '--format', 'json')).stdout) as {
      coverage: { tables: { missing: Array<{ id: string }>; checked: string[] } };
    };
    expect(report.coverage.tables.missing.map((g) => g.id)).toEqual(['t11']);
    expect(report.coverage.tables.checked).not.toContain('t11');
    const sarif = JSON.parse((await runCli('check', file, '--format', 'sarif')).stdout) as {
      runs: Array<{ invocations: Array<{ toolExecutionNotifications: Array<{ message: { text: string } }> }> }>;
    };
    expect(sarif.runs[0]?.invocations[0]?.toolExecutionNotifications[0]?.message.text).toContain('缺少 1 张表');
  });
});
