import type { Disclosure } from '../model/disclosure.js';
import type { Finding, Location, Severity } from '../model/finding.js';
import type { Claim } from './claims/types.js';

/** What a rule is about, for grouping in docs/rules.md and the text report. */
export type RuleCategory = 'completeness' | 'sum' | 'cross' | 'narrative' | 'performance' | 'formula';

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
}

export interface CheckResult {
  readonly findings: Finding[];
  readonly summary: { error: number; warning: number; info: number };
}
