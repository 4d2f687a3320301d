import { PERSONNEL_CLASSES, PUBLIC_CLASSES } from '../../model/concepts/staff-costs.js';
import type { Disclosure } from '../../model/disclosure.js';
import type { Table } from '../../model/table.js';
import { tableOf } from '../locate.js';
import type { Report, Rule } from '../types.js';
import { compact, identity, IDENTITY_MESSAGES, ref, sumText } from './helpers.js';
import { rowName } from './table-helpers.js';

/** t06/t10: each 3-digit 经济分类 = Σ its 5-digit lines; 人员经费 and 公用经费 = Σ their classes (model/concepts/staff-costs). */
export const sumEconomicHierarchy: Rule = {
  meta: {
    id: 'sum/economic-hierarchy',
    category: 'sum',
    title: '经济分类逐级汇总与人员、公用经费',
    description:
      '一般公共预算财政拨款基本支出决算表和机关运行经费支出情况表中，每个经济分类“类”（如 301）等于其下各“款”（30101…）之和；人员经费合计 = 301 + 303；公用经费合计 = 302 + 307 + 309 + 310 + 311 + 312 + 313 + 399（有则计入）；机关运行经费合计 = 各类之和。',
    example:
      '一般公共预算财政拨款基本支出决算表“301 工资福利支出”应等于其下各款之和，但前者为 821.71、后者为 819.10，相差 2.61，尾数四舍五入无法解释，请核对',
    defaultSeverity: 'error',
    messages: IDENTITY_MESSAGES,
  },
  run({ doc }) {
    return [...check(doc, tableOf(doc, 't06')), ...check(doc, tableOf(doc, 't10'))];
  },
};

function check(doc: Disclosure, table: Table | undefined): Report[] {
  if (!table) return [];
  const coded = table.rows.filter((r) => r.kind === 'class' && r.code);
  const classes = coded.filter((r) => r.code?.length === 3);
  const out: Array<Report | undefined> = [];
  for (const c of classes) {
    const kids = coded.filter((r) => r.code?.length === 5 && r.code.startsWith(c.code ?? '')).map((r) => r.key);
    if (kids.length === 0) continue;
    out.push(
      identity(
        doc,
        `${ref(table, c.key)} = ${sumText(kids.map((k) => ref(table, k)))}`,
        `${table.title}“${rowName(c)}”应等于其下各款之和`,
      ),
    );
  }
  const present = (codes: readonly string[]) =>
    codes.filter((k) => classes.some((c) => c.key === k)).map((k) => ref(table, k));
  if (table.rows.some((r) => r.key === 'personnel')) {
    out.push(
      identity(
        doc,
        `${ref(table, 'personnel')} = ${sumText(present(PERSONNEL_CLASSES))}`,
        `${table.title}：人员经费合计应等于 301 工资福利支出与 303 对个人和家庭的补助之和`,
      ),
    );
  }
  if (table.rows.some((r) => r.key === 'public')) {
    out.push(
      identity(
        doc,
        `${ref(table, 'public')} = ${sumText(present(PUBLIC_CLASSES))}`,
        `${table.title}：公用经费合计应等于 ${PUBLIC_CLASSES.join('、')} 各类之和`,
      ),
    );
  }
  if (table.rows.some((r) => r.key === 'total') && classes.length > 0) {
    out.push(
      identity(
        doc,
        `${ref(table, 'total')} = ${sumText(classes.map((c) => ref(table, c.key)))}`,
        `${table.title}：合计应等于各类之和`,
      ),
    );
  }
  return compact(out);
}
