import { describe, expect, it } from 'vitest';
import { checkDisclosure } from '../check/index.js';
import type { Section } from '../model/narrative.js';
import { buildTable } from '../../test/fixtures/build.js';
import { amt } from '../../test/fixtures/haidong.js';
import { putuoCzjWriterInput } from '../../test/fixtures/putuo-czj.js';
import { composeDisclosure } from './index.js';

/** Figures and direction words of a sentence, reasons left out; 30.00 → 30. */
function claims(s: string): string[] {
  const figures = s.replace(/\s+/g, '').replace(/主要原因(是|：)[^。；]*/g, '');
  return [...figures.matchAll(/\d+(?:\.\d+)?|增加|减少|增长|下降|大于|小于|等于|持平/g)].map((m) =>
    /\d/.test(m[0]) ? String(Number(m[0])) : m[0],
  );
}

function find(sections: readonly Section[], ...path: RegExp[]): Section {
  let list = sections;
  let found: Section | undefined;
  for (const re of path) {
    found = list.find((s) => re.test(`${s.numbering?.raw ?? ''}${s.title}`));
    if (!found) throw new Error(`no section ${re}`);
    list = found.children;
  }
  return found as Section;
}

const text = (s: Section) => s.paragraphs.map((p) => p.text).join('');

/**
 * Sentences of 上海市普陀区财政局 2024 情况说明 (putuo-czj-2024.pdf, pages 14–17), copied from the document; the
 * writer must state the same figures and direction words where the document is right.
 */
const CZJ = {
  total: '上海市普陀区财政局2024年度收入支出总计2995.39万元。与2023年度相比，收入支出总计减少56.95万元，下降1.87%。',
  income: '本年收入合计2946.25万元，其中：财政拨款收入2940.05万元，占99.79%；其他收入6.2万元，占0.21%；',
  expenditure: '本年支出合计2940.05万元，其中：基本支出2336.91万元，占79.49%；项目支出603.14万元，占20.51%；',
  gpb: '一般公共预算财政拨款支出2940.05万元，占本年支出合计的100.00%。与2023年度相比，一般公共预算财政拨款支出减少63.14万元，下降2.10%。',
  basic: '一般公共预算财政拨款基本支出2336.91万元。其中：人员经费2152.26万元；公用经费184.65万元。',
  admin: '机关运行经费支出184.65万元，比2023年度增加2.55万元，增长1.40%。',
  procurement: '上海市普陀区财政局2024年度政府采购金额（以合同签订为准）为251.25万元，其中：货物采购金额4.79万元、工程采购金额0万元、服务采购金额246.47万元。',
  assets: '截至2024年12月31日，上海市普陀区财政局共有车辆0辆，其中：部级领导干部用车0辆、主要领导干部用车0辆、机要通信用车0辆、应急保障用车0辆、执法执勤用车0辆、特种专业技术用车0辆、离退休干部用车0辆、其他用车0辆。单价100万元（含）以上设备（不含车辆）2台（套）。',
}; // prettier-ignore

