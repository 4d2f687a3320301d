import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { checkDisclosure } from './index.js';
import { ConfigError, loadCheckConfig, parseCheckConfig } from './config.js';
import { correctedSeed } from '../../test/fixtures/seed-edits.js';

const EXAMPLE = fileURLToPath(new URL('../../juesuan.config.example.yaml', import.meta.url));

describe('check configuration', () => {
  it('reads the example YAML: severities and formulas', () => {
    const c = loadCheckConfig(EXAMPLE);
    expect(c.rules).toMatchObject({ 'completeness/toc-headings': 'warning', 'narrative/placeholder': 'error' });
    expect(c.formulas?.map((f) => f.id ?? f.expr)).toEqual([
      't05[合计].基本支出 = t06[人员经费合计] + t06[公用经费合计]',
      't10-le-public',
      'income-sources',
    ]);
  });

  it('the example formulas hold on the corrected seed (the first at info: 937.03 vs 937.04)', () => {
    const r = checkDisclosure(correctedSeed(), { config: loadCheckConfig(EXAMPLE) });
    expect(r.findings.filter((f) => f.ruleId === 'formula/custom').map((f) => f.severity)).toEqual(['info']);
    expect(r.summary.error + r.summary.warning).toBe(0);
  });

  it('reads JSON, ESLint-style numbers and arrays', () => {
    const dir = mkdtempSync(join(tmpdir(), 'juesuan-config-'));
    const p = join(dir, 'c.json');
    writeFileSync(
      p,
      JSON.stringify({ rules: { 'narrative/numbering': 0, 'narrative/share': ['warn'], 'sum/balance': 2 } }),
    );
    expect(loadCheckConfig(p).rules).toEqual({
      'narrative/numbering': 'off',
      'narrative/share': 'warning',
      'sum/balance': 'error',
    });
  });

  it('rejects unknown rules, bad levels, unknown keys and bad formulas with Chinese messages', () => {
    expect(() => parseCheckConfig({ rules: { 'no/rule': 'error' } }, 'c.yaml')).toThrow(
      /c\.yaml：没有审核规则“no\/rule”/,
    );
    expect(() => parseCheckConfig({ rules: { 'sum/balance': 'fatal' } }, 'c.yaml')).toThrow(/级别“fatal”无效/);
    expect(() => parseCheckConfig({ rule: {} }, 'c.yaml')).toThrow(/未知的配置项“rule”/);
    expect(() => parseCheckConfig({ formulas: ['t99[合计] = 1'] }, 'c.yaml')).toThrow(ConfigError);
    expect(() => parseCheckConfig({ formulas: ['t05[合计] + = 1'] }, 'c.yaml')).toThrow(/第 1 项：审核公式/);
    const dir = mkdtempSync(join(tmpdir(), 'juesuan-config-'));
    const p = join(dir, 'broken.yaml');
    writeFileSync(p, 'rules: [unclosed');
    expect(() => loadCheckConfig(p)).toThrow(/broken\.yaml：配置文件格式错误/);
    expect(() => loadCheckConfig(join(dir, 'missing.yaml'))).toThrow(/missing\.yaml：无法读取配置文件/);
  });
});
