import { getLayout, isLayoutId } from '../../model/layouts/index.js';
import type { Formatter } from './types.js';
import { SEVERITY_ZH } from './types.js';
import { grouped, where } from './group.js';
import { claimsLine, coverageLine } from '../coverage.js';

/** Human text in Chinese: per file, findings grouped by table or section, each with where to look and the fix. */
export const formatText: Formatter = (reports) => {
  const out: string[] = [];
  for (const r of reports) {
    const d = r.document;
    const layout = isLayoutId(d.layout) ? getLayout(d.layout).name : `版式“${d.layout}”`;
    out.push(`${r.file}：${d.name} ${d.fiscalYear} 年度（${layout}）`);
    const gaps = r.coverage && coverageLine(r.coverage);
    if (gaps) out.push(`  ${gaps}`);
    const read = r.coverage && claimsLine(r.coverage);
    if (read) out.push(`  ${read}`);
    for (const rel of r.summary.related ?? []) out.push(`  ${rel.note}。`);
    if (r.findings.length === 0) out.push(gaps ? '  已审核的部分未发现问题。' : '  未发现问题。');
    for (const [group, findings] of grouped(r.findings)) {
      out.push('', `  ${group}`);
      for (const f of findings) {
        const place = where(f.locations[0]);
        out.push(`    [${SEVERITY_ZH[f.severity]}] ${place ? `${place}：` : ''}${f.message}`);
        const fix = f.expected !== undefined && f.actual !== undefined ? `应为 ${f.expected}，实为 ${f.actual}` : '';
        const rel = f.related?.[0] ? `对照：${f.related[0].table ?? ''} ${where(f.related[0])}`.trim() : '';
        const sentence = f.locations[0]?.sentence ? `原文：${f.locations[0].sentence}` : '';
        for (const extra of [sentence, [fix, rel].filter(Boolean).join('；')]) if (extra) out.push(`        ${extra}`);
        out.push(`        （规则 ${f.ruleId}）`);
      }
    }
    out.push('', `  共 ${r.summary.error} 个错误、${r.summary.warning} 个警告、${r.summary.info} 条提示。`, '');
  }
  return out.join('\n');
};
