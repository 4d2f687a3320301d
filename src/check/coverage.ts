import type { Disclosure } from '../model/disclosure.js';
import type { Finding } from '../model/finding.js';
import { findSchema } from '../model/schemas/index.js';
import { completenessMissingSection } from './rules/completeness-missing-section.js';
import { completenessMissingTable } from './rules/completeness-missing-table.js';
import type { Coverage, CoverageGap, RuleContext } from './types.js';
import { claimReading } from './claims/reading.js';

/** The importer's word that a table could not be read, by table id (the table may be absent or partly read). */
function unreadableTables(diagnostics: readonly Finding[]): CoverageGap[] {
  const out = new Map<string, CoverageGap>();
  for (const d of diagnostics) {
    if (d.ruleId !== 'import/table-unreadable') continue;
    const table = d.locations.find((l) => l.table)?.table;
    if (!table || out.has(table)) continue;
    out.set(table, { id: table, title: /表“([^”]+)”/.exec(d.message)?.[1] ?? table, reason: d.message });
  }
  return [...out.values()];
}

/** Printed tables the importer could not name: there is no telling which checks they would have taken part in. */
function unnamedTables(diagnostics: readonly Finding[]): CoverageGap[] {
  return diagnostics
    .filter((d) => d.ruleId === 'import/unknown-table')
    .map((d) => {
      const page = d.locations[0]?.source?.page;
      return { id: 'unknown', title: page !== undefined ? `第 ${page} 页的表格` : '无法识别的表格', reason: d.message };
    });
}

/**
 * What the check could not look at. The lists of missing tables and sections come from the completeness rules'
 * own judgement (run here whatever their configured level), so coverage and findings never disagree.
 */
export function coverageOf(doc: Disclosure, context: RuleContext, rulesFailed: readonly CoverageGap[]): Coverage {
  const unreadable = unreadableTables(doc.diagnostics);
  const unreadableIds = new Set(unreadable.map((g) => g.id));
  const unknown: CoverageGap[] = [];
  const checked: string[] = [];
  for (const t of doc.tables) {
    if (!findSchema(t.schema))
      unknown.push({ id: t.schema, title: t.title || t.id, reason: `未登记的表格式“${t.schema}”` });
    else if (!unreadableIds.has(t.id)) checked.push(t.id);
  }
  unknown.push(...unnamedTables(doc.diagnostics));
  const missing = completenessMissingTable.run(context).flatMap((r) => {
    const id = r.locations[0]?.table;
    return id && !unreadableIds.has(id) ? [{ id, title: String(r.data?.['title'] ?? id) }] : [];
  });
  const sectionsMissing = completenessMissingSection
    .run(context)
    .map((r) => String(r.data?.['title'] ?? ''))
    .filter(Boolean)
    .map((title) => ({ id: title, title }));
  return {
    tables: { checked, missing, unreadable, unknown },
    sectionsMissing,
    rulesFailed: [...rulesFailed],
    claims: claimReading(doc, context.claims),
  };
}

/** Whether anything could not be checked. */
export function hasGaps(c: Coverage): boolean {
  return (
    c.tables.missing.length +
      c.tables.unreadable.length +
      c.tables.unknown.length +
      c.sectionsMissing.length +
      c.rulesFailed.length >
    0
  );
}

/** "未能审核：缺少 2 张表（…）；…" — the one line every report prints when the check was partial. */
export function coverageLine(c: Coverage): string | undefined {
  if (!hasGaps(c)) return undefined;
  const titles = (gaps: readonly CoverageGap[]) => gaps.map((g) => g.title).join('、');
  const parts: string[] = [];
  if (c.tables.missing.length) parts.push(`缺少 ${c.tables.missing.length} 张表（${titles(c.tables.missing)}）`);
  if (c.tables.unreadable.length)
    parts.push(`${c.tables.unreadable.length} 张表无法读取（${titles(c.tables.unreadable)}）`);
  if (c.tables.unknown.length) parts.push(`${c.tables.unknown.length} 张表无法识别（${titles(c.tables.unknown)}）`);
  if (c.sectionsMissing.length)
    parts.push(`情况说明缺少 ${c.sectionsMissing.length} 节（${titles(c.sectionsMissing)}）`);
  if (c.rulesFailed.length) parts.push(`${c.rulesFailed.length} 条规则未能完成（${titles(c.rulesFailed)}）`);
  return `未能审核：${parts.join('；')}`;
}

/** "情况说明：含数字的句子 40 句，其中 3 句无法对应到报表单元格" — printed with every report that read a 情况说明. */
export function claimsLine(c: Coverage): string | undefined {
  if (!c.claims || c.claims.sentences === 0) return undefined;
  const { sentences, unbound } = c.claims;
  return `情况说明：读到含金额或百分比的句子 ${sentences} 句，${unbound > 0 ? `其中 ${unbound} 句无法对应到报表单元格（未核对）` : '均已对应到报表单元格'}`;
}
