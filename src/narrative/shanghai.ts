import { Decimal } from 'decimal.js';
import type { Amount } from '../model/money.js';
import type { Section } from '../model/narrative.js';
import { closeSentence, numbering, section, sum, ZERO2, type WriterContext } from './context.js';
import {
  adminCost,
  basicBreakdown,
  budgetItems,
  budgetTotal,
  expenditureParts,
  expenditureTotal,
  fiscalGrandTotal,
  gpbBasic,
  gpbClasses,
  gpbTotal,
  grandTotal,
  hasItemBudget,
  incomeParts,
  incomeTotal,
  structureSentence,
} from './figures.js';
import { itemReasonKey, REASON_KEYS, threePublicReasonKey, type ThreePublicItem } from '../model/writer-input.js';
import { change, comparisonWord, count, isZero, money, percent, shares } from './numbers.js';
import { performanceFigures } from './performance.js';
import { THREE_PUBLIC_PARTS } from '../model/concepts/three-public.js';
import { VEHICLE_KINDS } from '../model/concepts/vehicles.js';

/**
 * 情况说明 in the Shanghai template's conventions (附件2 部门决算模板 2024, pages 15–21): "与 2023 年度相比 … 增加
 * （减少）… 增长（下降）…", "主要原因：…", per-项 lines "1、类（类）款（款）项（项）。主要用于：…", 三公 as 七,
 * 机关运行经费 / 政府采购 / 国有资产 under 十一、其他重要事项.
 */
export function writeShanghai(ctx: WriterContext): Section[] {
  let n = 0;
  const next = () => numbering('chinese', ++n);
  return [
    section(ctx.sectionTitle('total'), next(), [totalSentence(ctx)]),
    section(ctx.sectionTitle('income'), next(), [
      structureSentence('本年收入合计', incomeTotal(ctx), incomeParts(ctx)),
    ]),
    section(ctx.sectionTitle('expenditure'), next(), [
      structureSentence('本年支出合计', expenditureTotal(ctx), expenditureParts(ctx)),
    ]),
    section(ctx.sectionTitle('fiscal'), next(), [fiscalSentence(ctx)]),
    section(ctx.sectionTitle('gpb'), next(), [], gpbSections(ctx)),
    section(ctx.sectionTitle('basic'), next(), [basicSentence(ctx)]),
    section(ctx.sectionTitle('threePublic'), next(), [], threePublicSections(ctx)),
    fundSection(ctx, 't07', ctx.sectionTitle('govfund'), '政府性基金预算财政拨款', next()),
    fundSection(ctx, 't08', ctx.sectionTitle('soe'), '国有资本经营预算财政拨款', next()),
    section(ctx.sectionTitle('performance'), next(), [performanceText(ctx)]),
    section(ctx.sectionTitle('other'), next(), [], otherSections(ctx)),
  ];
}

/** "与 2023 年度相比，<subject>增加 X 万元，增长 Z%" / "…<subject>持平". */
function compare(ctx: WriterContext, subject: string, current: Amount, last: Amount): string {
  const c = change(current, last);
  const lead = `${ctx.changeLead()}${subject}`;
  if (c.direction === 'flat') return `${lead}持平`;
  const [verb, rateWord] = c.direction === 'up' ? ['增加', '增长'] : ['减少', '下降'];
  return `${lead}${verb} ${c.diff} 万元${c.rate !== undefined ? `，${rateWord} ${c.rate}%` : ''}`;
}

/** "主要原因：R。" after a change sentence (required unless flat). */
function reasonAfter(ctx: WriterContext, key: string, sentence: string, flat: boolean): string {
  const r = flat ? ctx.optionalReason(key) : ctx.reason(key, sentence);
  return r ? `主要原因：${r}。` : '';
}

function changeParagraph(
  ctx: WriterContext,
  head: string,
  subject: string,
  cur: Amount,
  last: Amount | undefined,
  key: string,
) {
  if (!last) return `${head}。`;
  const flat = change(cur, last).direction === 'flat';
  const text = `${head}。${compare(ctx, subject, cur, last)}。`;
  return text + reasonAfter(ctx, key, text, flat);
}

function totalSentence(ctx: WriterContext): string {
  const total = grandTotal(ctx);
  return changeParagraph(
    ctx,
    `${ctx.name} ${ctx.year} 年度收入支出总计 ${money(total)} 万元`,
    '收入支出总计',
    total,
    ctx.last('grandTotal', '上年收入支出总计'),
    REASON_KEYS.totalChange,
  );
}

