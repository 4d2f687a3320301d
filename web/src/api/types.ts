/**
 * The JSON the server's API sends, as the web app reads it: the API's own answers are generated from its OpenAPI
 * description (generated.ts); the canonical document and the check report, which the API sends as they are
 * (schema/disclosure.schema.json, `juesuan check --format json`), are typed here by hand.
 */
import type { ApiAnswers } from './generated';

export type Severity = 'error' | 'warning' | 'info';
export type ReviewState = '待处理' | '已确认' | '误报' | '已修正';
export type Role = '公众' | '编制人' | '审核人' | '管理员';

export interface Summary {
  readonly error: number;
  readonly warning: number;
  readonly info: number;
}

/** [x0, y0, x1, y1] in PDF points from the page's top-left. */
export type Box = readonly [number, number, number, number];

export interface SourceRef {
  readonly file?: string;
  readonly line?: number;
  readonly endLine?: number;
  readonly page?: number;
  readonly box?: Box;
  readonly sheet?: string;
  readonly cell?: string;
  readonly paragraph?: number;
  readonly tableNo?: number;
  readonly rowNo?: number;
}

export interface Location {
  readonly table?: string;
  readonly rowKey?: string;
  readonly rowCode?: string;
  readonly rowLabel?: string;
  readonly column?: string;
  readonly columnLabel?: string;
  readonly sectionPath?: readonly string[];
  readonly sentence?: string;
  readonly project?: string;
  readonly source?: SourceRef;
}

export interface Finding {
  readonly ruleId: string;
  readonly messageId?: string;
  readonly severity: Severity;
  readonly message: string;
  readonly locations: readonly Location[];
  readonly expected?: string;
  readonly actual?: string;
  readonly related?: readonly Location[];
  readonly data?: Readonly<Record<string, string | number | boolean>>;
  readonly fingerprint?: string;
}

/** `juesuan check --format json`. */
export interface CheckReport {
  readonly file: string;
  readonly document: {
    readonly name: string;
    readonly fiscalYear: number;
    readonly unit: string;
    readonly kind: string;
    readonly layout: string;
    readonly title: string;
    readonly sourceFormat?: string;
  };
  readonly findings: readonly Finding[];
  readonly summary: Summary;
}

export type CellValue =
  | { readonly kind: 'blank' }
  | { readonly kind: 'amount'; readonly amount: { readonly minor: number; readonly scale: number } }
  | { readonly kind: 'percent'; readonly value: string }
  | { readonly kind: 'number'; readonly value: string }
  | { readonly kind: 'na' }
  | { readonly kind: 'text'; readonly text: string };

export interface Cell {
  readonly column: string;
  readonly raw: string;
  readonly value: CellValue;
  readonly source?: SourceRef;
}

export interface Row {
  readonly key: string;
  readonly kind: 'total' | 'class' | 'line' | 'count';
  readonly code?: string;
  readonly label: string;
  readonly numbering?: string;
  readonly lineNo?: number;
  readonly side?: 'income' | 'expenditure';
  readonly cells: Readonly<Record<string, Cell>>;
  readonly source?: SourceRef;
}

export interface Table {
  readonly id: string;
  readonly schema: string;
  readonly title: string;
  readonly number?: string;
  readonly unit: string;
  readonly rows: readonly Row[];
  readonly notes: readonly string[];
  readonly empty: boolean;
  readonly source?: SourceRef;
}

export interface Paragraph {
  readonly text: string;
  readonly source?: SourceRef;
}

export interface Section {
  readonly title: string;
  readonly numbering?: { readonly raw: string; readonly ordinal: number };
  readonly paragraphs: readonly Paragraph[];
  readonly children: readonly Section[];
  readonly source?: SourceRef;
}

/** The canonical JSON (schema/disclosure.schema.json); only what the app shows is typed. */
export interface Disclosure {
  readonly meta: {
    readonly name: string;
    readonly region?: string;
    readonly fiscalYear: number;
    readonly unit: string;
    readonly kind: string;
    readonly layout: string;
    readonly title: string;
    readonly sourceFile?: string;
    readonly sourceFormat?: 'text' | 'pdf' | 'xlsx' | 'json' | 'docx';
    readonly documentKind?: string;
  };
  readonly tables: readonly Table[];
  readonly narrative: readonly Section[];
  readonly performance?: readonly PerformanceEvaluation[];
}

/** One funds line of a 项目支出绩效自评表. */
export interface FundsLine {
  readonly initialBudget: CellValue;
  readonly fullYearBudget: CellValue;
  readonly executed: CellValue;
  readonly weight: CellValue;
  readonly rate: CellValue;
  readonly score: CellValue;
  readonly source?: SourceRef;
}

export interface Indicator {
  readonly level1: string;
  readonly level2: string;
  readonly level3: string;
  readonly target: CellValue;
  readonly actual: CellValue;
  readonly weight: CellValue;
  readonly score: CellValue;
  readonly deviation: string;
  readonly source?: SourceRef;
}

/** 项目支出绩效自评表. */
export interface PerformanceEvaluation {
  readonly projectName: string;
  readonly department?: string;
  readonly implementer?: string;
  readonly funds: {
    readonly total?: FundsLine;
    readonly fiscal?: FundsLine;
    readonly carryover?: FundsLine;
    readonly other?: FundsLine;
  };
  readonly goals: { readonly expected: string; readonly actual: string };
  readonly indicators: readonly Indicator[];
  readonly total: { readonly weight: CellValue; readonly score: CellValue; readonly source?: SourceRef };
  readonly title: string;
  readonly narrativeHeading?: string;
  readonly source?: SourceRef;
}

export interface ApiErrorBody {
  readonly statusCode: number;
  readonly code: string;
  readonly message: string;
}

type Item<T> = T extends readonly (infer U)[] ? U : never;

export type DocumentList = ApiAnswers['GET /api/documents'];
export type DocumentInfo = Item<DocumentList['items']>;
export type VersionList = ApiAnswers['GET /api/documents/{id}/versions'];
export type VersionInfo = Item<VersionList['versions']>;
export type ReviewList = ApiAnswers['GET /api/documents/{id}/reviews'];
export type FindingReview = Item<ReviewList['findings']>;
export type ReviewProgress = Item<ApiAnswers['GET /api/review-progress']>;
export type TableSchemaInfo = Item<ApiAnswers['GET /api/table-schemas']>;
export type Me = ApiAnswers['GET /api/me'];
export type UploadResult = ApiAnswers['POST /api/documents'];
export type Batch = ApiAnswers['GET /api/batches/{id}'];
export type BatchItem = Item<Batch['items']>;
/** GET /api/documents/:id/fix: what `juesuan fix` would change in the 情况说明, and what it leaves. */
export type FixPreview = ApiAnswers['GET /api/documents/{id}/fix'];
/** GET /api/templates: a layout that can be written, with its tables. */
export type TemplateInfo = Item<ApiAnswers['GET /api/templates']>;
