import type { Amount } from '../model/money.js';
import type { Section } from '../model/narrative.js';
import type { PerformanceEvaluation } from '../model/performance.js';
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
  procurement,
  structureSentence,
} from './figures.js';
import { itemReasonKey, REASON_KEYS, threePublicReasonKey, type ThreePublicItem } from '../model/writer-input.js';
import { change, comparisonWord, count, isZero, money, percent, shares } from './numbers.js';
import { performanceFigures, projectHeading } from './performance.js';
import { THREE_PUBLIC_PARTS } from '../model/concepts/three-public.js';

/**
 * 情况说明 in the seed's conventions (海东市人社局 2024, Qinghai): thirteen numbered sections, 比上年 sentences,
 * per-项 lines "（n）款（款）项（项）。年初预算为 … 万元，支出决算为 … 万元，完成年初预算的 …%。".
 */
export function writeQinghai(ctx: WriterContext): Section[] {
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
    fundSection(ctx, 't07', ctx.sectionTitle('govfund'), '政府性基金预算财政拨款', next()),
    fundSection(ctx, 't08', ctx.sectionTitle('soe'), '国有资本经营预算财政拨款', next()),
    section(ctx.sectionTitle('threePublic'), next(), [], threePublicSections(ctx)),
    section(ctx.sectionTitle('adminCost'), next(), [adminCostSentence(ctx)]),
    section(ctx.sectionTitle('procurement'), next(), [procurementSentence(ctx)]),
    section(ctx.sectionTitle('performance'), next(), [], performanceSections(ctx)),
    section(ctx.sectionTitle('other'), next(), otherMatters(ctx)),
  ];
}

/** "比上年…增加 X 万元，增长 Z%" / "与上年持平"; `subject` is repeated after 比上年 ("收入、支出总计各"). */
function changeClause(ctx: WriterContext, current: Amount, last: Amount | undefined, subject = ''): string | undefined {
  if (!last) return undefined;
  const c = change(current, last);
  if (c.direction === 'flat') return `与上年持平`;
  const verb = c.direction === 'up' ? '增加' : '减少';
  const rateWord = c.direction === 'up' ? '增长' : '下降';
  return `${ctx.changeLead()}${subject}${verb} ${c.diff} 万元${c.rate !== undefined ? `，${rateWord} ${c.rate}%` : ''}`;
}

/** Closes a 比上年 sentence with its reason: required when the figures changed, none without a comparison. */
function withReason(ctx: WriterContext, head: string, key: string, needed: boolean, compared = true): string {
  const reason = !compared ? undefined : needed ? ctx.reason(key, head) : ctx.optionalReason(key);
  return reason ? `${head}，主要原因是${reason}。` : `${head}。`;
}

function totalSentence(ctx: WriterContext): string {
  const total = grandTotal(ctx);
  const last = ctx.last('grandTotal', '上年收入、支出总计');
  const clause = changeClause(ctx, total, last, '收入、支出总计各');
  const head = `${ctx.year} 年度收入、支出总计 ${money(total)} 万元${clause ? `，${clause}` : ''}`;
  return withReason(
    ctx,
    head,
    REASON_KEYS.totalChange,
    last !== undefined && change(total, last).direction !== 'flat',
    last !== undefined,
  );
}

function fiscalSentence(ctx: WriterContext): string {
  const total = fiscalGrandTotal(ctx);
  const last = ctx.last('fiscalGrandTotal', '上年财政拨款收入、支出总计');
  const clause = changeClause(ctx, total, last, '财政拨款收入、支出各');
  const head = `${ctx.year} 年度财政拨款收入、支出总计 ${money(total)} 万元${clause ? `。${clause}` : ''}`;
  return withReason(
    ctx,
    head,
    REASON_KEYS.fiscalChange,
    last !== undefined && change(total, last).direction !== 'flat',
    last !== undefined,
  );
}