function fiscalSentence(ctx: WriterContext): string {
  const total = fiscalGrandTotal(ctx);
  return changeParagraph(
    ctx,
    `${ctx.name} ${ctx.year} 年度财政拨款收入支出总计 ${money(total)} 万元`,
    '财政拨款收入支出总计',
    total,
    ctx.last('fiscalGrandTotal', '上年财政拨款收入支出总计'),
    REASON_KEYS.fiscalChange,
  );
}

function gpbSections(ctx: WriterContext): Section[] {
  const total = gpbTotal(ctx);
  // No share of a zero whole: "占本年支出合计的 0.00%" would state a ratio that does not exist.
  const share = percent(total, expenditureTotal(ctx));
  const overall = changeParagraph(
    ctx,
    `一般公共预算财政拨款支出 ${money(total)} 万元${share !== undefined ? `，占本年支出合计的 ${share}%` : ''}`,
    '一般公共预算财政拨款支出',
    total,
    ctx.last('gpbExpenditure', '上年一般公共预算财政拨款支出'),
    REASON_KEYS.gpbChange,
  );
  const classes = gpbClasses(ctx);
  const pct = shares(
    classes.map((c) => c.amount),
    total,
  );
  const structureText = classes.length
    ? closeSentence(
        `一般公共预算财政拨款支出 ${money(total)} 万元，主要用于以下方面：` +
          classes.map((c, i) => `${c.label}（类）${money(c.amount)} 万元，占 ${pct[i]}%`).join('；'),
      )
    : `${ctx.name} ${ctx.year} 年度无一般公共预算财政拨款支出。`;
  if (!ctx.hasBudget) {
    const items = budgetItems(ctx).map((item, i) => {
      const title = `${item.className}（类）${item.sectionName}（款）${item.name}（项）`;
      const usage = ctx.input.usages?.[item.code];
      const text = `${title}。${usage ? `主要用于：${closeSentence(usage)}` : ''}支出决算为 ${money(item.actual)} 万元。`;
      return section(title, numbering('arabic', i + 1, `${i + 1}、`), [text]);
    });
    return [
      section('一般公共预算财政拨款支出决算总体情况', numbering('paren-chinese', 1), [overall]),
      section('一般公共预算财政拨款支出决算结构情况', numbering('paren-chinese', 2), [structureText]),
      section(
        '一般公共预算财政拨款支出决算具体情况',
        numbering('paren-chinese', 3),
        [`一般公共预算财政拨款支出决算为 ${money(total)} 万元。其中：`],
        items,
      ),
    ];
  }
  const budget = budgetTotal(ctx) ?? ZERO2;
  const head = `一般公共预算财政拨款支出年初预算为 ${money(budget)} 万元，支出决算为 ${money(total)} 万元${
    isZero(budget) ? '' : `，完成年初预算的 ${percent(total, budget)}%`
  }。`;
  const detail = head + budgetComparison(ctx, total, budget, REASON_KEYS.gpbBudget, head) + '其中：';
  const items = budgetItems(ctx).map((item, i) => {
    const title = `${item.className}（类）${item.sectionName}（款）${item.name}（项）`;
    const usage = ctx.input.usages?.[item.code];
    const figures = `年初预算为 ${money(item.budget)} 万元，支出决算为 ${money(item.actual)} 万元。`;
    const text =
      `${title}。${usage ? `主要用于：${closeSentence(usage)}` : ''}${figures}` +
      budgetComparison(ctx, item.actual, item.budget, itemReasonKey(item.code), `${title}${figures}`);
    return section(title, numbering('arabic', i + 1, `${i + 1}、`), [text]);
  });
  return [
    section('一般公共预算财政拨款支出决算总体情况', numbering('paren-chinese', 1), [overall]),
    section('一般公共预算财政拨款支出决算结构情况', numbering('paren-chinese', 2), [structureText]),
    section('一般公共预算财政拨款支出决算具体情况', numbering('paren-chinese', 3), [detail], items),
  ];
}

/** "决算数大于（小于）预算数的主要原因：R。" or "决算数与预算数持平。" */
function budgetComparison(ctx: WriterContext, actual: Amount, budget: Amount, key: string, sentence: string): string {
  const word = comparisonWord(actual, budget);
  if (word === '等于') return '决算数与预算数持平。';
  const r = ctx.reason(key, sentence);
  return r ? `决算数${word}预算数的主要原因：${r}。` : `决算数${word}预算数。`;
}

