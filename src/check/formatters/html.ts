import type { Formatter } from './types.js';
import { SEVERITY_ZH } from './types.js';
import { grouped, ruleLabel, where } from './group.js';
import { claimsLine, coverageLine } from '../coverage.js';
import { escapeHtml } from '../../formats/html-escape.js';

const STYLE = `body{font-family:"Noto Sans CJK SC","Microsoft YaHei",sans-serif;margin:2em auto;max-width:1100px;color:#222}
h1{font-size:1.5em}h2{font-size:1.2em;border-bottom:1px solid #ccc;padding-bottom:.3em}h3{font-size:1em;margin-top:1.5em}
table{border-collapse:collapse;width:100%}td,th{border:1px solid #ddd;padding:.4em;vertical-align:top;text-align:left}th:first-child,td:first-child{white-space:nowrap}
.error{color:#b00020;font-weight:bold}.warning{color:#a66300;font-weight:bold}.info{color:#555}
.summary span{margin-right:1.5em}.gaps{color:#a66300;border-left:3px solid #a66300;padding-left:.6em}.muted{color:#777;font-size:.9em}@media print{body{margin:0}}`;

/** A self-contained report page (inline style, no script): per file, findings grouped by table or section. */
export const formatHtml: Formatter = (reports) => {
  const parts: string[] = [];
  for (const r of reports) {
    parts.push(
      `<section><h2>${escapeHtml(r.document.name)} ${r.document.fiscalYear} 年度 <span class="muted">${escapeHtml(r.file)}</span></h2>`,
    );
    parts.push(
      `<p class="summary"><span class="error">错误 ${r.summary.error}</span><span class="warning">警告 ${r.summary.warning}</span><span class="info">提示 ${r.summary.info}</span></p>`,
    );
    const gaps = r.coverage && coverageLine(r.coverage);
    if (gaps) parts.push(`<p class="gaps">${escapeHtml(gaps)}</p>`);
    const read = r.coverage && claimsLine(r.coverage);
    const unbound = r.coverage?.claims?.unboundSentences ?? [];
    if (read) {
      parts.push(
        unbound.length > 0
          ? `<details class="claims"><summary>${escapeHtml(read)}</summary><ul>${unbound
              .map((u) => `<li>${escapeHtml([...u.sectionPath, u.sentence].join(' › '))}</li>`)
              .join('')}</ul></details>`
          : `<p class="claims">${escapeHtml(read)}</p>`,
      );
    }
    if (r.findings.length === 0) parts.push(gaps ? '<p>已审核的部分未发现问题。</p>' : '<p>未发现问题。</p>');
    for (const [group, findings] of grouped(r.findings)) {
      parts.push(
        `<h3>${escapeHtml(group)}</h3><table><thead><tr><th>级别</th><th>位置</th><th>问题</th><th>应为 / 实为</th><th>规则</th></tr></thead><tbody>`,
      );
      for (const f of findings) {
        const sentence = f.locations[0]?.sentence
          ? `<div class="muted">原文：${escapeHtml(f.locations[0].sentence)}</div>`
          : '';
        const values =
          f.expected !== undefined || f.actual !== undefined
            ? `${escapeHtml(f.expected ?? '')} / ${escapeHtml(f.actual ?? '')}`
            : '';
        parts.push(
          `<tr><td class="${f.severity}">${SEVERITY_ZH[f.severity]}</td><td>${escapeHtml(where(f.locations[0]))}</td><td>${escapeHtml(f.message)}${sentence}</td><td>${values}</td><td class="muted">${escapeHtml(ruleLabel(f.ruleId))}</td></tr>`,
        );
      }
      parts.push('</tbody></table>');
    }
    parts.push('</section>');
  }
  return `<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>决算审核报告</title><style>${STYLE}</style></head>
<body><h1>部门决算公开审核报告</h1>
${parts.join('\n')}
</body></html>
`;
};
