import { describe, expect, it } from 'vitest';
import { checkDisclosure } from './index.js';
import { correctedSeed, parsedSeed } from '../../test/fixtures/seed-edits.js';

describe('checkDisclosure on the seed', () => {
  const result = checkDisclosure(parsedSeed());
  const at = (ruleId: string, severity?: string) =>
    result.findings.filter((f) => f.ruleId === ruleId && (!severity || f.severity === severity));

  it('reports each real error once, at its line, and nothing that rounding explains as an error', () => {
    const errors = result.findings
      .filter((f) => f.severity === 'error')
      .map((f) => `${f.ruleId}@${f.locations[0]?.source?.line}`);
    // Read off the sample by a person: t06 301 (line 323); 五（三）2.(2)(5)(12) amounts (505, 511, 527);
    // 2.(6) rate (513); 2.(12) missing % (527); 2.(11) repeated (525); 3.(1) 等于 (531); 九（三）50% (571);
    // 十 减少/增长 (575); 十二 111.10% (585). Found in issue 10: 六's lists name 医疗费 and 手续费, blank in t06 (545).
    expect(errors.sort()).toEqual(
      [
        'sum/economic-hierarchy@323',
        'narrative/amount-vs-table@505',
        'narrative/amount-vs-table@511',
        'narrative/amount-vs-table@527',
        'narrative/execution-rate@513',
        'narrative/percent-sign@527',
        'narrative/numbering@525',
        'narrative/comparison-word@531',
        'narrative/growth-rate@571',
        'narrative/direction-word@575',
        'narrative/share@585',
        'narrative/item-list@545',
        'narrative/item-list@545',
      ].sort(),
    );
  });

  it('gives the computed values of the errors', () => {
    expect(at('sum/economic-hierarchy', 'error')[0]).toMatchObject({ expected: '819.10', actual: '821.71' });
    expect(at('narrative/execution-rate', 'error')[0]).toMatchObject({ expected: '164.48%', actual: '164.39%' });
    expect(at('narrative/percent-sign')[0]).toMatchObject({ expected: '21489.19%', actual: '214.86' });
    expect(at('narrative/growth-rate', 'error')[0]).toMatchObject({ expected: '100.00%', actual: '50%' });
    expect(at('narrative/growth-rate', 'error')[0]?.data).toMatchObject({ previousYear: '2.50' });
    expect(at('narrative/direction-word')[0]?.data).toMatchObject({
      previousIfIncrease: '41.45',
      rateIfIncrease: '13.12%',
      previousIfDecrease: '52.33',
      rateIfDecrease: '10.40%',
    });
  });

  it('keeps rounding-explainable differences at info', () => {
    // 0.01 roll-up differences, 937.03 vs 890.15 + 46.89, 64.03% vs 64.04%, 96.11% of 5.20, truncated 执行率.
    expect(at('cross/table-identities').map((f) => f.severity)).toEqual(['info']);
    expect(at('narrative/growth-rate', 'info').map((f) => f.actual)).toEqual(['64.03%']);
    expect(at('narrative/share', 'info').map((f) => f.actual)).toEqual(['96.11%', '3.89%']);
    expect(at('performance/execution-rate').map((f) => [f.severity, f.actual])).toEqual([
      ['info', '96.66%'],
      ['info', '86.23%'],
      ['info', '84.66%'],
    ]);
    expect(at('sum/functional-hierarchy').every((f) => f.severity === 'info')).toBe(true);
    expect(at('sum/functional-hierarchy').length).toBeGreaterThan(20);
  });

  it('warns about the 目录 entries that differ from the body', () => {
    expect(at('completeness/toc-headings').map((f) => [f.severity, f.actual])).toEqual([
      ['warning', '第二部分 2024 年度部门决算公开报表'], // body (line 96): 第二部分 2024 年度部门决算报表
      ['warning', '六、一般公共预算财政拨款基本支出决算表'],
      ['warning', '十三、其他重要事项的情况说明'],
    ]);
  });

  it('includes the importer diagnostics and counts by severity', () => {
    expect(result.findings[0]?.ruleId).toBe('import/cover-name-repaired');
    const count = (s: string) => result.findings.filter((f) => f.severity === s).length;
    expect(result.summary).toEqual({ error: count('error'), warning: count('warning'), info: count('info') });
    expect(result.summary.error).toBe(13);
  });
});

describe('checkDisclosure on the corrected seed', () => {
  it('finds no error and no warning', () => {
    const r = checkDisclosure(correctedSeed());
    const serious = r.findings.filter((f) => f.severity !== 'info').map((f) => `${f.ruleId}: ${f.message}`);
    expect(serious).toEqual([]);
    expect(r.summary.error + r.summary.warning).toBe(0);
  });

  it('honours the configuration: off and severities', () => {
    const r = checkDisclosure(parsedSeed(), {
      config: {
        rules: {
          'narrative/numbering': 'off',
          'narrative/placeholder': 'warning',
          'sum/economic-hierarchy': 'warning',
        },
      },
    });
    expect(r.findings.some((f) => f.ruleId === 'narrative/numbering')).toBe(false);
    expect(r.findings.filter((f) => f.ruleId === 'sum/economic-hierarchy').map((f) => f.severity)).toEqual([
      'warning',
      'info',
    ]);
  });

  it('runs the audit formulas of the configuration', () => {
    const r = checkDisclosure(parsedSeed(), {
      config: {
        formulas: [
          { id: 'mine', expr: 't06[301] = t06[30101] + t06[30102]', message: '工资福利支出只含基本工资和津贴补贴' },
        ],
      },
    });
    const f = r.findings.filter((x) => x.ruleId === 'formula/custom');
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({
      severity: 'error',
      expected: '394.25',
      actual: '821.71',
      data: { formulaId: 'mine' },
    });
  });
});
