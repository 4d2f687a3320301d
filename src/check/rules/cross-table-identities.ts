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
    const kind = doc.meta.documentKind ?? '决算';
    const formulas = CROSS_IDENTITIES.filter((f) => !f.kinds || f.kinds.includes(kind));
    return [...compact(formulas.map((f) => identity(doc, f.expr, f.what, AGG))), ...perClass(doc)];
  },
};

/** Totals compared across tables may each be a sum of rounded items (see aggregate.ts). */
const AGG = { aggregates: true } as const;

/** Each 类 line of a summary table (t01/t04) equals that 类's row of the detail table (t03/t05). */
function classLinesEqual(
  doc: Disclosure,
  summary: 't01' | 't04',
  column: string,
  detail: 't03' | 't05',
  what: (label: string, code: string) => string,
): Array<Report | undefined> {
  const table = tableOf(doc, summary);
  if (!table || !tableOf(doc, detail)) return [];
  return table.rows
    .filter((r) => /^out\.\d{3}$/.test(r.key))
    .map((row) => {
      const code = row.key.slice(4);
      return sums(
        doc,
        [{ table: summary, rowKey: row.key, column }],
        '=',
        [{ table: detail, rowKey: code, column: 'total' }],
        () => what(row.label, code),
        AGG,
      );
    });
}

function perClass(doc: Disclosure): Report[] {
  return compact([
    ...classLinesEqual(
      doc,
      't01',
      'out.amount',
      't03',
      (label, code) => `收入支出决算总表“${label}”应等于支出决算表“${code}”类本年支出合计`,
    ),
    ...classLinesEqual(
      doc,
      't04',
      'out.gpb',
      't05',
      (label, code) =>
        `财政拨款收入支出决算总表“${label}”（一般公共预算财政拨款栏）应等于一般公共预算财政拨款支出决算表“${code}”类合计`,
    ),
  ]);
}
