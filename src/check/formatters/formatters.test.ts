import { describe, expect, it } from 'vitest';
import type { Finding } from '../../model/finding.js';
import { FORMATTERS, type FileReport } from './index.js';

/** Hand-written findings (formatters are tested without the engine). */
const findings: Finding[] = [
  {
    ruleId: 'narrative/amount-vs-table',
    severity: 'error',
    message: '情况说明写“支出决算为 26.17 万元”，但表中为 26.18 万元，相差 0.01 万元',
    locations: [
      {
        sectionPath: ['五、一般公共预算财政拨款支出决算情况说明', '（三）具体情况', '(2)综合业务管理'],
        sentence: '支出决算为 26.17 万元',
        source: { file: 'a.txt', line: 505 },
      },
    ],
    related: [
      {
        table: 't05',
        rowKey: '2080104',
        rowCode: '2080104',
        rowLabel: '综合业务管理',
        column: 'total',
        columnLabel: '本年支出/小计',
        source: { file: 'a.txt', line: 283 },
      },
    ],
    expected: '26.18',
    actual: '26.17',
  },
  {
    ruleId: 'sum/functional-hierarchy',
    severity: 'info',
    message: '收入决算表“208”行应等于其下各款之和，相差 0.01 <尾数>',
    locations: [
      {
        table: 't02',
        rowKey: '208',
        rowCode: '208',
        rowLabel: '社会保障和就业支出',
        column: 'total',
        columnLabel: '本年收入合计',
        source: { file: 'a.txt', line: 157 },
      },
    ],
  },
  {
    ruleId: 'completeness/toc-headings',
    severity: 'warning',
    message: '目录与正文不同',
    locations: [{ source: { file: 'b.pdf', page: 3 } }],
  },
];
const report: FileReport = {
  file: 'a.txt',
  document: {
    name: '海东市人力资源和社会保障局',
    fiscalYear: 2024,
    unit: '万元',
    kind: '部门',
    layout: 'qinghai',
    title: '2024 年度部门决算',
  },
  findings,
  summary: { error: 1, warning: 1, info: 1 },
};

describe('formatters', () => {
  it('text: Chinese, grouped by table and section, with where to look and what to fix', () => {
    const t = FORMATTERS.text([report]);
    expect(t).toContain('a.txt：海东市人力资源和社会保障局 2024 年度（青海版式）');
    expect(t).toContain('情况说明 五、一般公共预算财政拨款支出决算情况说明');
    expect(t).toContain('[错误] 第 505 行');
    expect(t).toContain('应为 26.18，实为 26.17');
    expect(t).toContain('报表 t02：收入决算表');
    expect(t).toContain('[警告] 第 3 页');
    expect(t).toContain('共 1 个错误、1 个警告、1 条提示。');
  });

  it('text: each finding shows its rule title; info is one line per group unless verbose', () => {
    const rounding: Finding = { ...(findings[1] as Finding), messageId: 'rounding' };
    const r = { ...report, findings: [findings[0] as Finding, rounding, rounding, findings[2] as Finding] };
    const t = FORMATTERS.text([r]);
    expect(t).toContain('（规则 narrative/amount-vs-table 情况说明中的金额与报表一致）');
    expect(t).not.toContain('[提示]');
    expect(t).toContain('  报表 t02：收入决算表\n    另有 2 处尾数差异，在四舍五入误差内，用 --verbose 查看');
    const v = FORMATTERS.text([r], { verbose: true });
    expect(v).toContain('[提示] 第 157 行，208 社会保障和就业支出 “本年收入合计”栏');
    expect(v).not.toContain('--verbose');
  });

  it('json: one object for one file, an array for several', () => {
    const one = JSON.parse(FORMATTERS.json([report])) as FileReport;
    expect(Object.keys(one)).toEqual(['file', 'document', 'findings', 'summary']);
    expect(one.summary).toEqual({ error: 1, warning: 1, info: 1 });
    const two = JSON.parse(FORMATTERS.json([report, { ...report, file: 'b.txt' }])) as FileReport[];
    expect(two.map((r) => r.file)).toEqual(['a.txt', 'b.txt']);
  });

  it('sarif: 2.1.0 with rules, levels, lines, pages and related cells', () => {
    const s = JSON.parse(FORMATTERS.sarif([report])) as {
      version: string;
      runs: Array<{ tool: { driver: { rules: Array<{ id: string }> } }; results: Array<Record<string, unknown>> }>;
    };
    expect(s.version).toBe('2.1.0');
    const run = s.runs[0];
    expect(run?.tool.driver.rules.some((r) => r.id === 'narrative/amount-vs-table')).toBe(true);
    expect(run?.results.map((r) => r.level)).toEqual(['error', 'note', 'warning']);
    expect(run?.results[0]).toMatchObject({
      locations: [{ physicalLocation: { artifactLocation: { uri: 'a.txt' }, region: { startLine: 505 } } }],
      relatedLocations: [{ physicalLocation: { region: { startLine: 283 } } }],
      properties: { expected: '26.18', actual: '26.17' },
    });
    expect(run?.results[2]).toMatchObject({
      locations: [{ physicalLocation: { artifactLocation: { uri: 'b.pdf' } }, properties: { page: 3 } }],
    });
  });

  it('html: a self-contained page with escaped text', () => {
    const h = FORMATTERS.html([report]);
    expect(h).toMatch(/^<!doctype html>/);
    expect(h).toContain('<style>');
    expect(h).not.toMatch(/<script|<link/);
    expect(h).toContain('&lt;尾数&gt;');
    expect(h).toContain('错误 1');
  });
});
