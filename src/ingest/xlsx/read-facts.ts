import type ExcelJS from 'exceljs';
import { Decimal } from 'decimal.js';
import { BLANK, parseCellValue, type CellValue } from '../../model/cell.js';
import type { Duty, GlossaryTerm, Layout } from '../../model/disclosure.js';
import { addAmounts, type Amount } from '../../model/money.js';
import type { Indicator, PerformanceEvaluation } from '../../model/performance.js';
import { formatChineseNumeral } from '../../model/concepts/numerals.js';
import type {
  AssetFacts,
  LastYearFigures,
  PerformanceSummary,
  ProcurementFacts,
  ProjectText,
  ThreePublicFacts,
} from '../../model/writer-input.js';
import { amountOf, countOf, readSheetCell, textOf, withinRounding, type Problems } from './cells.js';
import {
  ADMIN_COST_SHEET,
  ASSETS_SHEET,
  BUDGET_SHEET,
  columnsFor,
  DUTIES_SHEET,
  fieldsFor,
  GLOSSARY_SHEET,
  INDICATORS_SHEET,
  KV_FIRST_ROW,
  KV_KEY_COL,
  LAST_YEAR_SHEET,
  LIST_FIRST_ROW,
  ORGANIZATION_SHEET,
  OTHER_MATTERS_SHEET,
  OVERVIEW_SHEET,
  PERFORMANCE_SUMMARY_SHEET,
  PROCUREMENT_SHEET,
  PROJECTS_SHEET,
  REASONS_SHEET,
  THREE_PUBLIC_SHEET,
  type KeyValueSheet,
  type ListSheet,
} from '../../formats/xlsx/fact-sheets.js';
import { address } from '../../formats/xlsx/sheet-layout.js';
import { VEHICLE_KINDS } from '../../model/concepts/vehicles.js';

/** The values of a key-value sheet by key, with the address of each (for messages). */
export class KeyValues {
  private readonly rows = new Map<string, number>();

  constructor(
    private readonly ws: ExcelJS.Worksheet | undefined,
    readonly sheet: KeyValueSheet,
    private readonly problems: Problems,
  ) {
    if (!ws) return;
    for (let r = KV_FIRST_ROW; r <= ws.rowCount; r++) {
      const key = textOf(readSheetCell(ws, r, KV_KEY_COL));
      if (key) this.rows.set(key, r);
    }
  }

  cellOf(key: string): string | undefined {
    const r = this.rows.get(key);
    return r ? address(r, 2) : undefined;
  }

  amount(key: string): Amount | undefined {
    const r = this.rows.get(key);
    if (!this.ws || !r) return undefined;
    const c = readSheetCell(this.ws, r, 2);
    if (c.kind === 'formula') return this.derived(key);
    const typed = amountOf(c, this.problems, this.sheet.name, r, 2);
    const parts = this.sheet.fields.find((f) => f.key === key)?.sumOf;
    const want = parts ? this.derived(key) : undefined;
    if (typed && want && parts && !withinRounding(typed, want, parts.length)) {
      this.problems.add(this.sheet.name, r, 2, `合计 ${typed.minor / 10 ** typed.scale} 与各项之和不符`);
    }
    return typed ?? want;
  }

  count(key: string): number | undefined {
    const r = this.rows.get(key);
    if (!this.ws || !r) return undefined;
    const c = readSheetCell(this.ws, r, 2);
    if (c.kind === 'formula') {
      const parts = (this.sheet.fields.find((f) => f.key === key)?.sumOf ?? []).map((k) => this.count(k));
      return parts.some((p) => p !== undefined) ? parts.reduce<number>((s, p) => s + (p ?? 0), 0) : undefined;
    }
    const typed = countOf(c, this.problems, this.sheet.name, r, 2);
    const sumOf = this.sheet.fields.find((f) => f.key === key)?.sumOf;
    if (typed !== undefined && sumOf) {
      const parts = sumOf.map((k) => this.count(k));
      const total = parts.reduce<number>((s, p) => s + (p ?? 0), 0);
      if (parts.some((p) => p !== undefined) && total !== typed) {
        this.problems.add(this.sheet.name, r, 2, `合计 ${typed} 与各项之和 ${total} 不符`);
      }
    }
    return typed;
  }

