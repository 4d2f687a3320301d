import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runRules } from '../src/check/engine.js';
import type { Rule } from '../src/check/types.js';
import { runCli } from './cli.js';
import { SEED_PATH, parsedSeed } from './seed.js';

/**
 * Issue 11's English leaks, each through the CLI as a user meets it: the message is Chinese, names the file, and
 * carries no parser's or library's English ("required option", "Unexpected token", "[DecimalError]").
 */
const ENGLISH = /\b[A-Za-z]{2,}[ ,:]+[a-z]{2,}\b|Error\b|error:/; // a phrase (“Invalid argument”), an error's name

const dir = mkdtempSync(join(tmpdir(), 'juesuan-leaks-'));
const file = (name: string, text: string): string => {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
};

async function refused(...args: string[]): Promise<string> {
  const r = await runCli(...args);
  expect(r.code).toBe(2);
  expect(r.stdout).toBe('');
  expect(r.stderr.replace('juesuan help <命令>', '')).not.toMatch(ENGLISH); // the hint names a command
  expect(r.stderr).not.toMatch(/\n\s+at /); // no stack trace
  return r.stderr;
}

/** The seed as canonical JSON with its first amount's integer replaced by `minor` (written as is). */
async function seedJsonWith(minor: string): Promise<string> {
  const json = (await runCli('parse', SEED_PATH, '-f', 'json')).stdout;
  const changed = json.replace(/"minor": \d+/, `"minor": ${minor}`);
  expect(changed).not.toBe(json);
  return file(`absurd-${minor.length}.json`, changed);
}

describe('no English a user can see (issue 11)', () => {
  it('template without -o: commander’s “required option” in Chinese', async () => {
    expect(await refused('template')).toContain('错误：缺少必需的选项“-o, --output <file>”');
  });

  it('unknown option and missing file', async () => {
    expect(await refused('check', '--bogus', SEED_PATH)).toContain('错误：未知选项“--bogus”');
    expect(await refused('check', join(dir, 'no-such-file.txt'))).toMatch(/no-such-file\.txt：文件不存在/);
  });

  it('malformed YAML and JSON configurations: the file and where, not the parser’s words', async () => {
    const yaml = file('bad.yaml', 'rules: [\n  a: b');
    expect(await refused('check', SEED_PATH, '--config', yaml)).toMatch(
      /bad\.yaml：配置文件格式错误（不是有效的 YAML，第 \d+ 行第 \d+ 列附近）/,
    );
    const json = file('bad.json', '{"rules": ');
    expect(await refused('check', SEED_PATH, '--config', json)).toMatch(/bad\.json：配置文件格式错误（不是有效的 JSON/);
  });

  it('an absurd number in a JSON document is refused on import, in Chinese, naming where it is', async () => {
    for (const minor of ['1e400', '123456789012345678901234567890123']) {
      const stderr = await refused('check', await seedJsonWith(minor));
      expect(stderr).not.toContain('DecimalError');
      expect(stderr).toMatch(/absurd-\d+\.json：不是有效的决算 JSON/);
      expect(stderr).toContain('“/tables/0/rows/0/cells/in.amount/value/amount/minor” 的数值超出允许范围');
    }
  });

  it('a JSON document of the wrong type names the type in Chinese', async () => {
    const json = (await runCli('parse', SEED_PATH, '-f', 'json')).stdout.replace(/"minor": \d+/, '"minor": "12"');
    const stderr = await refused('check', file('string-minor.json', json));
    expect(stderr).toContain('“/tables/0/rows/0/cells/in.amount/value/amount/minor” 类型应为整数');
  });

  it('a rule that fails on a library’s English error reports a Chinese reason (the English kept as data.detail)', () => {
    const rule: Rule = {
      meta: {
        id: 'test/decimal',
        title: '会出错的规则',
        messages: {},
      },
      run() {
        throw new Error('[DecimalError] Invalid argument: Infinitye-2');
      },
    } as unknown as Rule;
    const { findings } = runRules(parsedSeed(), [], [rule], { 'test/decimal': 'error' });
    expect(findings).toHaveLength(1);
    expect(findings[0]?.message).toMatch(/^审核规则“会出错的规则”未能完成：程序内部错误/);
    expect(findings[0]?.message).not.toMatch(ENGLISH);
    expect(findings[0]?.data).toMatchObject({ detail: '[DecimalError] Invalid argument: Infinitye-2' });
  });
});
