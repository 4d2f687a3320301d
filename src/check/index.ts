import type { Disclosure } from '../model/disclosure.js';
import { extractClaims } from './claims/extract.js';
import { runRules, summarize } from './engine.js';
import { RULES } from './rules/index.js';
import type { CheckConfig, CheckResult } from './types.js';

export { RULES, getRule } from './rules/index.js';
export { loadCheckConfig, parseCheckConfig, ConfigError } from './config.js';
export { extractClaims } from './claims/extract.js';
export type { Claim } from './claims/types.js';
export type { CheckConfig, CheckResult, Rule, RuleMeta, FormulaConfig, RuleSetting } from './types.js';

export interface CheckOptions {
  readonly config?: CheckConfig;
}

/**
 * Checks one disclosure: the importer's diagnostics first, then every enabled rule. Pure: reads the tree,
 * returns findings and their count by severity.
 */
export function checkDisclosure(doc: Disclosure, options: CheckOptions = {}): CheckResult {
  const config = options.config ?? {};
  const claims = extractClaims(doc);
  const findings = [
    ...doc.diagnostics,
    ...runRules(doc, claims, RULES, config.rules ?? {}, { 'formula/custom': config.formulas ?? [] }),
  ];
  return { findings, summary: summarize(findings) };
}