function gpbSections(ctx: WriterContext): Section[] {
  const y = ctx.year;
  const total = gpbTotal(ctx);
  const last = ctx.last('gpbExpenditure', '上年一般公共预算财政拨款支出');
  // No share of a zero whole: "占本年支出合计的 0.00%" would state a ratio that does not exist.
  const share = percent(total, expenditureTotal(ctx));
  const clause = changeClause(ctx, total, last);
  const overall = withReason(
    ctx,
    `${y} 年度一般公共预算财政拨款支出 ${money(total)} 万元${share !== undefined ? `，占本年支出合计的 ${share}%` : ''}${clause ? `，${clause}` : ''}`,
    REASON_KEYS.gpbChange,
    last !== undefined && change(total, last).direction !== 'flat',
    last !== undefined,
  );
  const classes = gpbClasses(ctx);
  const pct = shares(
    classes.map((c) => c.amount),
    total,
  );
  const structure = classes.length
    ? closeSentence(
        `${y} 年度一般公共预算财政拨款支出主要用于以下方面：` +
          classes.map((c, i) => `${c.label}（类）${money(c.amount)} 万元，占 ${pct[i]}%`).join('；'),
      )
    : `${y} 年度没有一般公共预算财政拨款支出。`;
  return [
    section('一般公共预算财政拨款支出总体情况', numbering('paren-chinese', 1), [overall]),
    section('一般公共预算财政拨款支出结构情况', numbering('paren-chinese', 2), [structure]),
    section(
      '一般公共预算财政拨款支出具体情况',
      numbering('paren-chinese', 3),
      [budgetOverall(ctx)],
      budgetClasses(ctx),
    ),
  ];
}

/** "年初预算为 B 万元，支出决算为 A 万元，完成年初预算的 R%。决算数大于预算数的主要原因是…。" */
function executionText(
  ctx: WriterContext,
  budget: Amount | undefined,
  actual: Amount,
  key: string,
  subject: string,
): string {
  if (budget === undefined) return `支出决算为 ${money(actual)} 万元。`;
  const rate = isZero(budget) ? undefined : percent(actual, budget);
  const figures = `年初预算为 ${money(budget)} 万元，支出决算为 ${money(actual)} 万元${rate !== undefined ? `，完成年初预算的 ${rate}%` : ''}。`;
  const word = comparisonWord(actual, budget);
  const reason = word === '等于' ? ctx.optionalReason(key) : ctx.reason(key, `${subject}${figures}`);
  const because = reason ? `决算数${word}预算数的主要原因是${reason}。` : `决算数${word}预算数。`;
  return figures + because;
}

function budgetOverall(ctx: WriterContext): string {
  const budget = ctx.hasBudget ? (budgetTotal(ctx) ?? ZERO2) : undefined;
  const subject = `${ctx.year} 年度一般公共预算财政拨款支出`;
  if (budget === undefined)
    return `${ctx.year} 年度一般公共预算财政拨款支出决算为 ${money(gpbTotal(ctx))} 万元。其中：`;
  return `${subject}${executionText(ctx, budget, gpbTotal(ctx), REASON_KEYS.gpbBudget, subject)}其中：`;
}

function budgetClasses(ctx: WriterContext): Section[] {
  const items = budgetItems(ctx);
  const classes = [...new Set(items.map((i) => i.classCode))];
  return classes.map((cls, ci) => {
    const inClass = items.filter((i) => i.classCode === cls);
    const children = inClass.map((item, k) => {
      const title = `${item.sectionName}（款）${item.name}（项）`;
      const budget = ctx.input.budget ? item.budget : undefined;
      const text = `${title}。${executionText(ctx, budget, item.actual, itemReasonKey(item.code), title)}`;
      return section(title, numbering('paren-arabic', k + 1), [text]);
    });
    return section(`${inClass[0]?.className ?? cls}（类）`, numbering('arabic', ci + 1), [], children);
  });
}

