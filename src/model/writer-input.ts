import type { GlossaryTerm, Metadata, Overview } from './disclosure.js';
import type { Amount } from './money.js';
import type { PerformanceEvaluation } from './performance.js';
import type { Table } from './table.js';

/**
 * What the narrative writer needs: the disclosure's base data (the tables of the model) plus the facts the tables
 * do not hold — last year's figures, 年初预算 per 项, 三公 counts, 政府采购 and 国有资产 details, the reasons (原因)
 * people write, and the 绩效 summary. Amounts may carry more decimals than printed: ratios then use them unrounded.
 */
export const WRITER_INPUT_FORMAT = 'juesuan/writer-input@1';

export interface WriterInput {
  readonly format: typeof WRITER_INPUT_FORMAT;
  readonly meta: Metadata;
  readonly overview: Overview;
  readonly tables: readonly Table[];
  readonly performance: readonly PerformanceEvaluation[];
  readonly glossary: readonly GlossaryTerm[];
  readonly lastYear?: LastYearFigures;
  readonly budget?: InitialBudget;
  readonly threePublic?: ThreePublicFacts;
  /** 机关运行经费 this year, when the layout has no t10 (Shanghai). */
  readonly adminCost?: Amount;
  readonly procurement?: ProcurementFacts;
  readonly assets?: AssetFacts;
  readonly performanceSummary?: PerformanceSummary;
  /** Reasons (原因) keyed per sentence; see REASON_KEYS. Text without the leading "主要原因是". */
  readonly reasons?: Readonly<Record<string, string>>;
  /** Shanghai "主要用于：…" per 项 code. */
  readonly usages?: Readonly<Record<string, string>>;
  /** 其他重要事项 paragraphs beyond 国有资产 (text as written). */
  readonly otherMatters?: readonly string[];
}

/** Last year's figures for the 比上年 sentences. */
export interface LastYearFigures {
  /** 收入、支出总计 (t01 总计). */
  readonly grandTotal?: Amount;
  /** 财政拨款收入、支出总计 (t04 总计). */
  readonly fiscalGrandTotal?: Amount;
  /** 一般公共预算财政拨款支出 (t05 合计). */
  readonly gpbExpenditure?: Amount;
  /** 机关运行经费. */
  readonly adminCost?: Amount;
  /** 三公 决算 by item id (total, abroad, car, carPurchase, carRun, reception). */
  readonly threePublic?: Readonly<Partial<Record<ThreePublicItem, Amount>>>;
}

export type ThreePublicItem = 'total' | 'abroad' | 'car' | 'carPurchase' | 'carRun' | 'reception';

/** 年初预算 of 一般公共预算财政拨款支出: per 项 code, and the total when stated (else Σ items). */
export interface InitialBudget {
  readonly total?: Amount;
  readonly items: Readonly<Record<string, Amount>>;
}

/** 三公 statistics (the counts the Qinghai t09 prints below the table; narrative-only in Shanghai). */
export interface ThreePublicFacts {
  readonly abroadGroups?: number;
  readonly abroadPeople?: number;
  readonly carPurchased?: number;
  readonly carHeld?: number;
  readonly receptionBatches?: number;
  readonly receptionPeople?: number;
  /** 外宾接待 (Shanghai). */
  readonly foreignReceptionAmount?: Amount;
  readonly foreignReceptionBatches?: number;
  readonly foreignReceptionPeople?: number;
}

/** 政府采购 (Qinghai: t11 holds the first six; Shanghai: narrative only). */
export interface ProcurementFacts {
  readonly total?: Amount;
  readonly goods?: Amount;
  readonly works?: Amount;
  readonly services?: Amount;
  readonly sme?: Amount; // 授予中小企业合同金额
  readonly small?: Amount; // 其中：授予小微企业合同金额
  readonly smeReserved?: Amount; // 面向中小企业预留政府采购项目预算金额
  readonly smallReserved?: Amount; // 面向小微企业预留
  readonly smeAwardedReserved?: Amount; // 预留项目中由中小企业中标或成交
  readonly smallAwardedReserved?: Amount; // 预留项目中由小微企业中标或成交
  readonly smeAwardedOther?: Amount; // 其他项目中由中小企业中标或成交
}

export interface VehicleKind {
  readonly label: string; // 应急保障用车
  readonly count: number;
}

/** 国有资产占用: vehicles by kind and equipment of 100 万元 or more. */
export interface AssetFacts {
  readonly asOf?: string; // "2024 年 12 月 31 日"
  readonly vehicles: number;
  readonly vehicleKinds: readonly VehicleKind[];
  readonly equipmentOver1m: number;
}

/** Facts for the 绩效 sections besides the 绩效自评表 themselves. */
export interface PerformanceSummary {
  /** Qinghai: 申报批复项目数 and their funds. */
  readonly declaredProjects?: number;
  readonly declaredFunds?: Amount;
  /** 部门项目支出预算总额, for "占部门项目支出预算总额的 P%". */
  readonly projectBudgetTotal?: Amount;
  /** 绩效目标完成情况 ("总体良好"). */
  readonly overall?: string;
  /** Free text after the figures (methods, requirements). */
  readonly remarks?: string;
  /** Per project (by name): text around the figures. */
  readonly projects?: Readonly<Record<string, ProjectText>>;
  /** Shanghai 预算绩效管理情况. */
  readonly systems?: string; // 制度名称…
  readonly mechanism?: string; // 工作机制
  readonly goalProjects?: number;
  readonly goalFunds?: Amount;
  readonly trackedProjects?: number;
  readonly trackedFunds?: Amount;
  /** 绩效自评 figures when the 自评表 are not part of the input (else counted from `performance`). */
  readonly evaluatedProjects?: number;
  readonly evaluatedFunds?: Amount;
  readonly averageScore?: string;
  readonly ratings?: {
    readonly excellent: number;
    readonly good: number;
    readonly pass: number;
    readonly fail: number;
  };
  readonly issues?: { readonly found: number; readonly fixed: number; readonly fixing: number };
}

export interface ProjectText {
  /** After "项目自评得分 N 分。", before "预算资金安排及使用情况". */
  readonly summary?: string;
  /** After the funds sentence (项目绩效目标完成情况、存在的主要问题、下一步改进措施 …). */
  readonly details?: string;
}

/** Keys of the reasons the writer slots in (`item.<code>` per 项, `threePublic.change.<item>` per item). */
export const REASON_KEYS = {
  totalChange: 'total.change',
  fiscalChange: 'fiscal.change',
  gpbChange: 'gpb.change',
  gpbBudget: 'gpb.budget',
  threePublicBudget: 'threePublic.budget',
  threePublicChange: 'threePublic.change',
  adminCostChange: 'adminCost.change',
} as const;

export const itemReasonKey = (code: string): string => `item.${code}`;
export const threePublicReasonKey = (item: ThreePublicItem): string => `threePublic.change.${item}`;

/** Tells a WriterInput JSON from a canonical Disclosure JSON by its format tag. */
export function isWriterInput(value: unknown): value is WriterInput {
  return typeof value === 'object' && value !== null && (value as { format?: unknown }).format === WRITER_INPUT_FORMAT;
}
