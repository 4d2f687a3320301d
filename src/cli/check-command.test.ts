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
    expect(r.stdout).toContain('共 11 个错误、3 个警告');
  });

  it('json: {file, document, findings, summary} for one file, an array for several', async () => {
    const one = await runCli('check', SEED_PATH, '--format', 'json');
    const report = JSON.parse(one.stdout) as {
      file: string;
      document: { name: string; fiscalYear: number };
      findings: unknown[];
      summary: Record<string, number>;
    };
    expect(Object.keys(report)).toEqual(['file', 'document', 'findings', 'summary']);
    expect(report.document).toMatchObject({ name: '海东市人力资源和社会保障局', fiscalYear: 2024, layout: 'qinghai' });
    expect(report.summary.error).toBe(11);
    const two = await runCli('check', SEED_PATH, SEED_PATH, '--format', 'json');
    expect((JSON.parse(two.stdout) as unknown[]).length).toBe(2);
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
});
