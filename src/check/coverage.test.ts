import { describe, expect, it } from 'vitest';
import type { Disclosure } from '../model/disclosure.js';
import { cloneDoc } from '../../test/seed.js';
import { parsedSeed } from '../../test/fixtures/seed-edits.js';
import { coverageLine } from './coverage.js';
import { runRules } from './engine.js';
import { formatText } from './formatters/text.js';
import { checkDisclosure } from './index.js';
import type { Rule } from './types.js';

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

describe('what the check could not look at', () => {
  it('nothing on the seed: all 11 tables checked', () => {
    const { coverage } = checkDisclosure(parsedSeed());
    expect(coverage.tables.checked).toHaveLength(11);
    expect(coverageLine(coverage)).toBeUndefined();
  });

  it('lists a table of an unregistered schema (built in memory), a table the importer could not read and a missing section', () => {
    const doc = cloneDoc(parsedSeed()) as Mutable<Disclosure>;
    const t05 = doc.tables.find((t) => t.id === 't05') as Mutable<Disclosure['tables'][number]>;
    t05.schema = 'beijing/t05';
    doc.tables = doc.tables.filter((t) => t.id !== 't07');
    doc.diagnostics = [
      ...doc.diagnostics,
      {
        ruleId: 'import/table-unreadable',
        severity: 'error',
        message: '表“政府性基金预算财政拨款收入支出决算表”只有标题，找不到表格内容',
        locations: [{ table: 't07', source: { page: 9 } }],
      },
      {
        ruleId: 'import/unknown-table',
        severity: 'warning',
        message: '第 12 页有一个无法识别表名的表格（3 行 4 栏），未读取',
        locations: [{ source: { page: 12 } }],
      },
    ];
    doc.narrative = doc.narrative.filter((s) => !/机关运行经费/.test(s.title));
    const { coverage, findings } = checkDisclosure(doc);
    expect(coverage.tables.checked).not.toContain('t05');
    expect(coverage.tables.checked).not.toContain('t07');
    expect(coverage.tables.unknown.map((g) => g.id)).toEqual(['beijing/t05', 'unknown']);
    expect(coverage.tables.unreadable.map((g) => [g.id, g.title])).toEqual([
      ['t07', '政府性基金预算财政拨款收入支出决算表'],
    ]);
    expect(coverage.tables.missing).toEqual([]); // unreadable, not missing
    expect(coverage.sectionsMissing.map((g) => g.title)).toEqual(['机关运行经费支出情况说明']);
    expect(coverageLine(coverage)).toBe(
      '未能审核：1 张表无法读取（政府性基金预算财政拨款收入支出决算表）；2 张表无法识别（一般公共预算财政拨款支出决算表、第 12 页的表格）；情况说明缺少 1 节（机关运行经费支出情况说明）',
    );
    expect(findings.some((f) => f.ruleId === 'completeness/missing-section')).toBe(true);
  });

  it('lists a rule that failed (and keeps its warning finding)', () => {
    const broken: Rule = {
      meta: {
        id: 'test/broken',
        category: 'sum',
        title: '会出错的规则',
        description: '测试',
        example: '测试',
        defaultSeverity: 'error',
        messages: { x: '测试' },
      },
      run: () => {
        throw new Error('表格结构不符');
      },
    };
    const run = runRules(parsedSeed(), [], [broken], {});
    expect(run.failed).toEqual([{ id: 'test/broken', title: '会出错的规则', reason: '表格结构不符' }]);
    expect(run.findings).toMatchObject([
      { ruleId: 'test/broken', severity: 'warning', message: '审核规则“会出错的规则”未能完成：表格结构不符' },
    ]);
    const doc = parsedSeed();
    const text = formatText([
      {
        file: 'a.txt',
        document: doc.meta,
        findings: [],
        summary: { error: 0, warning: 0, info: 0 },
        coverage: { ...checkDisclosure(doc).coverage, rulesFailed: run.failed },
      },
    ]);
    expect(text).toContain('未能审核：1 条规则未能完成（会出错的规则）');
    expect(text).toContain('已审核的部分未发现问题。');
  });
});
