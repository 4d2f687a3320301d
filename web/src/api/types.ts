/** The JSON the server's API sends (docs/api.md; /api/openapi.json), as the web app reads it. */

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
}

export interface DocumentInfo {
  readonly id: number;
  readonly organisation: string;
  readonly region: string | null;
  readonly year: number;
  readonly kind: string;
  readonly scope: string;
  readonly versions: number;
  readonly latest: { readonly number: number; readonly createdAt: string; readonly summary: Summary };
}

export interface DocumentList {
  readonly total: number;
  readonly page: number;
  readonly pageSize: number;
  readonly items: readonly DocumentInfo[];
}

export interface VersionInfo {
  readonly number: number;
  readonly fileName: string;
  readonly mediaType: string;
  readonly size: number;
  readonly sha256: string;
  readonly summary: Summary;
  readonly createdBy: string | null;
  readonly createdAt: string;
}

export interface VersionList {
  readonly document: DocumentInfo;
  readonly versions: readonly VersionInfo[];
}

export interface FindingReview {
  readonly fingerprint: string;
  readonly ruleId: string;
  readonly severity: string;
  readonly message: string;
  readonly state: ReviewState;
  readonly note: string | null;
  readonly reviewedBy: string | null;
  readonly reviewedAt: string | null;
  readonly carriedFrom: number | null;
}

export interface ReviewList {
  readonly document: number;
  readonly version: number;
  readonly findings: readonly FindingReview[];
}

export interface ReviewProgress {
  readonly document: number;
  readonly version: number;
  readonly total: number;
  readonly reviewed: number;
}

export interface TableSchemaInfo {
  readonly id: string;
  readonly table: string;
  readonly layout: string;
  readonly title: string;
  readonly number?: string;
  readonly rows: string;
  readonly columns: readonly {
    readonly id: string;
    readonly header: readonly string[];
    readonly money: boolean;
    readonly side?: 'income' | 'expenditure';
  }[];
}

export interface Me {
  readonly name: string | null;
  readonly role: Role;
  readonly organisation: string | null;
  readonly region: string | null;
}

export interface UploadResult {
  readonly id: number;
  readonly version: number;
  readonly organisation: string;
  readonly region: string | null;
  readonly year: number;
  readonly kind: string;
  readonly scope: string;
  readonly summary: Summary;
}

export interface BatchItem {
  readonly id: number;
  readonly file: string;
  readonly status: '排队中' | '处理中' | '完成' | '失败' | string;
  readonly progress: number;
  readonly document: number | null;
  readonly version: number | null;
  readonly error: string | null;
}

export interface Batch {
  readonly id: number;
  readonly total: number;
  readonly done: number;
  readonly failed: number;
  readonly progress: number;
  readonly items: readonly BatchItem[];
}

export interface ApiErrorBody {
  readonly statusCode: number;
  readonly code: string;
  readonly message: string;
}

/** GET /api/documents/:id/fix: what `juesuan fix` would change in the 情况说明, and what it leaves. */
export interface FixPreview {
  readonly document: number;
  readonly version: number;
  readonly passes: number;
  readonly applied: readonly {
    readonly ruleId: string;
    readonly message: string;
    readonly location?: Location;
    readonly before: string;
    readonly after: string;
  }[];
  readonly remaining: readonly {
    readonly ruleId: string;
    readonly severity: Severity;
    readonly message: string;
    readonly location?: Location;
    readonly fingerprint?: string;
    readonly reason: string;
  }[];
  readonly summary: Summary;
  readonly text: string;
}

/** GET /api/templates: a layout that can be written, with its tables. */
export interface TemplateInfo {
  readonly layout: string;
  readonly name: string;
  readonly kind: string;
  readonly tables: readonly { readonly id: string; readonly number?: string; readonly title: string }[];
}
