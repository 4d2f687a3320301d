import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { importDocument, inProcessPdfEngine, nodeFiles } from '../src/app/index.js';
import { checkDisclosure, type CheckResult } from '../src/check/index.js';
import type { Finding } from '../src/model/finding.js';

/**
 * The four real 预算 disclosures in samples/ checked end to end. Every error-level finding was verified by hand on
 * the page (pdftoppm render): the lists below are what each document really gets wrong, with what the page says.
 * A finding not listed is a false error (or a new real one to verify and add here).
 */
interface Expected {
  readonly rule: string;
  readonly page: number;
  /** Words of the message that pin the finding down (the figures as printed). */
  readonly says: readonly string[];
  readonly why: string;
}

interface Sample {
  readonly files: readonly string[];
  readonly errors: readonly Expected[];
  /**
   * Sentences of the 情况说明 carrying an amount or a percentage, and those no claim binds to a table cell. Each
   * unbound sentence must be one the reasons explain (a figure the tables do not hold); everything else binds.
   */
  readonly sentences: number;
  readonly unbound: readonly { readonly reason: string; readonly match: RegExp; readonly count: number }[];
}

const path = (name: string) => fileURLToPath(new URL(`../samples/${name}`, import.meta.url));

/**
 * What the Jiangsu 情况说明 states that is not (yet) bound to a cell: reasons for a change with their own figures,
 * the 收支预算总表's 类 lines named "X（类）支出" and the change sentence after some, a 款/项 item whose 项 name is
 * not the table's (gy: "一般行政事务管理" for 一般行政管理事务, narrative/item-names warns), 人员经费 / 公用经费
 * (sums of economic classes, no column of their own), the 支出预算总计 lines and the chart labels of 支出预算.
 */
const jiangsuUnbound = (counts: {
  reasons: number;
  classes: number;
  totals: number;
  charts: number;
  items: number;
  staffAndPublic: number;
  adminCost: number;
}) => [
  { reason: '主要原因 with figures of its own', match: /^主要原因/, count: counts.reasons },
  {
    reason: '类 lines of t01 and their change',
    match: /（类）支出|^(?:社会保障和就业|住房保障)支出\d|^与上年相比/,
    count: counts.classes,
  },
  { reason: '支出预算总计 / 本年支出预算合计', match: /^支出预算总计|本年支出预算合计/, count: counts.totals },
  { reason: 'chart labels of 支出预算', match: /^(?:项目支出|基本支出),\d/, count: counts.charts },
  { reason: '款/项 item named otherwise than in the table', match: /（款）.*（项）支出/, count: counts.items },
  { reason: '人员经费 / 公用经费', match: /^(?:人员经费|公用经费)\d/, count: counts.staffAndPublic },
  { reason: '机关运行经费 change on a like-for-like basis', match: /统计口径/, count: counts.adminCost },
];