function basicSentence(ctx: WriterContext): string {
  const b = basicBreakdown(ctx);
  const list = (names: string[]) => (names.length ? `，主要包括：${names.join('、')}等` : '');
  return (
    `${ctx.year} 年度一般公共预算财政拨款基本支出 ${money(gpbBasic(ctx))} 万元，其中：` +
    `人员经费 ${money(b.personnel)} 万元${list(b.personnelItems)}；` +
    `公用经费 ${money(b.publicFunds)} 万元${list(b.publicItems)}。`
  );
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
  if (!t || t.empty || (isZero(income) && isZero(spent) && isZero(ctx.amount(id, 'total', 'carryIn')))) {
    return section(title, num, [`${ctx.year} 年度，本部门没有发生${fund}收入支出相关情况。`]);
  }
  const carryIn = ctx.amount(id, 'total', 'carryIn');
  const carryOut = ctx.amount(id, 'total', 'carryOut');
  const items = budgetItems(ctx, id).map((item, k) => {
    const name = `${item.sectionName}（款）${item.name}（项）`;
    const budget = hasItemBudget(ctx, item.code) ? item.budget : undefined;
    const text = `${name}。${executionText(ctx, budget, item.actual, itemReasonKey(item.code), name)}`;
    return section(name, numbering('paren-arabic', k + 1), [text]);
  });
  return section(
    title,
    num,
    [
      `${ctx.year} 年度${fund}年初结转和结余 ${money(carryIn)} 万元，本年收入 ${money(income)} 万元，` +
        `本年支出 ${money(spent)} 万元，年末结转和结余 ${money(carryOut)} 万元。${items.length ? '其中：' : ''}`,
    ],
    items,
  );
}

const TP_LABEL: Record<ThreePublicItem, string> = {
  total: '“三公”经费',
  abroad: '因公出国（境）费用',
  car: '公务用车购置及运行维护费',
  carPurchase: '公务用车购置费',
  carRun: '公务用车运行维护费',
  reception: '公务接待费',
};
const TP_ITEMS = THREE_PUBLIC_PARTS;

function threePublicSections(ctx: WriterContext): Section[] {
  const y = ctx.year;
  const b = (i: ThreePublicItem) => ctx.threePublic('budget', i);
  const a = (i: ThreePublicItem) => ctx.threePublic('actual', i);
  const exec = (budget: Amount, actual: Amount) => {
    const r = isZero(budget) ? undefined : percent(actual, budget);
    return r !== undefined ? `，完成预算的 ${r}%` : '';
  };
  const items = TP_ITEMS.filter((i) => !isZero(b(i)) || !isZero(a(i)));
  const parts = items.map(
    (i) => `${TP_LABEL[i]}预算 ${money(b(i))} 万元，支出决算为 ${money(a(i))} 万元${exec(b(i), a(i))}`,
  );
  const overallHead =
    `${y} 年度“三公”经费支出预算为 ${money(b('total'))} 万元，支出决算为 ${money(a('total'))} 万元` +
    exec(b('total'), a('total'));
  const reason = ctx.optionalReason(REASON_KEYS.threePublicBudget);
  const overall =
    closeSentence(overallHead + (parts.length ? `，其中：${parts.join('；')}` : '')) +
    (reason ? `决算数${comparisonWord(a('total'), b('total'))}预算数的主要原因是${reason}。` : '');

  const spent = TP_ITEMS.filter((i) => !isZero(a(i)));
  let detail: Section;
  if (spent.length === 0) {
    detail = section('“三公”经费支出具体执行情况说明', numbering('paren-chinese', 2), [
      `${y} 年度无“三公”经费财政拨款支出。`,
    ]);
  } else {
    const pct = shares(
      spent.map((i) => a(i)),
      a('total'),
    );
    const lead =
      `${y} 年度“三公”经费支出决算中，` +
      spent.map((i, k) => `${TP_LABEL[i]}支出决算 ${money(a(i))} 万元，占 ${pct[k]}%`).join('；') +
      '。具体情况如下：';
    const children = spent.map((i, k) => {
      const text = threePublicDetail(ctx, i);
      const title = text.slice(0, text.indexOf('。'));
      return section(title, numbering('arabic', k + 1), [text]);
    });
    detail = section('“三公”经费支出具体执行情况说明', numbering('paren-chinese', 2), [lead], children);
  }

  const last = ctx.last('threePublic', '上年“三公”经费支出决算数');
  const sections = [section('“三公”经费支出总体情况说明', numbering('paren-chinese', 1), [overall]), detail];
  if (last) {
    const lastOf = (i: ThreePublicItem) =>
      last[i] ?? (i === 'total' ? sum(TP_ITEMS.map((k) => last[k] ?? ZERO2)) : ZERO2);
    const phrase = (i: ThreePublicItem, subject: string) => {
      const c = change(a(i), lastOf(i));
      if (c.direction === 'flat') return `${subject}与上年持平`;
      const verb = c.direction === 'up' ? '增加' : '减少';
      const rateWord = c.direction === 'up' ? '增长' : '下降';
      return `${subject}${ctx.changeLead()}${verb} ${c.diff} 万元${c.rate !== undefined ? `，${rateWord} ${c.rate}%` : ''}`;
    };
    const changed = TP_ITEMS.filter((i) => !isZero(a(i)) || !isZero(lastOf(i)));
    const itemText = changed.map((i) => {
      const head = phrase(i, `${TP_LABEL[i]}支出决算数`);
      const flat = change(a(i), lastOf(i)).direction === 'flat';
      const reason = flat ? ctx.optionalReason(threePublicReasonKey(i)) : ctx.reason(threePublicReasonKey(i), head);
      return reason ? `${head}，主要原因是${reason}` : head;
    });
    const totalReason = ctx.optionalReason(REASON_KEYS.threePublicChange);
    const text =
      closeSentence(
        phrase('total', `${y} 年度“三公”经费支出决算数`) + (totalReason ? `，主要原因是${totalReason}` : ''),
      ) + (itemText.length ? closeSentence(`其中：${itemText.join('；')}`) : '');
    sections.push(section('“三公”经费增减变化情况说明', numbering('paren-chinese', 3), [text]));
  }
  return sections;
}