function basicSentence(ctx: WriterContext): string {
  const b = basicBreakdown(ctx);
  const list = (names: string[]) => (names.length ? `，主要包括：${names.join('、')}` : '');
  return (
    `一般公共预算财政拨款基本支出 ${money(gpbBasic(ctx))} 万元。其中：人员经费 ${money(b.personnel)} 万元${list(b.personnelItems)}；` +
    `公用经费 ${money(b.publicFunds)} 万元${list(b.publicItems)}。`
  );
}

const TP_LABEL: Record<'abroad' | 'car' | 'reception', string> = {
  abroad: '因公出国（境）费',
  car: '公务用车购置及运行维护费',
  reception: '公务接待费',
};
const TP_ITEMS = THREE_PUBLIC_PARTS;

function threePublicSections(ctx: WriterContext): Section[] {
  const y = ctx.year;
  const b = (i: ThreePublicItem) => ctx.threePublic('budget', i);
  const a = (i: ThreePublicItem) => ctx.threePublic('actual', i);
  const rate = (actual: Amount, budget: Amount) => (isZero(budget) ? '' : `，完成预算的 ${percent(actual, budget)}%`);
  const items = TP_ITEMS.map(
    (i) => `${TP_LABEL[i]}${i === 'abroad' ? '' : '支出'}决算为 ${money(a(i))} 万元${rate(a(i), b(i))}`,
  );
  let overall = `“三公”经费财政拨款支出年初预算为 ${money(b('total'))} 万元，支出决算为 ${money(a('total'))} 万元${rate(
    a('total'),
    b('total'),
  )}，其中：${items.join('；')}。`;
  const word = comparisonWord(a('total'), b('total'));
  if (word === '等于') overall += `${y} 年度“三公”经费支出决算数与预算数持平。`;
  else {
    const r = ctx.reason(REASON_KEYS.threePublicBudget, overall);
    overall += `${y} 年度“三公”经费支出决算数${word}预算数${r ? `的主要原因：${r}` : ''}。`;
  }

  const paragraphs = [overall];
  const last = ctx.last('threePublic', '上年“三公”经费支出决算数');
  if (last) {
    const lastOf = (i: ThreePublicItem) =>
      last[i] ?? (i === 'total' ? sum(TP_ITEMS.map((k) => last[k] ?? ZERO2)) : ZERO2);
    const phrase = (i: ThreePublicItem) => {
      const c = change(a(i), lastOf(i));
      if (c.direction === 'flat') return '持平';
      const [verb, rateWord] = c.direction === 'up' ? ['增加', '增长'] : ['减少', '下降'];
      return `${verb} ${c.diff} 万元${c.rate !== undefined ? `，${rateWord} ${c.rate}%` : ''}`;
    };
    const totalFlat = change(a('total'), lastOf('total')).direction === 'flat';
    let text = totalFlat
      ? `${y} 年度“三公”经费财政拨款支出决算数与 ${y - 1} 年度持平。其中：`
      : `${y} 年度“三公”经费财政拨款支出决算数比 ${y - 1} 年度${phrase('total')}，其中：`;
    text += TP_ITEMS.map((i) => `${TP_LABEL[i]}支出决算${phrase(i)}`).join('；') + '。';
    for (const i of TP_ITEMS) {
      const c = change(a(i), lastOf(i));
      if (c.direction === 'flat') continue;
      const r = ctx.reason(threePublicReasonKey(i), text);
      if (r) text += `${TP_LABEL[i]}支出${c.direction === 'up' ? '增加' : '减少'}的主要原因是${r}。`;
    }
    paragraphs.push(text);
  }

  const spent = TP_ITEMS.filter((i) => !isZero(a(i)));
  const detail: string[] = [];
  const children: Section[] = [];
  if (spent.length === 0) {
    detail.push(`${ctx.name} ${y} 年度无“三公”经费财政拨款支出。`);
  } else {
    const pct = shares(
      spent.map((i) => a(i)),
      a('total'),
    );
    detail.push(
      '“三公”经费财政拨款支出决算中，' +
        spent.map((i, k) => `${TP_LABEL[i]}支出决算 ${money(a(i))} 万元，占 ${pct[k]}%`).join('；') +
        '。具体情况如下：',
    );
    const f = ctx.input.threePublic ?? {};
    spent.forEach((i, k) => {
      const raw = `${k + 1}、`;
      let text: string;
      if (i === 'abroad') {
        text = `因公出国（境）费支出 ${money(a('abroad'))} 万元。全年安排因公出国（境）团组 ${count(f.abroadGroups)} 个、累计 ${count(f.abroadPeople)} 人次。`;
      } else if (i === 'car') {
        text =
          `公务用车购置及运行维护费支出 ${money(a('car'))} 万元。其中：公务用车购置支出为 ${money(a('carPurchase'))} 万元` +
          `${isZero(a('carPurchase')) ? '' : `，购置公务用车 ${count(f.carPurchased)} 辆`}。` +
          `公务用车运行维护支出 ${money(a('carRun'))} 万元。${y} 年，${ctx.name}所属各预算单位开支财政拨款的公务用车保有量为 ${count(f.carHeld)} 辆。`;
      } else {
        const foreign = f.foreignReceptionAmount ?? ZERO2;
        text =
          `公务接待费支出 ${money(a('reception'))} 万元。其中：国内公务接待支出 ${money(a('reception'))} 万元（含外宾接待支出 ${money(foreign)} 万元），` +
          `接待 ${count(f.receptionBatches)} 批次、${count(f.receptionPeople)} 人次，其中：接待外宾 ${count(f.foreignReceptionBatches)} 批次、${count(f.foreignReceptionPeople)} 人次。`;
      }
      children.push(section(text.slice(0, text.indexOf('。')), numbering('arabic', k + 1, raw), [text]));
    });
  }
  return [
    section('“三公”经费财政拨款支出决算总体情况说明', numbering('paren-chinese', 1), paragraphs),
    section('“三公”经费财政拨款支出决算具体情况说明', numbering('paren-chinese', 2), detail, children),
  ];
}

