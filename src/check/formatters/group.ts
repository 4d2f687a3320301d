import type { Finding, Location } from '../../model/finding.js';
import { describeSource } from '../../model/source.js';
import { getRule } from '../rules/index.js';

/** The rule's Chinese title shown next to its id ("sum/economic-hierarchy 经济分类各级之和"). */
export function ruleLabel(ruleId: string): string {
  const title = getRule(ruleId)?.meta.title ?? (ruleId.startsWith('import/') ? '导入时发现的问题' : '');
  return title ? `${ruleId} ${title}` : ruleId;
}

/** A note that rounding alone explains (tables converted from 元 to 万元): info whose message id says so. */
export function isRoundingNote(f: Finding): boolean {
  return f.severity === 'info' && /rounding/i.test(f.messageId ?? '');
}

const TABLE_NAMES: Readonly<Record<string, string>> = {
  t01: '收入支出决算总表',
  t02: '收入决算表',
  t03: '支出决算表',
  t04: '财政拨款收入支出决算总表',
  t05: '一般公共预算财政拨款支出决算表',
  t06: '一般公共预算财政拨款基本支出决算表',
  t07: '政府性基金预算财政拨款收入支出决算表',
  t08: '国有资本经营预算财政拨款收入支出决算表',
  t09: '财政拨款“三公”经费支出决算表',
  t10: '机关运行经费支出情况表',
  t11: '政府采购支出情况表',
};

/** The heading a finding is grouped under: its table, its top-level 情况说明 section, its project, or 文档. */
export function groupOf(f: Finding): string {
  const loc = f.locations[0];
  if (loc?.table) return `报表 ${loc.table}：${TABLE_NAMES[loc.table] ?? ''}`;
  if (loc?.sectionPath?.[0]) return `情况说明 ${loc.sectionPath[0]}`;
  if (loc?.project) return `绩效自评表：${loc.project}`;
  return f.ruleId.startsWith('import/') ? '导入' : '文档';
}

const RANK: Readonly<Record<Finding['severity'], number>> = { error: 0, warning: 1, info: 2 };

/**
 * Groups with errors first, then warnings, then only info, each kind in first-seen order (rules run table checks
 * before narrative ones); inside a group, errors before warnings before info. A reviewer reads what must be fixed
 * first.
 */
export function grouped(findings: readonly Finding[]): Array<[string, Finding[]]> {
  const map = new Map<string, Finding[]>();
  for (const f of findings) {
    const g = groupOf(f);
    map.set(g, [...(map.get(g) ?? []), f]);
  }
  const worst = (fs: readonly Finding[]) => Math.min(...fs.map((f) => RANK[f.severity]));
  return [...map.entries()]
    .map(([g, fs]): [string, Finding[]] => [g, [...fs].sort((a, b) => RANK[a.severity] - RANK[b.severity])])
    .sort((a, b) => worst(a[1]) - worst(b[1]));
}

/** "第 505 行" / "第 3 页"; a table cell as "2080104 综合业务管理 / 本年支出/小计". */
export function where(loc: Location | undefined): string {
  if (!loc) return '';
  const src = describeSource(loc.source ? { ...loc.source, file: undefined } : undefined);
  const cell = loc.table
    ? [
        loc.rowCode ?? '',
        loc.rowLabel ?? (loc.rowKey && !loc.rowCode ? loc.rowKey : ''),
        loc.columnLabel ? `“${loc.columnLabel}”栏` : '',
      ]
        .filter(Boolean)
        .join(' ')
    : '';
  const section = loc.sectionPath && loc.sectionPath.length > 1 ? loc.sectionPath.slice(1).join(' › ') : '';
  return [src, cell, section].filter(Boolean).join('，');
}