  text(key: string): string | undefined {
    const r = this.rows.get(key);
    if (!this.ws || !r) return undefined;
    return textOf(readSheetCell(this.ws, r, 2));
  }

  /** A field that is the sum of others (formula cell): recomputed, never trusted from the cache. */
  private derived(key: string): Amount | undefined {
    const parts = (this.sheet.fields.find((f) => f.key === key)?.sumOf ?? [])
      .map((k) => this.amount(k))
      .filter((a): a is Amount => a !== undefined);
    return parts.length ? addAmounts(parts) : undefined;
  }
}

/** The rows of a list sheet (empty rows skipped), each with its sheet row. */
export function readList(
  ws: ExcelJS.Worksheet | undefined,
  sheet: ListSheet,
  layout: Layout,
  skipTotalRow: boolean,
): { row: number; get: (key: string) => ReturnType<typeof readSheetCell>; col: (key: string) => number }[] {
  if (!ws) return [];
  const cols = columnsFor(sheet, layout);
  const colOf = (key: string) => cols.findIndex((c) => c.key === key) + 1;
  const out: ReturnType<typeof readList> = [];
  for (let r = LIST_FIRST_ROW + (skipTotalRow ? 1 : 0); r <= ws.rowCount; r++) {
    const cells = cols.map((_, i) => readSheetCell(ws, r, i + 1));
    if (cells.every((c) => c.kind === 'empty' || c.kind === 'formula')) continue;
    out.push({
      row: r,
      get: (key) => {
        const i = colOf(key);
        return i > 0 ? readSheetCell(ws, r, i) : { kind: 'empty' };
      },
      col: colOf,
    });
  }
  return out;
}

export interface Facts {
  readonly name: string | undefined;
  readonly region: string | undefined;
  readonly kind: '部门' | '单位';
  readonly unitCount: number | undefined;
  readonly internalBodies: string[];
  readonly duties: Duty[];
  readonly organization: string[];
  readonly glossary: GlossaryTerm[];
  readonly otherMatters: string[];
  readonly lastYear: LastYearFigures;
  readonly budgetItems: Record<string, Amount>;
  readonly budgetRows: Record<string, number>;
  readonly usages: Record<string, string>;
  readonly reasons: Record<string, string>;
  readonly threePublic: ThreePublicFacts;
  readonly adminCost: Amount | undefined;
  readonly procurement: ProcurementFacts;
  readonly assets: AssetFacts | undefined;
  readonly performanceSummary: PerformanceSummary;
  readonly performance: PerformanceEvaluation[];
  readonly kv: Map<string, KeyValues>;
}

function compact<T extends object>(o: T): T {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T;
}

