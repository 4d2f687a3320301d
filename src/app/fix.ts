import type { Disclosure } from '../model/disclosure.js';
import { checkDisclosure, type CheckConfig, type CheckResult } from '../check/index.js';
import { applyFixes, formatFixSummary, type AppliedFix, type FixSummary } from '../check/fix/index.js';

/** ESLint's limit: fixes that keep producing fixes stop after this many passes. */
export const MAX_FIX_PASSES = 10;

export interface FixResult extends FixSummary {
  /** The corrected document (the input when nothing was fixed). */
  readonly doc: Disclosure;
  /** The check of the corrected document. */
  readonly result: CheckResult;
}

/**
 * Applies the fixes of every certain finding of the 情况说明, checks again and repeats (a corrected amount makes
 * the rate computed from it checkable), at most MAX_FIX_PASSES times. Tables and reasons are never changed.
 */
export function fixDocument(doc: Disclosure, config?: CheckConfig): FixResult {
  const options = config ? { config } : {};
  const applied: AppliedFix[] = [];
  let current = doc;
  let result = checkDisclosure(current, options);
  let passes = 0;
  while (passes < MAX_FIX_PASSES && result.findings.some((f) => f.fix)) {
    const pass = applyFixes(current, result.findings);
    if (pass.applied.length === 0) break;
    passes++;
    applied.push(...pass.applied);
    current = pass.doc;
    result = checkDisclosure(current, options);
  }
  const remaining = result.findings.filter((f) => f.severity !== 'info');
  return { doc: current, applied, remaining, passes, result };
}

/** The Chinese list of what was changed and what was left, and why. */
export function fixReport(r: FixSummary): string {
  return formatFixSummary(r);
}
