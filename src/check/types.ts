import type { Disclosure } from '../model/disclosure.js';
import type { ImportLimits } from '../model/limits.js';
import type { Finding, Fix, Location, Severity } from '../model/finding.js';
import type { Claim } from './claims/types.js';
import type { ClaimReading } from './claims/reading.js';
import type { RelatedSummary } from './cross/summary.js';

/** What a rule is about, for grouping in docs/rules.md and the text report. */
export type RuleCategory = 'integrity' | 'completeness' | 'sum' | 'cross' | 'narrative' | 'performance' | 'formula';

export interface RuleMeta {
  /** "sum/functional-hierarchy". */
  readonly id: string;
  readonly category: RuleCategory;
  /** Chinese title and what the rule checks (docs/rules.md). */
  readonly title: string;
  readonly description: string;
  /** An example of what it reports, in Chinese. */
  readonly example: string;
  readonly defaultSeverity: Severity;
  /** Message templates by id, with {{name}} placeholders. */
  readonly messages: Readonly<Record<string, string>>;
  /**
   * JSON Schema of the rule's options (as ESLint's `meta.schema`); the options are validated against it before
   * the rule runs, and the configuration file's schema is built from it. No schema: the rule takes no options.
   */
  readonly schema?: Readonly<Record<string, unknown>>;
  /**
   * Report data keys that identify the subject beyond the location (a section title, a project, a formula id),
   * hashed into the finding's fingerprint. Never keys holding printed figures: a correction would change them.
   */
  readonly subject?: readonly string[];
  /** Some of its reports carry a fix (ESLint's `meta.fixable`). */
  readonly fixable?: boolean;
  /** Why a finding of this rule cannot be fixed automatically (listed by `juesuan fix`). */
  readonly noFixReason?: string;
}

/**
 * How sure a report is: `certain` (no unrounded values make the statement true), `suspicious` (possible but
 * unlikely, at most a warning) or `rounding` (explained by rounding, at most info).
 */
export type Certainty = 'certain' | 'suspicious' | 'rounding';

export interface Report {
  readonly messageId: string;
  readonly data?: Readonly<Record<string, string | number>>;
  readonly locations: readonly Location[];
  readonly related?: readonly Location[];
  readonly expected?: string;
  readonly actual?: string;
  readonly certainty?: Certainty;
  /** Kept in Finding.data (e.g. the previous-year figure a stated change implies). */
  readonly extra?: Readonly<Record<string, string | number | boolean>>;
  /** The correction, only on a certain report whose correct text is determined (see fix/). */
  readonly fix?: Fix;
}

export interface RuleContext {
  readonly doc: Disclosure;
  /** Number-bearing claims of the 情况说明, extracted once per check. */
  readonly claims: readonly Claim[];
  /** The rule's options from the configuration (e.g. formulas for formula/custom). */
  readonly options: unknown;
}

export interface Rule {
  readonly meta: RuleMeta;
  run(context: RuleContext): readonly Report[];
}

export type RuleSetting = Severity | 'off';

/** A user formula (审核公式) from the configuration. */
export interface FormulaConfig {
  readonly id?: string;
  readonly expr: string;
  /** Chinese description shown with the finding. */
  readonly message?: string;
}

export interface CheckConfig {
  readonly rules?: Readonly<Record<string, RuleSetting>>;
  readonly formulas?: readonly FormulaConfig[];
  /** Import limits from the same file (used by the application core when it reads the documents). */
  readonly limits?: ImportLimits;
}

/** Something the checker could not look at: a table, a section or a rule. */
export interface CoverageGap {
  /** Table id ("t05"), schema id, section title or rule id. */
  readonly id: string;
  /** What a person reads ("政府采购支出情况表", "第 5 页的表格"). */
  readonly title: string;
  /** Why (the importer's or the rule's message). */
  readonly reason?: string;
}

/**
 * What the check covered and what it could not: a report that says nothing about a missing table must not read
 * as a clean bill of health for it.
 */
export interface Coverage {
  readonly tables: {
    /** Tables present and checked. */
    readonly checked: readonly string[];
    /** Tables the layout requires that the document does not have. */
    readonly missing: readonly CoverageGap[];
    /** Tables the importer found but could not read (completely). */
    readonly unreadable: readonly CoverageGap[];
    /** Tables of no known layout: an unregistered schema, or a printed table whose title was not recognised. */
    readonly unknown: readonly CoverageGap[];
  };
  /** Sections of the 情况说明 the layout requires that were not found (their claims were not checked). */
  readonly sectionsMissing: readonly CoverageGap[];
  /** Rules that failed while running (each also reported as a warning finding). */
  readonly rulesFailed: readonly CoverageGap[];
  /** Number-bearing sentences of the 情况说明 read, and those no table cell could be tied to. */
  readonly claims?: ClaimReading;
}

export interface CheckResult {
  readonly findings: Finding[];
  /** Counts by severity; `related` when the check compared against other disclosures (see cross/). */
  readonly summary: { error: number; warning: number; info: number; related?: RelatedSummary[] };
  readonly coverage: Coverage;
}