function fundSection(
  ctx: WriterContext,
  id: 't07' | 't08',
  title: string,
  fund: string,
  num: ReturnType<typeof numbering>,
): Section {
  const t = ctx.table(id);
  const income = ctx.amount(id, 'total', 'income');
  const spent = ctx.amount(id, 'total', 'total');
  if (!t || t.empty || (isZero(income) && isZero(spent))) {
    return section(title, num, [`${ctx.name} ${ctx.year} 年度无${fund}收入和支出。`]);
  }
  const items = budgetItems(ctx, id).map((item, i) => {
    const name = `${item.className}（类）${item.sectionName}（款）${item.name}（项）`;
    const usage = ctx.input.usages?.[item.code];
    const head = `${name}。${usage ? `主要用于：${closeSentence(usage)}` : ''}`;
    const text = hasItemBudget(ctx, item.code)
      ? (() => {
          const figures = `年初预算为 ${money(item.budget)} 万元，支出决算为 ${money(item.actual)} 万元。`;
          return (
            head + figures + budgetComparison(ctx, item.actual, item.budget, itemReasonKey(item.code), name + figures)
          );
        })()
      : `${head}支出决算为 ${money(item.actual)} 万元。`;
    return section(name, numbering('arabic', i + 1, `${i + 1}、`), [text]);
  });
  const lead = `${fund}收入 ${money(income)} 万元，支出 ${money(spent)} 万元${items.length ? '，支出具体情况如下：' : '。'}`;
  return section(title, num, [lead], items);
}

function performanceText(ctx: WriterContext): string {
  const y = ctx.year;
  const s = ctx.input.performanceSummary ?? {};
  const projects = ctx.input.performance;
  const figures = projects.map(performanceFigures);
  const funds = sum(figures.map((f) => f.budget));
  const scores = figures.map((f) => new Decimal(f.score ?? 0));
  const avg = scores.length
    ? scores
        .reduce((t, x) => t.plus(x), new Decimal(0))
        .dividedBy(scores.length)
        .toDecimalPlaces(2, Decimal.ROUND_HALF_UP)
        .toFixed(2)
    : '0.00';
  const band = (lo: number, hi: number) => scores.filter((x) => x.gte(lo) && x.lt(hi)).length;
  const ratings = s.ratings ?? { excellent: band(90, 1000), good: band(80, 90), pass: band(60, 80), fail: band(0, 60) };
  const issues = s.issues ?? { found: 0, fixed: 0, fixing: 0 };
  return (
    `${ctx.name} ${y} 年度预算绩效管理工作开展情况如下：` +
    (s.systems ? `本部门建立了如下预算绩效管理制度：${s.systems}，` : '') +
    (s.mechanism ? `建立了${s.mechanism}的预算绩效管理工作机制；` : '') +
    `全过程绩效管理实施情况：编报绩效目标的 ${y} 年度项目 ${s.goalProjects ?? projects.length} 个，涉及预算金额 ${money(s.goalFunds ?? funds)} 万元；` +
    `绩效跟踪评价的 ${y} 年度项目 ${s.trackedProjects ?? projects.length} 个，涉及预算金额 ${money(s.trackedFunds ?? funds)} 万元；` +
    `绩效自评的 ${y} 年度项目 ${s.evaluatedProjects ?? projects.length} 个，涉及预算金额 ${money(s.evaluatedFunds ?? funds)} 万元，` +
    `平均得分 ${s.averageScore ?? avg} 分` +
    `（其中，绩效评级为“优”的项目 ${ratings.excellent} 个；绩效评级为“良”的项目 ${ratings.good} 个；` +
    `绩效评级为“合格”的项目 ${ratings.pass} 个；绩效评级为“不合格”的项目 ${ratings.fail} 个。` +
    `绩效自评中共发现问题 ${issues.found} 个，已经完成整改的 ${issues.fixed} 个，正在整改的 ${issues.fixing} 个）。`
  );
}

