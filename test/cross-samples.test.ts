/**
 * The cross-document checks on a real pair: 上海市普陀区财政局's 2025 预算 (tables in 元, its "三公" table and its
 * text in 万元) against its 2024 决算 (万元). Every figure compared here was read off both PDFs by eye:
 * 2025 预算 p.“2025年‘三公’经费预算情况说明”: "三公"经费预算数 0.95 万元、因公出国（境）费 0 万元、公务用车购置费
 * 0 万元、运行费 0 万元、公务接待费 0.95 万元, each "与2024年预算持平/一致"; the 2024 决算's 财政拨款"三公"经费支出
 * 决算表 prints 预算数 0.95 万元 under 合计 and under 公务接待费 and leaves the other 预算数 columns blank — so they
 * all agree, and before the sentence's unit was used each 0.95 was read as 0.95 元 against 9500 元.
 */
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkAcross, expectedRelated } from '../src/check/cross/index.js';
import type { Disclosure } from '../src/model/disclosure.js';
import { importForTest } from './import.js';

const sample = (name: string) => fileURLToPath(new URL(`../samples/${name}`, import.meta.url));

describe('the 2025 预算 of 普陀区财政局 against its 2024 决算', () => {
  let budget: Disclosure;
  let final: Disclosure;
  beforeAll(async () => {
    [budget, final] = await Promise.all([
      importForTest(sample('putuo-czj-2025-budget.pdf')),
      importForTest(sample('putuo-czj-2024.pdf')),
    ]);
  }, 120_000);

  it('compares the "三公" sentences in the sentence’s unit (万元), not the 预算 tables’ unit (元)', () => {
    const r = checkAcross(budget, [{ relation: 'previous-year-final', doc: final, source: 'putuo-czj-2024.pdf' }]);
    const related = r.related.find((x) => x.relation === 'previous-year-final')!;
    expect(related.absent).toBe(false);
    // The five "与2024年预算持平/一致" sentences of the "三公" section, at least.
    expect(related.claimsCompared).toBeGreaterThanOrEqual(5);
    const threePublic = r.findings.filter((f) => f.message.includes('“三公”经费'));
    expect(threePublic.map((f) => f.message)).toEqual([]);
  });

  // 2025 预算 p.7 "一般公共预算拨款支出预算3,121.42万元，比2024年预算增加107.62万元" implies a 2024 budget of
  // 3013.80 万元; the 2024 决算's 情况说明 says "一般公共预算财政拨款支出年初预算为2993.92万元". A warning, not an
  // error: "2024年预算" may be the adjusted budget.
  it('finds the 2024 budget the 2025 预算 implies (3013.80) unlike the 年初预算 the 2024 决算 states (2993.92)', () => {
    const r = checkAcross(budget, [{ relation: 'previous-year-final', doc: final, source: 'putuo-czj-2024.pdf' }]);
    const f = r.findings.filter((x) => x.ruleId === 'related/budget-vs-previous-final');
    expect(f.map((x) => [x.severity, x.actual, x.expected])).toEqual([['warning', '3013.80 万元', '2993.92 万元']]);
    expect(f[0]!.message).toContain('putuo-czj-2024.pdf');
  });

  it('says plainly that the previous year’s 预算 is absent', () => {
    const r = checkAcross(budget, [{ relation: 'previous-year-final', doc: final, source: 'putuo-czj-2024.pdf' }], {
      expected: expectedRelated(budget),
    });
    const previousBudget = r.related.find((x) => x.relation === 'previous-year');
    expect(previousBudget).toMatchObject({ absent: true, claimsCompared: 0 });
    expect(previousBudget?.note).toContain('未找到上年同类公开');
  });
});