/** Reads every fact sheet of a filled template. */
export function readFacts(wb: ExcelJS.Workbook, layout: Layout, problems: Problems): Facts {
  const kv = new Map<string, KeyValues>();
  const sheetKv = (s: KeyValueSheet) => {
    const k = new KeyValues(wb.getWorksheet(s.name), s, problems);
    kv.set(s.name, k);
    return k;
  };
  const overview = sheetKv(OVERVIEW_SHEET);
  const last = sheetKv(LAST_YEAR_SHEET);
  const tp = sheetKv(THREE_PUBLIC_SHEET);
  const admin = sheetKv(ADMIN_COST_SHEET);
  const proc = sheetKv(PROCUREMENT_SHEET);
  const assets = sheetKv(ASSETS_SHEET);
  const reasonsKv = sheetKv(REASONS_SHEET);
  const perf = sheetKv(PERFORMANCE_SUMMARY_SHEET);

  const kindText = overview.text('kind');
  if (kindText && kindText !== '部门' && kindText !== '单位') {
    problems.addAt(OVERVIEW_SHEET.name, overview.cellOf('kind'), `公开主体应填“部门”或“单位”，实际为“${kindText}”`);
  }

  // 三公 last year: 用车 split, when given, must make up 用车.
  const car = last.amount('threePublic.car');
  const purchase = last.amount('threePublic.carPurchase');
  const run = last.amount('threePublic.carRun');
  if (car && (purchase || run)) {
    const parts = addAmounts([purchase, run].filter((a): a is Amount => a !== undefined));
    if (!withinRounding(car, parts, 2)) {
      problems.addAt(
        LAST_YEAR_SHEET.name,
        last.cellOf('threePublic.car'),
        '公务用车购置及运行维护费与购置费、运行维护费之和不符',
      );
    }
  }
  const threePublicLast = compact({
    abroad: last.amount('threePublic.abroad'),
    car,
    carPurchase: purchase,
    carRun: run,
    reception: last.amount('threePublic.reception'),
  });

  const budgetItems: Record<string, Amount> = {};
  const budgetRows: Record<string, number> = {};
  const usages: Record<string, string> = {};
  const reasons: Record<string, string> = {};
  for (const r of readList(wb.getWorksheet(BUDGET_SHEET.name), BUDGET_SHEET, layout, true)) {
    const code = textOf(r.get('code'))?.replace(/\s+/g, '');
    if (!code || !/^\d{7}$/.test(code)) {
      problems.add(BUDGET_SHEET.name, r.row, r.col('code'), `科目编码应为 7 位“项”级编码，实际为“${code ?? ''}”`);
      continue;
    }
    if (budgetItems[code]) {
      problems.add(BUDGET_SHEET.name, r.row, r.col('code'), `科目编码“${code}”重复填写`);
      continue;
    }
    budgetItems[code] = amountOf(r.get('budget'), problems, BUDGET_SHEET.name, r.row, r.col('budget')) ?? {
      minor: 0,
      scale: 2,
    };
    budgetRows[code] = r.row;
    const reason = textOf(r.get('reason'));
    if (reason) reasons[`item.${code}`] = reason;
    const usage = textOf(r.get('usage'));
    if (usage) usages[code] = usage;
  }
  for (const f of fieldsFor(REASONS_SHEET, layout)) {
    const t = reasonsKv.text(f.key);
    if (t) reasons[f.key] = t;
  }

  const vehicleKinds = VEHICLE_KINDS.map((label, i) => ({ label, count: assets.count(`vehicle.${i}`) ?? 0 })).filter(
    (k) => k.count > 0,
  );
  const vehicles = assets.count('vehicles');
  const equipment = assets.count('equipmentOver1m');
  const assetFacts: AssetFacts | undefined =
    vehicles !== undefined || equipment !== undefined || vehicleKinds.length
      ? compact({
          asOf: assets.text('asOf'),
          vehicles: vehicles ?? vehicleKinds.reduce((s, k) => s + k.count, 0),
          vehicleKinds,
          equipmentOver1m: equipment ?? 0,
        })
      : undefined;

  const projects = readProjects(wb, layout, problems);
  const projectTexts: Record<string, ProjectText> = {};
  for (const r of readList(wb.getWorksheet(PROJECTS_SHEET.name), PROJECTS_SHEET, layout, false)) {
    const name = textOf(r.get('name'));
    if (name) projectTexts[name] = compact({ summary: textOf(r.get('summary')), details: textOf(r.get('details')) });
  }

  const issues = {
    found: perf.count('issues.found'),
    fixed: perf.count('issues.fixed'),
    fixing: perf.count('issues.fixing'),
  };
  const performanceSummary: PerformanceSummary = compact({
    declaredProjects: perf.count('declaredProjects'),
    declaredFunds: perf.amount('declaredFunds'),
    projectBudgetTotal: perf.amount('projectBudgetTotal'),
    overall: perf.text('overall'),
    remarks: perf.text('remarks'),
    systems: perf.text('systems'),
    mechanism: perf.text('mechanism'),
    goalProjects: perf.count('goalProjects'),
    goalFunds: perf.amount('goalFunds'),
    trackedProjects: perf.count('trackedProjects'),
    trackedFunds: perf.amount('trackedFunds'),
    evaluatedProjects: perf.count('evaluatedProjects'),
    evaluatedFunds: perf.amount('evaluatedFunds'),
    averageScore: perf.text('averageScore'),
    ratings:
      perf.count('ratings.excellent') !== undefined
        ? {
            excellent: perf.count('ratings.excellent') ?? 0,
            good: perf.count('ratings.good') ?? 0,
            pass: perf.count('ratings.pass') ?? 0,
            fail: perf.count('ratings.fail') ?? 0,
          }
        : undefined,
    issues:
      issues.found !== undefined
        ? { found: issues.found, fixed: issues.fixed ?? 0, fixing: issues.fixing ?? 0 }
        : undefined,
    projects: Object.keys(projectTexts).length ? projectTexts : undefined,
  });

  const list = (s: ListSheet, key: string) =>
    readList(wb.getWorksheet(s.name), s, layout, false)
      .map((r) => textOf(r.get(key)))
      .filter((t): t is string => t !== undefined);
  const duties = list(DUTIES_SHEET, 'text').map((text, i) => ({
    ordinal: i + 1,
    numbering: `（${formatChineseNumeral(i + 1)}）`,
    text,
  }));
  const glossary = readList(wb.getWorksheet(GLOSSARY_SHEET.name), GLOSSARY_SHEET, layout, false)
    .map((r) => ({ term: textOf(r.get('term')) ?? '', definition: textOf(r.get('definition')) ?? '' }))
    .filter((g) => g.term !== '');

  return {
    name: overview.text('name'),
    region: overview.text('region'),
    kind: kindText === '单位' ? '单位' : '部门',
    unitCount: overview.count('unitCount'),
    internalBodies: (overview.text('internalBodies') ?? '')
      .split(/[、，,]/)
      .map((s) => s.trim())
      .filter(Boolean),
    duties,
    organization: list(ORGANIZATION_SHEET, 'text'),
    glossary,
    otherMatters: list(OTHER_MATTERS_SHEET, 'text'),
    lastYear: compact({
      grandTotal: last.amount('grandTotal'),
      fiscalGrandTotal: last.amount('fiscalGrandTotal'),
      gpbExpenditure: last.amount('gpbExpenditure'),
      adminCost: admin.amount('lastYear.adminCost'),
      threePublic: Object.keys(threePublicLast).length ? threePublicLast : undefined,
    }),
    budgetItems,
    budgetRows,
    usages,
    reasons,
    threePublic: compact({
      abroadGroups: tp.count('abroadGroups'),
      abroadPeople: tp.count('abroadPeople'),
      carPurchased: tp.count('carPurchased'),
      carHeld: tp.count('carHeld'),
      receptionBatches: tp.count('receptionBatches'),
      receptionPeople: tp.count('receptionPeople'),
      foreignReceptionAmount: tp.amount('foreignReceptionAmount'),
      foreignReceptionBatches: tp.count('foreignReceptionBatches'),
      foreignReceptionPeople: tp.count('foreignReceptionPeople'),
    }),
    adminCost: admin.amount('adminCost'),
    procurement: compact({
      total: proc.amount('total'),
      goods: proc.amount('goods'),
      works: proc.amount('works'),
      services: proc.amount('services'),
      smeReserved: proc.amount('smeReserved'),
      smallReserved: proc.amount('smallReserved'),
      smeAwardedReserved: proc.amount('smeAwardedReserved'),
      smallAwardedReserved: proc.amount('smallAwardedReserved'),
      smeAwardedOther: proc.amount('smeAwardedOther'),
    }),
    assets: assetFacts,
    performanceSummary,
    performance: projects,
    kv,
  };
}

