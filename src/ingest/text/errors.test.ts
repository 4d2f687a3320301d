import { describe, expect, it } from 'vitest';
import { IngestError } from '../errors.js';
import { parseText } from './index.js';
import { seedText } from '../../../test/seed.js';

const FILE = 'broken.txt';

/** The seed with one line replaced (1-based line number), made in the test; the sample itself is untouched. */
function seedWithLine(no: number, replace: (line: string) => string): string {
  const lines = seedText().split('\n');
  lines[no - 1] = replace(lines[no - 1] ?? '');
  return lines.join('\n');
}

function errorOf(text: string): IngestError {
  try {
    parseText(text, { file: FILE });
  } catch (e) {
    if (e instanceof IngestError) return e;
    throw e;
  }
  throw new Error('expected an IngestError');
}

describe('parseText failure messages', () => {
  it('rejects an empty file', () => {
    expect(errorOf('\n\n').message).toBe('broken.txt：文件为空');
  });

  it('rejects binary content', () => {
    expect(errorOf('PK\u0003\u0004\u0000\u0000').message).toContain('这不是文本文件');
  });

  it('rejects a text that is not a disclosure, naming the file and line', () => {
    const e = errorOf('会议纪要\n\n今天讨论了三件事。\n');
    expect(e.message).toBe('broken.txt，第 1 行：不是部门决算公开文档：开头找不到“XXXX 年度部门决算”字样');
  });

  it('rejects a disclosure without its tables part', () => {
    const text = seedText().split('\n').slice(0, 95).join('\n');
    expect(errorOf(text).message).toContain('找不到“第二部分”中的决算报表');
  });

  it('names table, column and line when an amount cell holds text', () => {
    // Line 159: 2080101 行政运行 in 收入决算表.
    const e = errorOf(seedWithLine(159, (l) => l.replace('432.16', '四百三十二')));
    expect(e.message).toBe('broken.txt，第 159 行：表“收入决算表”的“本年收入合计”栏应为金额，实际为“四百三十二”');
    expect(e.source).toEqual({ file: FILE, line: 159 });
  });

  it('names the line of a row with more figures than the header has columns', () => {
    const e = errorOf(seedWithLine(283, (l) => `${l}\t9.99`));
    expect(e.message).toContain(
      '第 283 行：无法读取表“一般公共预算财政拨款支出决算表”：该行有 4 个数值栏，表头只有 3 栏',
    );
  });

  it('names an unreadable economic code in t06', () => {
    const e = errorOf(seedWithLine(324, (l) => l.replace('30101', '3O1O1')));
    expect(e.message).toContain(
      '第 324 行：无法读取表“一般公共预算财政拨款基本支出决算明细表”：第 1 组的科目代码“3O1O1”不是经济分类编码',
    );
  });

  it('names a row that is neither a code nor 合计', () => {
    const e = errorOf(seedWithLine(197, (l) => l.replace('2010301', '行政')));
    expect(e.message).toContain('第 197 行：无法读取表“支出决算表”：无法识别的行');
  });

  it('rejects a 绩效自评表 without its 总分 row', () => {
    const e = errorOf(seedWithLine(635, () => ''));
    expect(e.message).toBe('broken.txt，第 597 行：绩效自评表“劳动维权工作经费”缺少“总分”行');
  });

  it('rejects table rows in the narrative that belong to no table', () => {
    const e = errorOf(seedWithLine(597, () => '附表'));
    expect(e.message).toMatch(/^broken\.txt，第 601 行：情况说明中有无法识别的表格行/);
  });

  it('reports a missing unit as a diagnostic, not a failure', () => {
    const doc = parseText(
      seedWithLine(104, () => ''),
      { file: FILE },
    );
    expect(doc.diagnostics.find((d) => d.ruleId === 'import/unit-missing')?.message).toBe(
      '表“收入支出决算总表”未写明金额单位，按“万元”读取',
    );
  });
});
