import type { Disclosure } from '../model/disclosure.js';
import { assignFingerprints } from '../model/fingerprint.js';
import { extractClaims } from './claims/extract.js';
import { coverageOf } from './coverage.js';
import { checkAcross, type ExpectedRelated, type RelatedDocument } from './cross/index.js';
import { runRules, summarize } from './engine.js';
import { getRule, RULES } from './rules/index.js';
import type { CheckConfig, CheckResult } from './types.js';

export { RULES, getRule } from './rules/index.js';
export { loadCheckConfig, parseCheckConfig, ConfigError } from './config.js';
export { extractClaims } from './claims/extract.js';
export { coverageLine, hasGaps } from './coverage.js';
export type { Claim } from './claims/types.js';
export {
  CROSS_RULES,
  checkAcross,
  expectedRelated,
  relationOf,
  type CrossResult,
  type ExpectedRelated,
  type Relation,
  type RelatedDocument,
  type RelatedSummary,
} from './cross/index.js';
export type {
  CheckConfig,
  CheckResult,
  Coverage,
  CoverageGap,
  Rule,
  RuleMeta,
  FormulaConfig,
  RuleSetting,
} from './types.js';

export interface CheckOptions {
  readonly config?: CheckConfig;
  /** Other disclosures to check against (last year's, the same year's 预算, the 单位 of a 部门). */
  readonly related?: readonly RelatedDocument[];
  /** The related documents looked for: the report says which of them are absent. */
  readonly expected?: readonly ExpectedRelated[];
}

/** The data keys a rule names as identifying its findings (none for importer diagnostics). */
const subjectKeys = (ruleId: string): readonly string[] => getRule(ruleId)?.meta.subject ?? [];

/**
 * Checks one disclosure: the importer's diagnostics first, then every enabled rule. Pure: reads the tree,
 * returns findings (each with a fingerprint), their count by severity, and what could not be checked.
 */
export function checkDisclosure(doc: Disclosure, options: CheckOptions = {}): CheckResult {
  const config = options.config ?? {};
  const claims = extractClaims(doc);
  // Options only when configured: validating them loads Ajv, a sixth of a short CLI run.
  const ruleOptions = config.formulas ? { 'formula/custom': config.formulas } : {};
  const run = runRules(doc, claims, RULES, config.rules ?? {}, ruleOptions);
  const findings = assignFingerprints([...doc.diagnostics, ...run.findings], subjectKeys);
  const coverage = coverageOf(doc, { doc, claims, options: undefined }, run.failed);
  if (!options.related && !options.expected) return { findings, summary: summarize(findings), coverage };
  const across = checkAcross(doc, options.related ?? [], {
    claims,
    ...(options.expected ? { expected: options.expected } : {}),
    ...(config.rules ? { rules: config.rules } : {}),
  });
  const all = [...findings, ...across.findings];
  return { findings: all, summary: { ...summarize(all), related: across.related }, coverage };
}
