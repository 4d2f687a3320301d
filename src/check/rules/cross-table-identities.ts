import type { Disclosure } from '../../model/disclosure.js';
import { tableOf } from '../locate.js';
import type { Report, Rule } from '../types.js';
import { CROSS_IDENTITIES } from './cross-formulas.js';
import { compact, identity, IDENTITY_MESSAGES, sums } from './helpers.js';

/** Every equality across tables in DOMAIN.md, plus the per-类 equalities t01 = t03 and t04 = t05. */
export const crossTableIdentities: Rule = {
  meta: {
    id: 'cross/table-identities',
    category: 'cross',
    title: '表间勾稽关系',
    description:
      '各表之间应一致的数：收入总表各收入项与收入决算表合计、本年支出合计与支出决算表合计、财政拨款总表与收入总表及一般公共预算支出表、一般公共预算支出表基本支出与基本支出表人员经费和公用经费、机关运行经费不大于公用经费、“三公”经费不小于基本支出表对应科目等（见 docs/formulas.md 所列公式），以及收入支出决算总表每个支出功能分类“类”等于支出决算表同一“类”、财政拨款收入支出决算总表一般公共预算栏每个“类”等于一般公共预算财政拨款支出决算表同一“类”。',
    example:
      '一般公共预算财政拨款支出决算表合计“基本支出”应等于基本支出决算表人员经费合计与公用经费合计之和，前者为 937.03、后者为 937.04，相差 0.01，在尾数四舍五入误差范围内',
    defaultSeverity: 'error',
    messages: IDENTITY_MESSAGES,
  },
  run({ doc }) {
    return [...compact(CROSS_IDENTITIES.map((f) => identity(doc, f.expr, f.what, AGG))), ...perClass(doc)];
  },
};

/** Totals compared across tables may each be a sum of rounded items (see aggregate.ts). */
const AGG = { aggregates: true } as const;

function perClass(doc: Disclosure): Report[] {
  const out: Array<Report | undefined> = [];
  const t01 = tableOf(doc, 't01');
  const t04 = tableOf(doc, 't04');
  if (t01 && tableOf(doc, 't03')) {
    for (const row of t01.rows.filter((r) => /^out\.\d{3}$/.test(r.key))) {
      const code = row.key.slice(4);
      out.push(
        sums(
          doc,
          [{ table: 't01', rowKey: row.key, column: 'out.amount' }],
          '=',
          [{ table: 't03', rowKey: code, column: 'total' }],
          () => `收入支出决算总表“${row.label}”应等于支出决算表“${code}”类本年支出合计`,
          AGG,
        ),
      );
    }
  }
  if (t04 && tableOf(doc, 't05')) {
    for (const row of t04.rows.filter((r) => /^out\.\d{3}$/.test(r.key))) {
      const code = row.key.slice(4);
      out.push(
        sums(
          doc,
          [{ table: 't04', rowKey: row.key, column: 'out.gpb' }],
          '=',
          [{ table: 't05', rowKey: code, column: 'total' }],
          () =>
            `财政拨款收入支出决算总表“${row.label}”（一般公共预算财政拨款栏）应等于一般公共预算财政拨款支出决算表“${code}”类合计`,
          AGG,
        ),
      );
    }
  }
  return compact(out);
}
