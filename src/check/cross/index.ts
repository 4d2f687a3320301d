import type { Disclosure } from '../../model/disclosure.js';
import type { Finding } from '../../model/finding.js';
import { assignFingerprints } from '../../model/fingerprint.js';
import { extractClaims } from '../claims/extract.js';
import type { Claim } from '../claims/types.js';
import { toFindings } from '../engine.js';
import type { RuleSetting } from '../types.js';
import { budgetVsPreviousFinal } from './rules/budget-vs-previous-final.js';
import { departmentVsUnits } from './rules/department-vs-units.js';
import { finalVsBudget } from './rules/final-vs-budget.js';
import { previousYear } from './rules/previous-year.js';
import { RELATION_ZH, type CrossRule, type Relation, type RelatedDocument, type RelatedSummary } from './types.js';

export type { CrossRule, Relation, RelatedDocument, RelatedSummary, CrossContext, CrossReport } from './types.js';
export { RELATION_ZH } from './types.js';

/** The cross-document rules, explicit and frozen (like RULES). */
export const CROSS_RULES: readonly CrossRule[] = Object.freeze([
  previousYear,
  finalVsBudget,
  budgetVsPreviousFinal,
  departmentVsUnits,
]);

/** A related document that was looked for: what it would be (for "not found" in the summary). */
export interface ExpectedRelated {
  readonly relation: Relation;
  readonly name: string;
  readonly year: number;
  readonly kind: '决算' | '预算';
}

/**
 * The relations a document has, and the identity of the disclosure each would be: last year's of the same kind;
 * for a 决算 the same year's 预算; for a 预算 the previous year's 决算. (Units of a 部门 are named by the 部门's
 * own list, which the caller knows.)
 */
export function expectedRelated(doc: Disclosure): ExpectedRelated[] {
  const m = doc.meta;
  const kind = m.documentKind ?? '决算';
  return [
    { relation: 'previous-year', name: m.name, year: m.fiscalYear - 1, kind },
    kind === '决算'
      ? { relation: 'same-year-budget', name: m.name, year: m.fiscalYear, kind: '预算' }
      : { relation: 'previous-year-final', name: m.name, year: m.fiscalYear - 1, kind: '决算' },
  ];
}

/** Which relation another document has to `doc`, if any (same organisation by name, years and kinds as above). */
export function relationOf(doc: Disclosure, other: Disclosure): Relation | undefined {
  const a = doc.meta;
  const b = other.meta;
  const fold = (s: string) => s.normalize('NFKC').replace(/\s+/g, '');
  const kindA = a.documentKind ?? '决算';
  const kindB = b.documentKind ?? '决算';
  if (fold(a.name) !== fold(b.name))
    return a.kind === '部门' && b.kind === '单位' && a.fiscalYear === b.fiscalYear && kindA === kindB
      ? 'unit'
      : undefined;
  if (a.kind !== b.kind) return undefined;
  if (kindA === kindB && b.fiscalYear === a.fiscalYear - 1) return 'previous-year';
  if (kindA === '决算' && kindB === '预算' && b.fiscalYear === a.fiscalYear) return 'same-year-budget';
  if (kindA === '预算' && kindB === '决算' && b.fiscalYear === a.fiscalYear - 1) return 'previous-year-final';
  return undefined;
}

export interface CrossResult {
  /** Findings naming both documents, with fingerprints. */
  readonly findings: Finding[];
  /** What was compared against each related document, and which expected ones are absent. */
  readonly related: RelatedSummary[];
}

/**
 * Checks a disclosure against related disclosures (last year's, the same year's 预算, its 单位 …). Pure: the
 * caller finds the related documents (files given with --with, or the store). `expected` lists the relations
 * looked for, so that the summary says plainly which related document is absent.
 */
export function checkAcross(
  doc: Disclosure,
  related: readonly RelatedDocument[],
  options: {
    readonly claims?: readonly Claim[];
    readonly expected?: readonly ExpectedRelated[];
    readonly rules?: Readonly<Record<string, RuleSetting>>;
  } = {},
): CrossResult {
  const claims = options.claims ?? extractClaims(doc);
  const cache = new Map<Disclosure, readonly Claim[]>();
  const claimsOf = (d: Disclosure) => {
    let c = cache.get(d);
    if (!c) cache.set(d, (c = extractClaims(d)));
    return c;
  };
  const counts = new Map<RelatedDocument, { compared: number; mismatches: number }>(
    related.map((r) => [r, { compared: 0, mismatches: 0 }]),
  );
  const findings: Finding[] = [];
  for (const rule of CROSS_RULES) {
    const setting = options.rules?.[rule.meta.id] ?? rule.meta.defaultSeverity;
    if (setting === 'off') continue;
    const mine = related.filter((r) => rule.meta.relations.includes(r.relation));
    if (mine.length === 0) continue;
    const reports = rule.run({
      doc,
      claims,
      related: mine,
      claimsOf,
      compared: (r) => counts.get(r)!.compared++,
    });
    for (const r of reports) if (r.certainty !== 'rounding') counts.get(r.against)!.mismatches++;
    findings.push(...toFindings({ meta: rule.meta, run: () => [] }, reports, setting));
  }
  const summary: RelatedSummary[] = related.map((r) => {
    const c = counts.get(r)!;
    const m = r.doc.meta;
    return {
      relation: r.relation,
      document: m.name,
      year: m.fiscalYear,
      kind: m.documentKind ?? '决算',
      version: r.version ?? null,
      source: r.source,
      claimsCompared: c.compared,
      mismatches: c.mismatches,
      absent: false,
      note:
        c.compared === 0
          ? `已找到${RELATION_ZH[r.relation]}（${m.name} ${m.fiscalYear} 年度${m.documentKind ?? '决算'}），但没有可对应比对的数字`
          : `与${RELATION_ZH[r.relation]}（${m.name} ${m.fiscalYear} 年度${m.documentKind ?? '决算'}）比对 ${c.compared} 处，不一致 ${c.mismatches} 处`,
    };
  });
  for (const e of options.expected ?? []) {
    if (related.some((r) => r.relation === e.relation)) continue;
    summary.push({
      relation: e.relation,
      document: e.name,
      year: e.year,
      kind: e.kind,
      version: null,
      source: null,
      claimsCompared: 0,
      mismatches: 0,
      absent: true,
      note: `未找到${RELATION_ZH[e.relation]}（${e.name} ${e.year} 年度${e.kind}），未做此项比对`,
    });
  }
  return {
    findings: assignFingerprints(findings, (id) => CROSS_RULES.find((r) => r.meta.id === id)?.meta.subject ?? []),
    related: summary,
  };
}