describe('composeDisclosure for the Shanghai layout (上海市普陀区财政局 2024, hand-entered)', () => {
  const doc = composeDisclosure(putuoCzjWriterInput());
  const gen = (...p: RegExp[]) => text(find(doc.narrative, ...p));

  it('follows the template’s eleven sections in its order, every reason supplied', () => {
    expect(doc.narrative.map((s) => s.numbering?.raw + s.title)).toEqual([
      '一、收入支出决算总体情况说明',
      '二、收入决算情况说明',
      '三、支出决算情况说明',
      '四、财政拨款收入支出决算总体情况说明',
      '五、一般公共预算财政拨款支出决算情况说明',
      '六、一般公共预算财政拨款基本支出决算情况说明',
      '七、财政拨款“三公”经费支出决算情况说明',
      '八、政府性基金预算财政拨款收入支出决算情况说明',
      '九、国有资本经营预算财政拨款收入支出决算情况说明',
      '十、预算绩效管理情况',
      '十一、其他重要事项的情况说明',
    ]);
    // The document's own 四 is broken ("总计 0.3 万元 … 持平"), so last year's 财政拨款总计 is not known: the
    // writer leaves the comparison out and says so (info), rather than invent one.
    expect(doc.diagnostics.map((d) => [d.severity, d.ruleId, d.message])).toEqual([
      ['info', 'writer/missing-fact', '未提供上年财政拨款收入支出总计，未写与上年的比较'],
    ]);
    expect(text(find(doc.narrative, /^四、/))).toBe('上海市普陀区财政局 2024 年度财政拨款收入支出总计 2961.68 万元。');
  });

  it('states the totals, shares and changes as the document', () => {
    expect(claims(gen(/^一、/))).toEqual(claims(CZJ.total));
    expect(claims(gen(/^二、/))).toEqual(claims(CZJ.income));
    expect(claims(gen(/^三、/))).toEqual(claims(CZJ.expenditure));
    expect(claims(gen(/^五、/, /^（一）/))).toEqual(claims(CZJ.gpb));
    expect(claims(gen(/^六、/))).toEqual(claims(CZJ.basic));
    expect(claims(gen(/^十一、/, /^（一）/))).toEqual(claims(CZJ.admin));
    expect(claims(find(doc.narrative, /^十一、/, /^（二）/).paragraphs[0]?.text ?? '')).toEqual(
      claims(CZJ.procurement),
    );
    expect(claims(gen(/^十一、/, /^（三）/))).toEqual(claims(CZJ.assets));
    expect(gen(/^一、/)).toContain('与 2023 年度相比，收入支出总计减少 56.95 万元，下降 1.87%。主要原因：');
  });

  it('corrects the structure shares (the document prints 一般公共服务支出 占 71.73%; 2106.66 / 2940.05 = 71.65%)', () => {
    expect(claims(gen(/^五、/, /^（二）/))).toEqual([
      '2940.05', '2106.66', '71.65', '326.72', '11.11', '60.99', '2.07', '445.69', '15.16',
    ]); // prettier-ignore
  });

  it('writes every 项 with 主要用于, budget and actual, and 持平 where they are equal', () => {
    const detail = find(doc.narrative, /^五、/, /^（三）/);
    expect(claims(text(detail))).toEqual(['2993.93', '2940.05', '98.2', '小于']); // document: 2993.92 (Σ 项 is 2993.93)
    expect(detail.children.map((c) => c.numbering?.raw)).toEqual([
      '1、',
      '2、',
      '3、',
      '4、',
      '5、',
      '6、',
      '7、',
      '8、',
      '9、',
      '10、',
      '11、',
    ]);
    expect(text(detail.children[0] as Section)).toBe(
      '一般公共服务支出（类）财政事务（款）行政运行（项）。主要用于：局本部人员经费及公用经费等的基本支出。' +
        '年初预算为 1560.05 万元，支出决算为 1511.89 万元。决算数小于预算数的主要原因：人员进出及退休变化，减少人员经费开支。',
    );
    expect(text(detail.children[1] as Section)).toContain(
      '年初预算为 10.00 万元，支出决算为 10.00 万元。决算数与预算数持平。',
    );
  });

  it('writes 三公 with 持平 for an unchanged year and the no-spending statement', () => {
    const overall = gen(/^七、/, /^（一）/);
    expect(overall).toContain('年初预算为 0.95 万元，支出决算为 0.00 万元，完成预算的 0.00%');
    expect(overall).toContain('2024 年度“三公”经费财政拨款支出决算数与 2023 年度持平。');
    expect(gen(/^七、/, /^（二）/)).toBe('上海市普陀区财政局 2024 年度无“三公”经费财政拨款支出。');
    expect(gen(/^八、/)).toBe('上海市普陀区财政局 2024 年度无政府性基金预算财政拨款收入和支出。');
  });

  it('passes the checker with zero errors and zero warnings', () => {
    const findings = checkDisclosure(doc).findings.filter((f) => f.severity !== 'info');
    expect(findings.map((f) => `${f.ruleId}: ${f.message}`)).toEqual([]);
    expect(doc.tables.find((t) => t.id === 't07')?.notes).toEqual([
      '说明：上海市普陀区财政局本年度没有政府性基金预算财政拨款收入和支出，故本表无数据。',
    ]);
  });

  it('leaves no placeholder of the template in the text', () => {
    expect(JSON.stringify(doc.narrative)).not.toMatch(/XX|××|undefined|NaN/);
  });
});

describe('a non-empty 政府性基金 table (Shanghai template 八: per-项 lines)', () => {
  const base = putuoCzjWriterInput();
  const t07 = buildTable('shanghai/t07', [
    ['total', '合计', { income: '100', total: '80', project: '80', carryOut: '20' }],
    ['212', '城乡社区支出', { income: '100', total: '80', project: '80', carryOut: '20' }],
    ['21208', '国有土地使用权出让收入安排的支出', { income: '100', total: '80', project: '80', carryOut: '20' }],
    ['2120801', '征地和拆迁补偿支出', { income: '100', total: '80', project: '80', carryOut: '20' }],
  ]);
  const doc = composeDisclosure({
    ...base,
    tables: base.tables.map((t) => (t.id === 't07' ? t07 : t)),
    budget: { items: { ...base.budget?.items, '2120801': amt('90') } },
    reasons: { ...base.reasons, 'item.2120801': '部分拆迁项目延至下年' },
    usages: { ...base.usages, '2120801': '旧区改造征收补偿' },
  });

  it('states income, spending and each 项 with its 年初预算, keeping the fund’s budget out of 一般公共预算', () => {
    const fund = find(doc.narrative, /^八、/);
    expect(text(fund)).toBe('政府性基金预算财政拨款收入 100.00 万元，支出 80.00 万元，支出具体情况如下：');
    expect(fund.children.map(text)).toEqual([
      '城乡社区支出（类）国有土地使用权出让收入安排的支出（款）征地和拆迁补偿支出（项）。主要用于：旧区改造征收补偿。' +
        '年初预算为 90.00 万元，支出决算为 80.00 万元。决算数小于预算数的主要原因：部分拆迁项目延至下年。',
    ]);
    expect(claims(text(find(doc.narrative, /^五、/, /^（三）/)))).toEqual(['2993.93', '2940.05', '98.2', '小于']);
    expect(find(doc.narrative, /^五、/, /^（三）/).children).toHaveLength(11);
  });
});

describe('the unit the writer states', () => {
  it('writes the document’s unit, never a hard-coded 万元 (the 100 万元 equipment threshold aside)', () => {
    const input = putuoCzjWriterInput();
    const inYuan = { ...input, meta: { ...input.meta, unit: '元' as const } };
    const all = (secs: readonly Section[]): string =>
      secs.map((s) => s.paragraphs.map((p) => p.text).join('') + all(s.children)).join('');
    const wan = all(composeDisclosure(input).narrative);
    const yuan = all(composeDisclosure(inYuan).narrative);
    expect(wan).toMatch(/2995\.39\s*万元/);
    expect(yuan).toMatch(/2995\.39\s*元/);
    expect(yuan.replace(/单价\s*100\s*万元/g, '')).not.toContain('万元');
  });
});
