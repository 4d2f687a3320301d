import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../test/cli.js';
import { SEED_PATH } from '../../test/seed.js';
import { validateDisclosure } from '../ingest/json/index.js';

describe('juesuan parse', () => {
  it('prints tidy CSV: one record per non-empty cell, amounts as printed without separators', async () => {
    const r = await runCli('parse', SEED_PATH, '--format', 'csv');
    expect(r.code).toBe(0);
    const lines = r.stdout.trimEnd().split('\r\n');
    expect(lines[0]).toBe('table,row_code,row_label,column,value');
    expect(lines).toContain('t01,,一般公共预算财政拨款收入,收入/金额,1477.46');
    expect(lines).toContain('t02,2080101,行政运行,财政拨款收入,430.76');
    expect(lines).toContain('t05,2080199,其他人力资源和社会保障管理事务支出,本年支出/小计,268.89');
    expect(lines).toContain('t04,208,社会保障和就业支出,支出/一般公共预算财政拨款,1312.23');
    expect(lines).toContain('t09,,财政拨款“三公”经费,决算数/公务接待费,0.2');
    expect(lines).toContain('t09,,财政拨款“三公”经费,预算数/公务用车购置及运行维护费/小计,5');
    expect(lines).toContain('t09,,国内公务接待人次(人),统计数,18');
    expect(lines).toContain('t06,30108,机关事业单位基本养老保险缴费,决算数,80.18');
    expect(lines).toContain('t11,,授予小微企业合同金额,金额,108.22');
    // 311 non-empty cells in t01–t11, plus the header.
    expect(lines).toHaveLength(312);
  });

  it('prints canonical JSON that validates against the published schema', async () => {
    const r = await runCli('parse', SEED_PATH, '--format', 'json');
    expect(r.code).toBe(0);
    const doc = validateDisclosure(JSON.parse(r.stdout), 'stdout');
    expect(doc.tables).toHaveLength(11);
  });

  it('reads its own JSON back to the same model', async () => {
    const first = await runCli('parse', SEED_PATH, '--format', 'json');
    const dir = mkdtempSync(join(tmpdir(), 'juesuan-'));
    const path = join(dir, 'seed.json');
    writeFileSync(path, first.stdout);
    const second = await runCli('parse', path, '--format', 'json');
    expect(JSON.parse(second.stdout)).toEqual(JSON.parse(first.stdout));
  });

  it('prints a Chinese summary by default', async () => {
    const r = await runCli('parse', SEED_PATH);
    expect(r.stdout).toContain('海东市人力资源和社会保障局\u30002024 年度部门决算');
    expect(r.stdout).toContain('t06\u3000公开06表\u3000一般公共预算财政拨款基本支出决算表：83 行，35 个有数单元格');
    expect(r.stdout).toContain('项目支出绩效自评表 13 张');
  });

  it('exits 2 with a Chinese message and no stack trace on bad input', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'juesuan-'));
    const missing = await runCli('parse', join(dir, 'nope.txt'));
    expect(missing).toMatchObject({ code: 2, stdout: '' });
    expect(missing.stderr).toBe('juesuan：nope.txt：文件不存在\n');

    const bad = join(dir, 'bad.json');
    writeFileSync(bad, '{"format": "juesuan/disclosure@1"');
    const r = await runCli('parse', bad);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('bad.json');
    expect(r.stderr).toContain('JSON 语法错误');
    expect(r.stderr).not.toMatch(/\n\s+at /);

    const invalid = join(dir, 'invalid.json');
    writeFileSync(invalid, '{"format": "juesuan/disclosure@1", "meta": {}}');
    const v = await runCli('parse', invalid);
    expect(v.code).toBe(2);
    expect(v.stderr).toContain('不是有效的决算 JSON');
    expect(v.stderr).toContain('根对象 缺少字段“toc”');

    const doc = join(dir, 'notes.md');
    writeFileSync(doc, '# hi');
    const u = await runCli('parse', doc);
    expect(u.code).toBe(2);
    expect(u.stderr).toContain('无法识别的文件类型“.md”');
    // Its type, not its size: a file of an unknown type is not read, so a limit it exceeds is beside the point.
    const big = await runCli('parse', doc, '--limit', 'maxBytes=1');
    expect(big.code).toBe(2);
    expect(big.stderr).toContain('无法识别的文件类型“.md”');
  });

  it('rejects an unknown format with a Chinese usage error', async () => {
    const r = await runCli('parse', SEED_PATH, '--format', 'xml');
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('错误：选项“-f, --format <format>”的取值“xml”无效');
  });
});

describe('juesuan parse on the writer’s input JSON', () => {
  it('writes the narrative from the numbers and checks clean', async () => {
    const { seedWriterInput } = await import('../../test/fixtures/haidong.js');
    const dir = mkdtempSync(join(tmpdir(), 'juesuan-'));
    const path = join(dir, 'input.json');
    writeFileSync(path, JSON.stringify(seedWriterInput()));
    const parsed = await runCli('parse', path, '--format', 'json');
    expect(parsed.code).toBe(0);
    const doc = validateDisclosure(JSON.parse(parsed.stdout), 'stdout');
    expect(doc.narrative.map((s) => s.numbering?.raw).slice(0, 3)).toEqual(['一、', '二、', '三、']);
    const checked = await runCli('check', path, '--format', 'json', '--fail-on', 'warning');
    expect(checked.code).toBe(0);
    expect(JSON.parse(checked.stdout).summary).toMatchObject({ error: 0, warning: 0 });
  });
});
