import type { Disclosure } from '../model/disclosure.js';
import type { Finding } from '../model/finding.js';
import { checkAcross, expectedRelated, type RelatedDocument, type RelatedSummary } from '../check/index.js';
import type { FileReport } from '../check/formatters/index.js';
import type { RelatedLookup } from './ports.js';
import { organisationKey } from '../model/identity.js';

/**
 * The related disclosures of `doc` that the lookup holds: last year's of the same kind, the same year's 预算 (for a
 * 决算) or the previous year's 决算 (for a 预算), and for a 部门 all of its 单位 when every one is stored.
 */
export async function findRelated(doc: Disclosure, lookup: RelatedLookup): Promise<RelatedDocument[]> {
  const m = doc.meta;
  const out: RelatedDocument[] = [];
  for (const e of expectedRelated(doc)) {
    const found = await lookup.find({
      organisation: m.name,
      region: m.region,
      year: e.year,
      kind: e.kind,
      scope: m.kind,
    });
    if (found) out.push({ relation: e.relation, doc: found.doc, version: found.version, source: found.source });
  }
  const own = organisationKey(m.name);
  const names = m.kind === '部门' ? listedUnits(doc).filter((n) => organisationKey(n) !== own) : [];
  if (names.length > 0 && lookup.units) {
    const kind = m.documentKind ?? '决算';
    const units = await lookup.units({ names, region: m.region, year: m.fiscalYear, kind });
    for (const u of units ?? []) out.push({ relation: 'unit', doc: u.doc, version: u.version, source: u.source });
  }
  return out;
}

export interface CrossReportResult {
  /** The check report with the cross-document findings added and `summary.related` set. */
  readonly report: string;
  /** The cross-document findings (with fingerprints) to store beside the others. */
  readonly findings: readonly Finding[];
  readonly summary: { readonly error: number; readonly warning: number; readonly info: number };
  readonly related: readonly RelatedSummary[];
}

/**
 * Adds the cross-document checks to a stored upload's JSON report (`juesuan check --format json` of one file):
 * the related documents come from the lookup; the report says which expected ones are absent.
 */
export async function crossCheckReport(
  doc: Disclosure,
  reportJson: string,
  lookup: RelatedLookup,
): Promise<CrossReportResult> {
  const related = await findRelated(doc, lookup);
  const across = checkAcross(doc, related, { expected: expectedRelated(doc) });
  const report = JSON.parse(reportJson) as FileReport;
  const findings = [...report.findings, ...across.findings];
  const count = (s: Finding['severity']) => findings.filter((f) => f.severity === s).length;
  const summary = { error: count('error'), warning: count('warning'), info: count('info') };
  const merged: FileReport = { ...report, findings, summary: { ...summary, related: across.related } };
  return {
    report: JSON.stringify(merged, null, 2) + '\n',
    findings: across.findings,
    summary,
    related: across.related,
  };
}

/** "2 上海市普陀区土地发展中心（下属事业单位）": a numbered line of the 部门's list of its 单位. */
const UNIT_LINE = /^\s*\d{1,3}\s*[.、．]?\s*([^\s（(]{4,60})(?:[（(]([^）)]*)[）)])?\s*(.*)$/;

/**
 * The 单位 a 部门 disclosure lists as consolidated (its 决算/预算单位构成), the 部门's own accounts ("（本级）")
 * included; a unit whose budget is not listed separately ("预算不单列，并入本级") publishes nothing of its own and
 * is left out.
 */
export function listedUnits(doc: Disclosure): string[] {
  const out: string[] = [];
  for (const p of doc.overview.organization) {
    const m = UNIT_LINE.exec(p.text);
    if (!m) continue;
    const note = `${m[2] ?? ''} ${m[3] ?? ''}`;
    if (/不单列|并入本级/.test(note)) continue;
    out.push(m[2] === '本级' ? `${m[1]}（本级）` : m[1]!);
  }
  return out;
}
