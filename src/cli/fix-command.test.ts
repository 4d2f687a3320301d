import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../test/cli.js';
import { SEED_PATH } from '../../test/seed.js';
import type { FileReport } from '../app/index.js';

const dir = mkdtempSync(join(tmpdir(), 'juesuan-fix-'));

describe('juesuan fix', () => {
  it('corrects the seed into a Word document whose check leaves no fixable narrative error; lists what it cannot fix', async () => {
    const out = join(dir, '修正.docx');
    const r = await runCli('fix', SEED_PATH, '-o', out);
    // The t06 sum and the share above 100 % stay: exit code 1 (errors remain), as ESLint after --fix.
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('“…元,支出决算为 26.17 万元,完成年初…” → “…元,支出决算为 26.18 万元,完成年初…”');
    expect(r.stdout).toContain('“…完成年初预算的 164.39%。决算数大于预…” → “…完成年初预算的 164.48%。决算数大于预…”');
    expect(r.stdout).toContain('→ “…9 万元，比上年增加 5.44 万元…”');
    expect(r.stdout).toContain('“（11）就业补助（款）其” → “（12）就业补助（款）其”');
    expect(r.stdout).toMatch(/未能自动修正[\s\S]*301 工资福利支出[\s\S]*原因：问题在报表中/);
    const check = await runCli('check', out, '--format', 'json', '--fail-on', 'never');
    const report = JSON.parse(check.stdout) as FileReport;
    const narrativeFixable = report.findings.filter((f) => f.severity === 'error' && f.fix);
    expect(narrativeFixable).toEqual([]);
    const errors = report.findings.filter((f) => f.severity === 'error').map((f) => f.ruleId);
    expect(errors.sort()).toEqual([
      'narrative/item-list',
      'narrative/item-list',
      'narrative/share',
      'sum/economic-hierarchy',
    ]);
  }, 60_000);

  it('refuses to write over its input (the same path however spelled), in Chinese, exit 2', async () => {
    const input = join(dir, '原文.json');
    const seed = await runCli('parse', SEED_PATH, '--format', 'json');
    writeFileSync(input, seed.stdout);
    const before = readFileSync(input);
    for (const out of [input, join(dir, '.', 'sub', '..', '原文.json')]) {
      const r = await runCli('fix', input, '-o', out);
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(/输出文件 .*原文\.json 就是输入文件，写入会覆盖原文件/);
      expect(readFileSync(input).equals(before), 'the input is left as it was').toBe(true);
    }
    const txt = join(dir, 'haidong.txt');
    copyFileSync(SEED_PATH, txt);
    const r = await runCli('fix', txt, '-o', txt, '--to', 'json');
    expect(r.code).toBe(2);
    expect(readFileSync(txt).equals(readFileSync(SEED_PATH))).toBe(true);
  }, 60_000);

  it('needs an output file and a format it knows', async () => {
    const r = await runCli('fix', SEED_PATH, '-o', join(dir, 'x.unknown'));
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--to');
  });
});
