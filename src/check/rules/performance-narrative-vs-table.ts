import type { ProjectClaim } from '../claims/types.js';
import { percentInterval, parseFigure, type Figure } from '../figures.js';
import { overlaps } from '../interval.js';
import { siteLocation } from '../locate.js';
import type { Report, Rule } from '../types.js';
import type { Disclosure } from '../../model/disclosure.js';
import { findProject, num, projectLocation } from './performance-helpers.js';

/** Each 项目绩效自评情况 item repeats its 绩效自评表: score, full-year budget, execution, rate. */
export const performanceNarrativeVsTable: Rule = {
  meta: {
    id: 'performance/narrative-vs-table',
    category: 'performance',
    title: '项目绩效自评情况与自评表一致',
    description:
      '“××项目绩效自评情况”中的自评得分、全年预算数、实际支出和完成年度预算的比例应与该项目的项目支出绩效自评表一致（得分对“总分”，预算对“全年预算数”，支出对“全年执行数”，比例对“执行率”，比例按四舍五入区间比较）。',
    example: '“人事考试经费项目绩效自评情况”写自评得分 98 分，自评表总分为 100',
    defaultSeverity: 'error',
    messages: {
      mismatch: '“{{project}}”的情况说明写{{what}} {{stated}}，但自评表为 {{table}}',
      noTable: '情况说明有“{{project}}”的绩效自评情况，但找不到该项目的项目支出绩效自评表',
    },
  },
  run({ doc, claims }) {
    return claims.flatMap((c) => (c.kind === 'project' ? check(doc, c) : []));
  },
};

function check(doc: Disclosure, c: ProjectClaim): Report[] {
  const p = findProject(doc.performance, c.name);
  if (!p)
    return [
      { messageId: 'noTable', certainty: 'suspicious', data: { project: c.name }, locations: [siteLocation(c.site)] },
    ];
  const out: Report[] = [];
  const related = [projectLocation(p)];
  const same = (what: string, stated: Figure | undefined, table: ReturnType<typeof num>) => {
    if (!stated || !table || stated.value.equals(table)) return;
    out.push({
      messageId: 'mismatch',
      data: { project: p.projectName, what, stated: stated.text, table: table.toString() },
      locations: [siteLocation(c.site)],
      related,
      expected: table.toString(),
      actual: stated.text,
    });
  };
  same('自评得分', c.score, num(p.total.score));
  same('全年预算数', c.budget, num(p.funds.total?.fullYearBudget));
  same('实际支出', c.executed, num(p.funds.total?.executed));
  const rateCell = p.funds.total?.rate;
  if (c.rate && c.rateHasSign && rateCell?.kind === 'percent') {
    const t = parseFigure(rateCell.value);
    if (t && !overlaps(percentInterval(c.rate), percentInterval(t))) {
      out.push({
        messageId: 'mismatch',
        data: {
          project: p.projectName,
          what: '完成年度预算的',
          stated: `${c.rate.text}%`,
          table: `${rateCell.value}%`,
        },
        locations: [siteLocation(c.site)],
        related,
        expected: `${rateCell.value}%`,
        actual: `${c.rate.text}%`,
      });
    }
  }
  return out;
}
