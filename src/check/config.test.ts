import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { checkDisclosure } from './index.js';
import { CONFIG_SCHEMA, ConfigError, loadCheckConfig, parseCheckConfig } from './config.js';
import { formulaCustom } from './rules/formula-custom.js';
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

  it('validates against its JSON Schema (ajv): each problem in Chinese, naming the key, no parser English', () => {
    expect(CONFIG_SCHEMA.properties.formulas).toBe(formulaCustom.meta.schema); // the rule declares its options
    const msg = (data: unknown) => {
      try {
        parseCheckConfig(data, 'c.yaml');
      } catch (e) {
        expect(e).toBeInstanceOf(ConfigError);
        expect((e as ConfigError).code).toBe('config');
        return (e as Error).message;
      }
      throw new Error('no error');
    };
    expect(msg([])).toBe('c.yaml：配置应为一个对象（含 rules、formulas）');
    expect(msg({ rules: [] })).toBe('c.yaml：rules 应为“规则编号: 级别”的映射');
    expect(msg({ rules: { 'sum/balance': ['fatal'] } })).toBe(
      'c.yaml：规则“sum/balance”的级别“fatal”无效（可用 off、info、warning、error）',
    );
    expect(msg({ formulas: 't05[合计] = 1' })).toBe('c.yaml：formulas 应为公式列表');
    expect(msg({ formulas: [3] })).toBe('c.yaml：formulas 第 1 项应为公式文本或含 expr 的对象');
    expect(msg({ formulas: [{ exp: 't05[合计] = 1' }] })).toBe(
      'c.yaml：formulas 第 1 项：缺少公式 expr；formulas 第 1 项：未知的键“exp”（可用 expr、id、message）',
    );
    expect(msg({ formulas: [''] })).toBe('c.yaml：formulas 第 1 项：公式为空');
    expect(msg({ formulas: [{ expr: 't05[合计] = 1', id: 7 }] })).toMatch(
      /^c\.yaml：配置 › formulas › 第 1 项 › id：应为文本$/,
    );
    const dir = mkdtempSync(join(tmpdir(), 'juesuan-config-'));
    for (const [name, text, where] of [
      ['broken.yaml', 'rules:\n  sum/balance: [error\n', '第 3 行'],
      ['broken.json', '{"rules": {"sum/balance": "error",}}', '第 1 行'],
    ] as const) {
      const p = join(dir, name);
      writeFileSync(p, text);
      expect(() => loadCheckConfig(p)).toThrow(
        new RegExp(`^${name.replace('.', '\\.')}：配置文件格式错误（不是有效的 (YAML|JSON)，${where}第 \\d+ 列附近）$`),
      );
    }
  });

  it("validates a rule's options against its meta.schema before it runs", () => {
    expect(() =>
      checkDisclosure(correctedSeed(), { config: { formulas: [{ expr: 1 } as unknown as { expr: string }] } }),
    ).toThrow(/规则“formula\/custom”的选项有误：formula\/custom › 第 1 项/);
  });
});