/** A cell of a 自评表 as printed ("91", "87%", "优", "5000"). */
function printedValue(c: ReturnType<typeof readSheetCell>): CellValue {
  const raw = c.kind === 'number' ? String(c.value) : c.kind === 'text' || c.kind === 'date' ? c.text : '';
  return raw === '' ? BLANK : parseCellValue(raw, false);
}

function decimalOf(v: CellValue): Decimal | undefined {
  if (v.kind === 'number' || v.kind === 'percent') return new Decimal(v.value);
  return undefined;
}

/**
 * The 绩效自评 projects with their indicators. With indicators, 分值 must add to 100 and the 总得分 is the funds
 * score plus the indicators' scores (typed 总得分 must agree); without, the 总得分 is taken as typed.
 */
function readProjects(wb: ExcelJS.Workbook, layout: Layout, problems: Problems): PerformanceEvaluation[] {
  const indicators = new Map<string, Indicator[]>();
  const names = new Set(
    readList(wb.getWorksheet(PROJECTS_SHEET.name), PROJECTS_SHEET, layout, false)
      .map((r) => textOf(r.get('name')))
      .filter((n): n is string => n !== undefined),
  );
  for (const r of readList(wb.getWorksheet(INDICATORS_SHEET.name), INDICATORS_SHEET, layout, false)) {
    const project = textOf(r.get('project'));
    if (!project || !names.has(project)) {
      problems.add(INDICATORS_SHEET.name, r.row, 1, `项目名称“${project ?? ''}”不在“绩效自评”表中`);
      continue;
    }
    const list = indicators.get(project) ?? [];
    list.push({
      level1: textOf(r.get('level1')) ?? '',
      level2: textOf(r.get('level2')) ?? '',
      level3: textOf(r.get('level3')) ?? '',
      target: printedValue(r.get('target')),
      actual: printedValue(r.get('actual')),
      weight: printedValue(r.get('weight')),
      score: printedValue(r.get('score')),
      deviation: textOf(r.get('deviation')) ?? '',
    });
    indicators.set(project, list);
  }
  const out: PerformanceEvaluation[] = [];
  for (const r of readList(wb.getWorksheet(PROJECTS_SHEET.name), PROJECTS_SHEET, layout, false)) {
    const name = textOf(r.get('name'));
    if (!name) {
      problems.add(PROJECTS_SHEET.name, r.row, 1, '缺少项目名称');
      continue;
    }
    const money = (key: string): CellValue => {
      const a = amountOf(r.get(key), problems, PROJECTS_SHEET.name, r.row, r.col(key));
      return a ? { kind: 'amount', amount: a } : BLANK;
    };
    const list = indicators.get(name) ?? [];
    const fundsWeight = printedValue(r.get('fundsWeight'));
    const fundsScore = printedValue(r.get('fundsScore'));
    let score = printedValue(r.get('score'));
    let weight: CellValue = BLANK;
    if (list.length) {
      const weights = [fundsWeight, ...list.map((i) => i.weight)].map(decimalOf);
      const sum = weights.reduce<Decimal>((a, b) => a.plus(b ?? 0), new Decimal(0));
      if (!sum.equals(100)) {
        problems.add(
          PROJECTS_SHEET.name,
          r.row,
          r.col('fundsWeight'),
          `“${name}”资金执行与各指标的分值之和为 ${sum.toString()}，应为 100`,
        );
      }
      weight = { kind: 'number', value: sum.toString() };
      const scores = [fundsScore, ...list.map((i) => i.score)].map(decimalOf);
      const total = scores.reduce<Decimal>((a, b) => a.plus(b ?? 0), new Decimal(0));
      const typed = decimalOf(score);
      if (typed && !typed.equals(total)) {
        problems.add(
          PROJECTS_SHEET.name,
          r.row,
          r.col('score'),
          `“${name}”总得分 ${typed.toString()} 与资金执行和各指标得分之和 ${total.toString()} 不符`,
        );
      }
      score = { kind: 'number', value: total.toString() };
    }
    const carry = money('carryover');
    out.push({
      projectName: name,
      ...(textOf(r.get('department')) ? { department: textOf(r.get('department')) } : {}),
      ...(textOf(r.get('implementer')) ? { implementer: textOf(r.get('implementer')) } : {}),
      funds: {
        total: {
          initialBudget: money('initialBudget'),
          fullYearBudget: money('fullYearBudget'),
          executed: money('executed'),
          weight: fundsWeight,
          rate: BLANK,
          score: fundsScore,
        },
        ...(carry.kind !== 'blank'
          ? {
              carryover: {
                initialBudget: BLANK,
                fullYearBudget: BLANK,
                executed: carry,
                weight: { kind: 'na' },
                rate: BLANK,
                score: { kind: 'na' },
              },
            }
          : {}),
      },
      goals: { expected: textOf(r.get('expected')) ?? '', actual: textOf(r.get('actual')) ?? '' },
      indicators: list,
      total: { weight, score },
      title: '项目支出绩效自评表',
    });
  }
  return out;
}
