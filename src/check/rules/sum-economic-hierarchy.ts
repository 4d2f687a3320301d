import { PERSONNEL_CLASSES, PUBLIC_CLASSES } from '../../model/concepts/staff-costs.js';
import type { Disclosure } from '../../model/disclosure.js';
import type { Table } from '../../model/table.js';
import { tableOf } from '../locate.js';
import type { Report, Rule } from '../types.js';
import { compact, identity, IDENTITY_MESSAGES, ref, sumText } from './helpers.js';
import { moneyColumns, rowName } from './table-helpers.js';

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
    return ['t06', 'f06', 't10'].flatMap((id) => check(doc, tableOf(doc, id)));
  },
};

function check(doc: Disclosure, table: Table | undefined): Report[] {
  if (!table) return [];
  const coded = table.rows.filter((r) => r.kind === 'class' && r.code);
  const classes = coded.filter((r) => r.code?.length === 3);
  const out: Array<Report | undefined> = [];
  // A 决算's t06 prints one amount column; a 预算's prints 合计 | 人员经费 | 公用经费, each summed on its own.
  const cols = moneyColumns(table);
  const columns = cols.length > 1 ? cols : [undefined];
  for (const col of columns) {
    const r = (key: string) => ref(table, key, col?.id);
    const where = col ? `“${col.label}”栏` : '';
    for (const c of classes) {
      const kids = coded.filter((x) => x.code?.length === 5 && x.code.startsWith(c.code ?? '')).map((x) => x.key);
      if (kids.length === 0) continue;
      out.push(
        identity(
          doc,
          `${r(c.key)} = ${sumText(kids.map(r))}`,
          `${table.title}“${rowName(c)}”${where}应等于其下各款之和`,
        ),
      );
    }
    if (col && table.rows.some((x) => x.key === 'total') && classes.length > 0) {
      out.push(
        identity(
          doc,
          `${r('total')} = ${sumText(classes.map((c) => r(c.key)))}`,
          `${table.title}：合计行${where}应等于各类之和`,
        ),
      );
    }
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
  if (cols.length <= 1 && table.rows.some((r) => r.key === 'total') && classes.length > 0) {
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