function otherSections(ctx: WriterContext): Section[] {
  const y = ctx.year;
  const cost = adminCost(ctx) ?? ZERO2;
  const last = ctx.last('adminCost', '上年机关运行经费支出');
  let admin: string;
  if (isZero(cost) && (!last || isZero(last))) admin = `${ctx.name} ${y} 年度无机关运行经费支出。`;
  else if (!last) admin = `机关运行经费支出 ${money(cost)} 万元。`;
  else {
    const c = change(cost, last);
    const [verb, rateWord] = c.direction === 'up' ? ['增加', '增长'] : ['减少', '下降'];
    admin =
      c.direction === 'flat'
        ? `机关运行经费支出 ${money(cost)} 万元，与 ${y - 1} 年度持平。`
        : `机关运行经费支出 ${money(cost)} 万元，比 ${y - 1} 年度${verb} ${c.diff} 万元${c.rate !== undefined ? `，${rateWord} ${c.rate}%` : ''}。`;
    const r =
      c.direction === 'flat'
        ? ctx.optionalReason(REASON_KEYS.adminCostChange)
        : ctx.reason(REASON_KEYS.adminCostChange, admin);
    if (r) admin += `主要原因是${r}。`;
  }

  const p = ctx.input.procurement ?? {};
  const z = (a: Amount | undefined) => money(a ?? ZERO2);
  const procurement = [
    `${ctx.name} ${y} 年度政府采购金额（以合同签订为准）为 ${z(p.total)} 万元，其中：货物采购金额 ${z(p.goods)} 万元、` +
      `工程采购金额 ${z(p.works)} 万元、服务采购金额 ${z(p.services)} 万元。`,
    `${y} 年度本部门面向中小企业预留政府采购项目预算金额 ${z(p.smeReserved)} 万元，面向小微企业预留政府采购项目预算金额 ${z(p.smallReserved)} 万元。` +
      `在面向中小企业预留的政府采购项目中，由中小企业供应商中标或成交的，采购金额 ${z(p.smeAwardedReserved)} 万元；` +
      `在面向小微企业预留政府采购项目中，由小微企业供应商中标或成交的，采购金额 ${z(p.smallAwardedReserved)} 万元；` +
      `在其他政府采购项目中，由中小企业供应商中标或成交的，采购金额 ${z(p.smeAwardedOther)} 万元。`,
  ];

  const a = ctx.input.assets;
  const countOf = (label: string) => a?.vehicleKinds.find((k) => k.label === label)?.count ?? 0;
  const assets =
    `截至 ${a?.asOf ?? `${y} 年 12 月 31 日`}，${ctx.name}共有车辆 ${a?.vehicles ?? 0} 辆，其中：` +
    VEHICLE_KINDS.map((k) => `${k} ${countOf(k)} 辆`).join('、') +
    `。单价 100 万元（含）以上设备（不含车辆）${a?.equipmentOver1m ?? 0} 台（套）。`;
  return [
    section('机关运行经费支出情况', numbering('paren-chinese', 1), [admin]),
    section('政府采购支出情况', numbering('paren-chinese', 2), procurement),
    section('国有资产占有使用情况说明', numbering('paren-chinese', 3), [assets, ...(ctx.input.otherMatters ?? [])]),
  ];
}