function threePublicDetail(ctx: WriterContext, item: 'abroad' | 'car' | 'reception'): string {
  const a = (i: ThreePublicItem) => ctx.threePublic('actual', i);
  const facts = ctx.input.threePublic ?? {};
  if (item === 'abroad') {
    const groups = ctx.count('count.abroadGroups', facts.abroadGroups);
    const people = ctx.count('count.abroadPeople', facts.abroadPeople);
    return `因公出国（境）费用支出 ${money(a('abroad'))} 万元。其中：组织因公出国（境）团组 ${count(groups)} 个，累计 ${count(people)} 人次。`;
  }
  if (item === 'car') {
    const parts: string[] = [];
    if (!isZero(a('carPurchase'))) {
      parts.push(
        `公务用车购置费支出 ${money(a('carPurchase'))} 万元，购置公务用车 ${count(ctx.count('count.carPurchased', facts.carPurchased))} 辆`,
      );
    }
    if (!isZero(a('carRun'))) parts.push(`公务用车运行维护费支出 ${money(a('carRun'))} 万元`);
    parts.push(`公务用车保有量为 ${count(ctx.count('count.carHeld', facts.carHeld))} 辆`);
    return `公务用车购置及运行维护费支出 ${money(a('car'))} 万元。其中：${parts.join('，')}。`;
  }
  const batches = ctx.count('count.receptionBatches', facts.receptionBatches);
  const people = ctx.count('count.receptionPeople', facts.receptionPeople);
  const foreign = facts.foreignReceptionAmount;
  const kind = foreign && !isZero(foreign) ? `（含外宾接待费 ${money(foreign)} 万元）` : '（全部为国内接待费）';
  return `公务接待费支出 ${money(a('reception'))} 万元${kind}。其中：接待 ${count(batches)} 批次，接待 ${count(people)} 人次。`;
}

function adminCostSentence(ctx: WriterContext): string {
  const cost = adminCost(ctx) ?? ZERO2;
  const last = ctx.last('adminCost', '上年机关运行经费支出');
  const clause = changeClause(ctx, cost, last);
  const head = `${ctx.year} 年度，机关运行经费支出 ${money(cost)} 万元${clause ? `，${clause}` : ''}`;
  const needed = last !== undefined && change(cost, last).direction !== 'flat';
  const reason =
    last === undefined
      ? undefined
      : needed
        ? ctx.reason(REASON_KEYS.adminCostChange, head)
        : ctx.optionalReason(REASON_KEYS.adminCostChange);
  return `${head}。${reason ? `主要原因是${reason}。` : ''}`;
}

function procurementSentence(ctx: WriterContext): string {
  const p = procurement(ctx);
  if (isZero(p.total)) return `${ctx.year} 年度，本部门无政府采购支出。`;
  const sme = percent(p.sme, p.total) ?? '0.00';
  const small = percent(p.small, p.sme);
  return (
    `${ctx.year} 年度，本部门政府采购支出总额 ${money(p.total)} 万元，其中：政府采购货物支出 ${money(p.goods)} 万元、` +
    `政府采购工程支出 ${money(p.works)} 万元、政府采购服务支出 ${money(p.services)} 万元。` +
    `授予中小企业合同金额 ${money(p.sme)} 万元，占政府采购支出总额的 ${sme}%` +
    (small !== undefined
      ? `，其中：授予小微企业合同金额 ${money(p.small)} 万元，占政府采购授予中小企业合同金额的 ${small}%。`
      : '。')
  );
}

