import { getLayout, isLayoutId } from '../../model/layouts/index.js';
import type { Finding } from '../../model/finding.js';
import type { Formatter } from './types.js';
import { SEVERITY_ZH } from './types.js';
import { grouped, isRoundingNote, ruleLabel, where } from './group.js';
import { claimsLine, coverageLine } from '../coverage.js';

function findingLines(f: Finding): string[] {
  const out: string[] = [];
  const place = where(f.locations[0]);
  out.push(`    [${SEVERITY_ZH[f.severity]}] ${place ? `${place}：` : ''}${f.message}`);
  const fix = f.expected !== undefined && f.actual !== undefined ? `应为 ${f.expected}，实为 ${f.actual}` : '';
  const rel = f.related?.[0] ? `对照：${f.related[0].table ?? ''} ${where(f.related[0])}`.trim() : '';
  const sentence = f.locations[0]?.sentence ? `原文：${f.locations[0].sentence}` : '';
  for (const extra of [sentence, [fix, rel].filter(Boolean).join('；')]) if (extra) out.push(`        ${extra}`);
  out.push(`        （规则 ${ruleLabel(f.ruleId)}${f.fix ? '，可用 juesuan fix 自动修正' : ''}）`);
  return out;
}

/** One line for the info of a group that the short report leaves out. */
function infoSummary(infos: readonly Finding[]): string[] {
  const rounding = infos.filter(isRoundingNote).length;
  const other = infos.length - rounding;
  const parts = [
    rounding > 0 ? `另有 ${rounding} 处尾数差异，在四舍五入误差内` : '',
    other > 0 ? `${rounding > 0 ? '' : '另有 '}${other} 条提示` : '',
  ].filter(Boolean);
  return parts.length > 0 ? [`    ${parts.join('，')}，用 --verbose 查看`] : [];
}

/**
 * Human text in Chinese: per file, findings grouped by table or section, each with where to look, the rule's
 * title and whether `juesuan fix` can correct it. Errors and warnings in full; info (mostly rounding notes) as
 * one line per group unless `verbose`. JSON and SARIF keep everything.
 */
export const formatText: Formatter = (reports, options = {}) => {
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
      const shown = options.verbose ? findings : findings.filter((f) => f.severity !== 'info');
      for (const f of shown) out.push(...findingLines(f));
      if (!options.verbose) out.push(...infoSummary(findings.filter((f) => f.severity === 'info')));
    }
    const fixable = r.findings.filter((f) => f.fix).length;
    out.push(
      '',
      `  共 ${r.summary.error} 个错误、${r.summary.warning} 个警告、${r.summary.info} 条提示。` +
        (fixable > 0 ? `其中 ${fixable} 处可用 juesuan fix 自动修正。` : ''),
      '',
    );
  }
  return out.join('\n');
};