const SAMPLES: Record<string, Sample> = {
  'putuo-czj-2025-budget': {
    files: ['putuo-czj-2025-budget.pdf'],
    errors: [
      {
        rule: 'narrative/amount-vs-table',
        page: 7,
        says: ['887.36', '87.36'],
        why: 'item 7 (职业年金缴费支出) prints 887.36 万元; t05 2080506 prints 873,617.00 元 = 87.36 万元 (a doubled 8)',
      },
    ],
    // p7–8 编制说明: 2 paragraphs of totals (6 sentences) + 11 items; p22 其他相关情况说明; p23–24 项目经费情况说明.
    sentences: 32,
    unbound: [
      {
        reason: '"其它" for 其他行政事业单位养老支出: no t05 item of that name',
        match: /其它行政事业单位养老支出/,
        count: 1,
      },
      { reason: '政府采购: the Shanghai 预算 prints no 政府采购 table', match: /政府采购/, count: 1 },
      { reason: '绩效目标: project funds, in no table', match: /编报绩效目标|中介机构服务费418\.80/, count: 2 },
      { reason: '国有资产: counts of equipment', match: /单价100万元/, count: 1 },
      {
        reason: '项目经费情况说明: project descriptions',
        match: /400\.00万元|3000\.00万元|信息化系统日常维护费166\.66/,
        count: 3,
      },
    ],
  },
  'putuo-wanli-2023-budget': {
    files: ['putuo-wanli-2023-budget.pdf'],
    errors: [
      {
        rule: 'narrative/amount-vs-table',
        page: 7,
        says: ['441.25', '220.63'],
        why: 'item 16 (职业年金 220.63 万元) says "2023年预算安排441.25万元", copied from item 15 (基本养老保险缴费)',
      },
      {
        rule: 'narrative/growth-rate',
        page: 7,
        says: ['60.54%', '232.79%'],
        why: 'item 16: 132.59 → 441.25 is +232.79%, the 60.54% is item 15’s (274.85 → 441.25)',
      },
      {
        rule: 'narrative/growth-rate',
        page: 6,
        says: ['314.82%', '289.12%'],
        why: 'item 3: "执行数为11.67万元，2023年预算安排45.41万元，…增加314.82%"; 45.41 ÷ 11.67 − 1 = 289.12%',
      },
      {
        rule: 'narrative/growth-rate',
        page: 6,
        says: ['1421.25', '0.00'],
        why: '"政府性基金拨款支出预算0万元，比2022年预算增加1421.25万元": the 一般公共预算 sentence’s increase copied',
      },
    ],
    // p6–9 编制说明: totals + 34 items of 3 sentences each; p29 其他相关情况说明; p30 项目经费情况说明.
    sentences: 94,
    unbound: [
      { reason: '政府采购 (no table in the Shanghai 预算)', match: /政府采购/, count: 2 },
      { reason: '绩效目标: project funds', match: /编报绩效目标/, count: 1 },
      { reason: '国有资产 figures', match: /流动资产|固定资产|单价\d+万元|长期投资|在建工程|无形资产/, count: 8 },
      { reason: '项目经费情况说明: quarterly spending plan', match: /用款计划/, count: 1 },
    ],
  },
  'jiangsu-gy-2017-budget': {
    files: ['jiangsu-gy-2017-budget.pdf'],
    errors: [
      {
        rule: 'narrative/growth-rate',
        page: 22,
        says: ['79.05%', '79.09%'],
        why: '提租补贴 1959.99 万元, +865.57 万元: 865.57 ÷ 1094.42 = 79.09%, printed 79.05%',
      },
    ],
    sentences: 68,
    unbound: jiangsuUnbound({
      reasons: 7,
      classes: 5,
      totals: 2,
      charts: 2,
      items: 1,
      staffAndPublic: 4,
      adminCost: 1,
    }),
  },
  'jiangsu-swbgt-2017-budget': {
    files: ['jiangsu-swbgt-2017-budget-narrative.pdf', 'jiangsu-swbgt-2017-budget-tables.pdf'],
    errors: [
      {
        rule: 'narrative/growth-rate',
        page: 8,
        says: ['1.66%', '1.69%'],
        why: '行政运行 6106.99 万元, +101.48 万元: 101.48 ÷ 6005.51 = 1.69%, printed 1.66%',
      },
    ],
    sentences: 53,
    unbound: jiangsuUnbound({
      reasons: 0,
      classes: 5,
      totals: 2,
      charts: 0,
      items: 0,
      staffAndPublic: 4,
      adminCost: 0,
    }),
  },
};

const said = (f: Finding, e: Expected) =>
  f.ruleId === e.rule && f.locations[0]?.source?.page === e.page && e.says.every((w) => f.message.includes(w));

describe.each(Object.entries(SAMPLES))('预算 sample %s', (_name, sample) => {
  let result: CheckResult;
  beforeAll(async () => {
    const doc = await importDocument(
      sample.files.map((f) => ({ path: path(f) })),
      { files: nodeFiles, pdf: inProcessPdfEngine },
    );
    result = checkDisclosure(doc);
  }, 120_000);

  it('finds each real error verified on the page, and no other error', () => {
    const errors = result.findings.filter((f) => f.severity === 'error');
    for (const e of sample.errors)
      expect(
        errors.some((f) => said(f, e)),
        e.why,
      ).toBe(true);
    expect(errors.filter((f) => !sample.errors.some((e) => said(f, e))).map((f) => f.message)).toEqual([]);
  });

  it('reads the number-bearing sentences, and each unbound one has a reason', () => {
    const claims = result.coverage?.claims;
    expect(claims?.sentences).toBe(sample.sentences);
    const unbound = claims?.unboundSentences ?? [];
    expect(unbound).toHaveLength(sample.unbound.reduce((n, r) => n + r.count, 0));
    // Each reason in order takes the sentences it explains; none is left over.
    let rest = unbound.map((u) => u.sentence);
    for (const r of sample.unbound) {
      const taken = rest.filter((s) => r.match.test(s)).slice(0, r.count);
      expect(taken, r.reason).toHaveLength(r.count);
      rest = rest.filter((s) => !taken.includes(s));
    }
    expect(rest).toEqual([]);
  });
});
