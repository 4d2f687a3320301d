import type { Finding, Location, Severity, Table } from '../api/types';

export const SEVERITY_LABEL: Readonly<Record<Severity, string>> = { error: '错误', warning: '警告', info: '提示' };
export const SEVERITY_COLOR: Readonly<Record<Severity, string>> = { error: 'red', warning: 'gold', info: 'blue' };
const SEVERITY_ORDER: Readonly<Record<Severity, number>> = { error: 0, warning: 1, info: 2 };

/** A rounding note: a difference that rounding can explain (the checker's `rounding` message), shown folded. */
export function isRoundingNote(f: Finding): boolean {
  return f.messageId === 'rounding';
}

/** The place a finding points at first (the cell or sentence a person must look at). */
export function primaryLocation(f: Finding): Location | undefined {
  return f.locations[0];
}

export interface FindingGroup {
  /** "t05" or "§五、…" or "其他". */
  readonly key: string;
  readonly title: string;
  /** Serious findings (errors, warnings and infos that are not rounding notes), most severe first. */
  readonly findings: readonly Finding[];
  /** Rounding notes, folded away by default. */
  readonly rounding: readonly Finding[];
}

/**
 * Groups findings by the table or the narrative section (its top heading) they point at, in the document's order
 * (tables as they appear, then sections in order of first appearance, then the rest) — groups with something more
 * than rounding notes first, so a reviewer meets the real problems before the folded notes.
 */
export function groupFindings(
  findings: readonly Finding[],
  tables: readonly Pick<Table, 'id' | 'title'>[],
): FindingGroup[] {
  const groups = new Map<string, { title: string; order: number; findings: Finding[]; rounding: Finding[] }>();
  const tableOrder = new Map(tables.map((t, i) => [t.id, { i, title: t.title }]));
  findings.forEach((f, n) => {
    const loc = primaryLocation(f);
    let key = 'other';
    let title = '其他';
    let order = 3_000_000 + n;
    if (loc?.table) {
      const t = tableOrder.get(loc.table);
      key = `table:${loc.table}`;
      title = t?.title ?? loc.table;
      order = (t?.i ?? 999) * 1000;
    } else if (loc?.sectionPath && loc.sectionPath.length > 0) {
      key = `section:${loc.sectionPath[0]}`;
      title = loc.sectionPath[0]!;
      order = 1_000_000 + n;
    } else if (loc?.project) {
      key = 'performance';
      title = '绩效自评';
      order = 2_000_000 + n;
    }
    let g = groups.get(key);
    if (!g) groups.set(key, (g = { title, order, findings: [], rounding: [] }));
    g.order = Math.min(g.order, order);
    (isRoundingNote(f) ? g.rounding : g.findings).push(f);
  });
  return [...groups.entries()]
    .sort((a, b) => Number(a[1].findings.length === 0) - Number(b[1].findings.length === 0) || a[1].order - b[1].order)
    .map(([key, g]) => ({
      key,
      title: g.title,
      findings: [...g.findings].sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity]),
      rounding: g.rounding,
    }));
}

export interface FindingFilter {
  readonly severities: readonly Severity[];
  /** Rule ids to show; empty shows all. */
  readonly rules: readonly string[];
}

export function filterFindings(findings: readonly Finding[], filter: FindingFilter): Finding[] {
  return findings.filter(
    (f) => filter.severities.includes(f.severity) && (filter.rules.length === 0 || filter.rules.includes(f.ruleId)),
  );
}

const str = (v: string | number | boolean | undefined): string | undefined =>
  v === undefined || v === '' ? undefined : String(v);

/**
 * The computation behind a finding, as a person would check it by hand ("143.08 ÷ 86.99 = 164.48%"), from the
 * values the rule reported; undefined when the finding is not a computation.
 */
export function computation(f: Finding): string | undefined {
  const d = f.data ?? {};
  const computed = str(d.computed);
  if (computed !== undefined) {
    if (str(d.part) && str(d.whole)) return `${d.part} ÷ ${d.whole} = ${computed}`;
    if (str(d.current) && str(d.previous)) return `(${d.current} − ${d.previous}) ÷ ${d.previous} = ${computed}`;
    if (str(d.actual) && str(d.budget)) return `${d.actual} ÷ ${d.budget} = ${computed}`;
    if (str(d.executed) && str(d.budget)) return `${d.executed} ÷ ${d.budget} = ${computed}`;
  }
  if (str(d.left) && str(d.right)) {
    const diff = str(d.diff) ? `，相差 ${d.diff}` : '';
    return `${d.left}（所列） 与 ${d.right}（计算） 不等${diff}`;
  }
  if (str(d.stated) && str(d.table)) return `所写 ${d.stated}，表中 ${d.table}${str(d.diff) ? `，相差 ${d.diff}` : ''}`;
  return undefined;
}