function performanceSections(ctx: WriterContext): Section[] {
  const y = ctx.year;
  const s = ctx.input.performanceSummary ?? {};
  const projects = ctx.input.performance;
  const evaluated = sum(projects.map((p) => performanceFigures(p).budget));
  const first: string[] = [];
  if (s.declaredProjects !== undefined && s.declaredFunds) {
    const share = s.projectBudgetTotal ? percent(s.declaredFunds, s.projectBudgetTotal) : undefined;
    first.push(
      `根据预算绩效管理要求，${ctx.name} ${y} 年度申报批复项目为 ${s.declaredProjects} 个部门项目，共涉及资金 ${money(s.declaredFunds)} 万元` +
        (share !== undefined ? `，占部门项目支出预算总额的 ${share}%` : '') +
        `。${s.overall ? `绩效目标完成情况：${closeSentence(s.overall)}` : ''}`,
    );
  }
  const projectSpent = ctx.amount('t03', 'total', 'project');
  let second = `${ctx.name}组织对 ${projects.length} 个项目开展了绩效自评，涉及资金 ${money(evaluated)} 万元。`;
  if (s.declaredProjects !== undefined && s.declaredFunds && !isZero(s.declaredFunds)) {
    second +=
      `从评价情况来看，${y} 年度预算申报共计 ${s.declaredProjects} 个项目，金额为 ${money(s.declaredFunds)} 万元，` +
      `项目支出 ${money(projectSpent)} 万元，预算执行率为 ${percent(projectSpent, s.declaredFunds)}%。`;
  }
  if (s.remarks) second += closeSentence(s.remarks);
  first.push(second);
  const names = projects.map((p) => `“${p.projectName}”`);
  const shown = names.length > 3 ? `${names.slice(0, 3).join('、')}等` : names.join('、');
  const lead = projects.length
    ? `在 ${y} 年度部门决算中反映${shown} ${projects.length} 个项目绩效自评结果。`
    : `${y} 年度本部门没有开展项目绩效自评。`;
  const children = projects.map((p, i) =>
    section(projectHeading(p), numbering('arabic', i + 1), [projectText(ctx, p)]),
  );
  return [
    section('绩效评价工作开展情况', numbering('paren-chinese', 1), first),
    section('项目绩效自评结果', numbering('paren-chinese', 2), [lead], children),
  ];
}

function projectText(ctx: WriterContext, p: PerformanceEvaluation): string {
  const f = performanceFigures(p);
  const t = ctx.input.performanceSummary?.projects?.[p.projectName] ?? {};
  const rate = isZero(f.budget) ? undefined : percent(f.executed, f.budget);
  const carry = f.carryover !== undefined ? `，结转 ${money(f.carryover)} 万元` : '';
  return (
    `根据年初设定的绩效目标，项目自评得分 ${f.score ?? ''} 分。` +
    (t.summary ? closeSentence(t.summary) : '') +
    `预算资金安排及使用情况：项目全年预算数为 ${money(f.budget)} 万元，实际支出 ${money(f.executed)} 万元${carry}` +
    (rate !== undefined ? `，完成年度预算的 ${rate}%。` : '。') +
    (t.details ? closeSentence(t.details) : '')
  );
}

function otherMatters(ctx: WriterContext): string[] {
  const out: string[] = [];
  const a = ctx.input.assets;
  if (a) {
    const kinds = a.vehicleKinds.filter((k) => k.count > 0).map((k) => `${k.label} ${k.count} 辆`);
    out.push(
      `国有资产占用情况。截至 ${a.asOf ?? `${ctx.year} 年 12 月 31 日`}，我部门共有车辆 ${a.vehicles} 辆` +
        (kinds.length ? `，其中：${kinds.join('、')}` : '') +
        `；单价 100 万元(含)以上设备（不含车辆）${a.equipmentOver1m} 台。`,
    );
  }
  for (const p of ctx.input.otherMatters ?? []) out.push(p);
  return out;
}
