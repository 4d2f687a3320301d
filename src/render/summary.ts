import type { Disclosure } from '../model/disclosure.js';
import type { Section } from '../model/narrative.js';
import { getLayout, isLayoutId } from '../model/layouts/index.js';
import { getSchema } from '../model/schemas/index.js';

function countSections(sections: readonly Section[]): number {
  return sections.reduce((n, s) => n + 1 + countSections(s.children), 0);
}

/** A short Chinese overview of what was read: department, year, unit, tables with row counts, sections, projects. */
export function renderSummary(doc: Disclosure): string {
  const m = doc.meta;
  const lines: string[] = [];
  lines.push(`${m.name}\u3000${m.fiscalYear} 年度${m.kind}${m.documentKind ?? '决算'}`);
  if (m.region) lines.push(`地区：${m.region}`);
  const layoutName = isLayoutId(m.layout) ? getLayout(m.layout).name : `未知版式“${String(m.layout)}”`;
  lines.push(`金额单位：${m.unit}\u3000版式：${layoutName}${m.sourceFile ? `\u3000来源：${m.sourceFile}` : ''}`);
  lines.push('');
  lines.push(`报表 ${doc.tables.length} 张：`);
  for (const t of doc.tables) {
    const schema = getSchema(t.schema);
    const cells = t.rows.reduce((n, r) => n + Object.values(r.cells).filter((c) => c.value.kind !== 'blank').length, 0);
    const number = t.number ? `${t.number}\u3000` : '';
    const state = t.empty ? '（空表）' : `${t.rows.length} 行，${cells} 个有数单元格`;
    lines.push(`  ${t.id}\u3000${number}${schema.title}：${state}`);
  }
  lines.push('');
  lines.push(`情况说明：${doc.narrative.length} 个部分，共 ${countSections(doc.narrative)} 个标题`);
  for (const s of doc.narrative) {
    const sub = s.children.length > 0 ? `（${s.children.length} 个子项）` : '';
    lines.push(`  ${s.numbering?.raw ?? ''}${s.title}${sub}`);
  }
  lines.push('');
  lines.push(`部门职责 ${doc.overview.duties.length} 条；内设机构 ${doc.overview.internalBodies.length} 个`);
  lines.push(`项目支出绩效自评表 ${doc.performance.length} 张${doc.performance.length ? '：' : ''}`);
  for (const p of doc.performance) {
    const score = p.total.score.kind === 'number' ? `，自评得分 ${p.total.score.value}` : '';
    lines.push(`  ${p.projectName}${score}`);
  }
  lines.push(`名词解释 ${doc.glossary.length} 条`);
  if (doc.diagnostics.length > 0) {
    lines.push('');
    lines.push(`导入提示 ${doc.diagnostics.length} 条：`);
    for (const d of doc.diagnostics) lines.push(`  ${d.message}`);
  }
  return lines.join('\n') + '\n';
}
