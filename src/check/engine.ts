import type { Disclosure } from '../model/disclosure.js';
import { interpolate } from '../model/messages/format.js';
import { msg } from '../model/messages/index.js';
import type { Finding, Severity } from '../model/finding.js';
import type { Claim } from './claims/types.js';
import { validateRuleOptions } from './options.js';
import type { Certainty, CoverageGap, Report, Rule, RuleSetting } from './types.js';

const RANK: Record<Severity, number> = { info: 0, warning: 1, error: 2 };
const CAP: Record<Certainty, Severity> = { certain: 'error', suspicious: 'warning', rounding: 'info' };

/** The lower of the configured severity and what the report's certainty allows. */
export function finalSeverity(configured: Severity, certainty: Certainty = 'certain'): Severity {
  const cap = CAP[certainty];
  return RANK[cap] < RANK[configured] ? cap : configured;
}

/** Rule messages and the catalogue share one placeholder syntax and one filler. */
export { interpolate } from '../model/messages/format.js';

/**
 * Turns a rule's reports into findings: rule id, severity from the configuration, the final text; the message id
 * and the report's data are kept (a store or another front end can write the message again).
 */
export function toFindings(rule: Rule, reports: readonly Report[], configured: Severity): Finding[] {
  return reports.map((r) => {
    const template = rule.meta.messages[r.messageId];
    if (template === undefined) throw new Error(`rule ${rule.meta.id} reported unknown messageId ${r.messageId}`);
    const data = { ...r.data, ...r.extra };
    const severity = finalSeverity(configured, r.certainty);
    return {
      ruleId: rule.meta.id,
      messageId: r.messageId,
      severity,
      message: interpolate(template, r.data),
      locations: r.locations,
      ...(r.expected !== undefined ? { expected: r.expected } : {}),
      ...(r.actual !== undefined ? { actual: r.actual } : {}),
      ...(r.related && r.related.length > 0 ? { related: r.related } : {}),
      ...(Object.keys(data).length > 0 ? { data } : {}),
      // Only a certain finding is fixed: one the configuration turned down to a warning is still certain.
      ...(r.fix && (r.certainty ?? 'certain') === 'certain' ? { fix: r.fix } : {}),
    };
  });
}

/**
 * Why a rule could not finish, in Chinese: a rule's own Chinese message as it is; a library's English one
 * ("[DecimalError] Invalid argument …") becomes an internal-error sentence, its text kept as `detail` for developers.
 */
function failureReason(e: unknown): { reason: string; detail?: string } {
  const text = e instanceof Error ? e.message : String(e);
  return /[\u4e00-\u9fff]/.test(text) ? { reason: text } : { reason: msg('check.ruleInternal'), detail: text };
}

export interface RunResult {
  readonly findings: Finding[];
  /** Rules that threw (each also a warning finding). */
  readonly failed: CoverageGap[];
}

/**
 * Runs rules over one document. A rule's options are validated against its `meta.schema` first (ConfigError when
 * they do not fit). A rule that throws becomes a warning finding and an entry of `failed`, never a crash of the
 * whole check.
 */
export function runRules(
  doc: Disclosure,
  claims: readonly Claim[],
  rules: readonly Rule[],
  settings: Readonly<Record<string, RuleSetting>>,
  options: Readonly<Record<string, unknown>> = {},
): RunResult {
  const findings: Finding[] = [];
  const failed: CoverageGap[] = [];
  for (const rule of rules) {
    const setting = settings[rule.meta.id] ?? rule.meta.defaultSeverity;
    if (setting === 'off') continue;
    const ruleOptions = options[rule.meta.id];
    validateRuleOptions(rule, ruleOptions);
    let reports: readonly Report[];
    try {
      reports = rule.run({ doc, claims, options: ruleOptions });
    } catch (e) {
      const { reason, detail } = failureReason(e);
      findings.push({
        ruleId: rule.meta.id,
        messageId: 'ruleFailed',
        severity: 'warning',
        message: msg('check.ruleFailed', { rule: rule.meta.title, reason }),
        locations: [],
        data: detail === undefined ? { reason } : { reason, detail },
      });
      failed.push({ id: rule.meta.id, title: rule.meta.title, reason });
      continue;
    }
    findings.push(...toFindings(rule, reports, setting));
  }
  return { findings, failed };
}

export function summarize(findings: readonly Finding[]): { error: number; warning: number; info: number } {
  const s = { error: 0, warning: 0, info: 0 };
  for (const f of findings) s[f.severity]++;
  return s;
}
