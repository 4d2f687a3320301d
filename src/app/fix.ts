import type { Disclosure } from '../model/disclosure.js';
import { checkDisclosure, type CheckConfig, type CheckResult } from '../check/index.js';
import { applyFixes, formatFixSummary, whyNotFixed, type AppliedFix, type FixSummary } from '../check/fix/index.js';
import type { Finding, Location } from '../model/finding.js';

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

/** One change of the fix preview: where, before → after, and the finding it answers. */
export interface FixChange {
  readonly ruleId: string;
  readonly message: string;
  readonly location?: Location;
  readonly before: string;
  readonly after: string;
}

/** A finding left for a person, with why it could not be fixed automatically. */
export interface FixLeft {
  readonly ruleId: string;
  readonly severity: Finding['severity'];
  readonly message: string;
  readonly location?: Location;
  readonly fingerprint?: string;
  readonly reason: string;
}

/** What `fix` would do to a document, as plain data (the web app's 修正 tab; `juesuan fix`'s list as JSON). */
export interface FixPreview {
  readonly passes: number;
  readonly applied: readonly FixChange[];
  readonly remaining: readonly FixLeft[];
  /** Findings of the corrected document. */
  readonly summary: { readonly error: number; readonly warning: number; readonly info: number };
  /** The same as Chinese text (what `juesuan fix` prints). */
  readonly text: string;
}

export function fixPreview(r: FixResult): FixPreview {
  return {
    passes: r.passes,
    applied: r.applied.map((a) => ({
      ruleId: a.ruleId,
      message: a.message,
      ...(a.location ? { location: a.location } : {}),
      before: a.before,
      after: a.after,
    })),
    remaining: r.remaining.map((f) => ({
      ruleId: f.ruleId,
      severity: f.severity,
      message: f.message,
      ...(f.locations[0] ? { location: f.locations[0] } : {}),
      ...(f.fingerprint ? { fingerprint: f.fingerprint } : {}),
      reason: whyNotFixed(f),
    })),
    summary: { error: r.result.summary.error, warning: r.result.summary.warning, info: r.result.summary.info },
    text: formatFixSummary(r),
  };
}
