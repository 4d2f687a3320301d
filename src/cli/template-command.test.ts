import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../test/cli.js';
import { seedWriterInput } from '../../test/fixtures/haidong.js';
import { writeTemplate } from '../render/xlsx/index.js';

describe('juesuan template', () => {
  const dir = mkdtempSync(join(tmpdir(), 'juesuan-template-'));

  it('writes the Shanghai template for the year asked', async () => {
    const out = join(dir, '模板.xlsx');
    const r = await runCli('template', '--layout', 'shanghai', '--year', '2025', '-o', out);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('已生成');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(readFileSync(out) as unknown as ArrayBuffer);
    const visible = wb.worksheets.filter((w) => w.state === 'visible').map((w) => w.name);
    expect(visible.slice(0, 9)).toEqual([
      '表1 收入支出决算总表',
      '表2 收入决算表',
      '表3 支出决算表',
      '表4 财政拨款收入支出决算总表',
      '表5 一般公共预算财政拨款支出决算表',
      '表6 一般公共预算财政拨款基本支出决算表',
      '表7 财政拨款“三公”经费支出决算表',
      '表8 政府性基金预算财政拨款收入支出决算表',
      '表9 国有资本经营预算财政拨款收入支出决算表',
    ]);
    const meta = wb.getWorksheet('_juesuan');
    expect(meta?.getCell('B3').value).toBe('shanghai');
    expect(meta?.getCell('B4').value).toBe(2025);
    // The 三公 header of the Shanghai template: 财政拨款“三公”经费 over every column, 预算数/决算数 at the bottom.
    const t09 = wb.getWorksheet('表7 财政拨款“三公”经费支出决算表');
    expect(t09?.getCell('A3').value).toBe('财政拨款“三公”经费');
    expect(t09?.getCell('L3').master.address).toBe('A3');
    expect([t09?.getCell('A6').value, t09?.getCell('B6').value]).toEqual(['预算数', '决算数']);
  });

  it('rejects a bad year and a non-.xlsx output with a Chinese message and exit code 2', async () => {
    const bad = await runCli('template', '--year', '24', '-o', join(dir, 'x.xlsx'));
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('年度“24”无效');
    const ext = await runCli('template', '-o', join(dir, 'x.txt'));
    expect(ext.code).toBe(2);
    expect(ext.stderr).toContain('输出文件应以 .xlsx 结尾');
  });

  it('lets `juesuan parse` read a filled template into the whole document', async () => {
    const path = join(dir, '已填.xlsx');
    writeFileSync(path, await writeTemplate({ layout: 'qinghai', year: 2024, input: seedWriterInput() }));
    const r = await runCli('parse', path, '--format', 'json');
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.stdout) as { meta: { sourceFormat: string }; narrative: { title: string }[] };
    expect(doc.meta.sourceFormat).toBe('xlsx');
    expect(doc.narrative.map((s) => s.title)).toContain('机关运行经费支出情况说明');
  });
});