/** The identity that failed, as a formula over cells, when the rule gave one. */
export function formula(f: Finding): string | undefined {
  return str(f.data?.formula);
}

/** Where a location is, for a person: "301 工资福利支出 · 本年支出 · 第 3 页", "（二）… · 第 40 行". */
export function placeOf(l: Location | undefined): string {
  if (!l) return '';
  const parts: string[] = [];
  if (l.rowLabel) parts.push(`${l.rowCode ? `${l.rowCode} ` : ''}${l.rowLabel}`);
  if (l.columnLabel) parts.push(l.columnLabel);
  if (l.sectionPath && l.sectionPath.length > 1) parts.push(l.sectionPath[l.sectionPath.length - 1]!);
  if (l.project) parts.push(l.project);
  if (l.source?.page) parts.push(`第 ${l.source.page} 页`);
  else if (l.source?.line) parts.push(`第 ${l.source.line} 行`);
  return parts.join(' · ');
}

/** Distinct rule ids with how many findings each has, for the rule filter. */
export function ruleCounts(findings: readonly Finding[]): { ruleId: string; count: number }[] {
  const m = new Map<string, number>();
  for (const f of findings) m.set(f.ruleId, (m.get(f.ruleId) ?? 0) + 1);
  return [...m.entries()]
    .map(([ruleId, count]) => ({ ruleId, count }))
    .sort((a, b) => a.ruleId.localeCompare(b.ruleId));
}

/** A key for a finding in lists and URLs: its fingerprint, or its index when the checker gave none. */
export function findingKey(f: Finding, index: number): string {
  return f.fingerprint ?? `#${index}`;
}

/** Findings marking a table cell, keyed "table/rowKey/column" (primary locations and the cells they relate to). */
export function findingsByCell(findings: readonly Finding[]): Map<string, { finding: Finding; primary: boolean }[]> {
  const m = new Map<string, { finding: Finding; primary: boolean }[]>();
  const add = (l: Location, finding: Finding, primary: boolean) => {
    if (!l.table || !l.rowKey || !l.column) return;
    const k = `${l.table}/${l.rowKey}/${l.column}`;
    const list = m.get(k) ?? [];
    if (!list.some((x) => x.finding === finding)) list.push({ finding, primary });
    m.set(k, list);
  };
  for (const f of findings) {
    f.locations.forEach((l) => add(l, f, true));
    f.related?.forEach((l) => add(l, f, false));
  }
  return m;
}

/**
 * What a selected finding points at in the model view: its cells ("t05/rowKey/column") and their rows
 * ("t05/rowKey/*"), so the row of a row-level finding is highlighted too.
 */
export function activeTargets(f: Finding | undefined): Set<string> {
  const out = new Set<string>();
  for (const l of [...(f?.locations ?? []), ...(f?.related ?? [])]) {
    if (!l.table || !l.rowKey) continue;
    out.add(`${l.table}/${l.rowKey}/*`);
    if (l.column) out.add(`${l.table}/${l.rowKey}/${l.column}`);
  }
  return out;
}

/** Scrolls the first highlighted sentence, cell or row inside a container into view (else the finding's table). */
export function scrollToActive(container: HTMLElement | null, f: Finding | undefined): void {
  if (!container || !f) return;
  const table = f.locations.find((l) => l.table)?.table;
  const el =
    container.querySelector<HTMLElement>('.sentence-active') ??
    container.querySelector<HTMLElement>('td.cell-active') ??
    container.querySelector<HTMLElement>('tr.row-active') ??
    (table ? container.querySelector<HTMLElement>(`[data-table="${CSS.escape(table)}"]`) : null);
  el?.scrollIntoView({ block: 'center' }); // not smooth: Chromium drops one of two concurrent smooth scrolls (the findings list scrolls too)
}
