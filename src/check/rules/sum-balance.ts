import type { Disclosure } from '../../model/disclosure.js';
import type { Table } from '../../model/table.js';
import { tableOf } from '../locate.js';
import type { Report, Rule } from '../types.js';
import { compact, identity, IDENTITY_MESSAGES, ref, sums, sumText } from './helpers.js';

/** t01 and t04: 本年收入/支出合计 = Σ lines, 总计 = 本年合计 + carry-overs, income 总计 = expenditure 总计. */
export const sumBalance: Rule = {
  meta: {
    id: 'sum/balance',
    category: 'sum',
    title: '收支总表的合计与平衡',
    description:
      '收入支出决算总表和财政拨款收入支出决算总表中：本年收入合计 = 各收入项之和；本年支出合计 = 各功能分类支出之和；收入总计 = 本年收入合计 + 使用非财政拨款结余 + 年初结转和结余；支出总计 = 本年支出合计 + 结余分配 + 年末结转和结余；收入总计 = 支出总计。财政拨款收入支出决算总表的支出“合计”栏 = 三类财政拨款栏之和。',
    example:
      '收入支出决算总表：本年支出合计应等于各项支出之和，但前者为 1551.86、后者为 1551.87，相差 0.01，在尾数四舍五入误差范围内',
    defaultSeverity: 'error',
    messages: IDENTITY_MESSAGES,
  },
  run({ doc }) {
    return [...t01(doc), ...t04(doc)];
  },
};

const keysLike = (table: Table, re: RegExp) => table.rows.filter((r) => re.test(r.key)).map((r) => r.key);

function t01(doc: Disclosure): Report[] {
  const t = tableOf(doc, 't01');
  if (!t) return [];
  const income = keysLike(t, /^in\.(gpb|govfund|soe|superior|business|operating|subsidiary|other)$/);
  const classes = keysLike(t, /^out\.\d{3}$/);
  const name = t.title;
  const r = (k: string) => ref(t, k);
  return compact([
    identity(doc, `${r('in.total')} = ${sumText(income.map(r))}`, `${name}：本年收入合计应等于各收入项之和`),
    identity(doc, `${r('out.total')} = ${sumText(classes.map(r))}`, `${name}：本年支出合计应等于各项支出之和`),
    identity(
      doc,
      `${r('in.grand')} = ${sumText(keysLike(t, /^in\.(total|nonfiscalSurplus|carryover)$/).map(r))}`,
      `${name}：收入总计应等于本年收入合计、使用非财政拨款结余与年初结转和结余之和`,
    ),
    identity(
      doc,
      `${r('out.grand')} = ${sumText(keysLike(t, /^out\.(total|distribution|carryover)$/).map(r))}`,
      `${name}：支出总计应等于本年支出合计、结余分配与年末结转和结余之和`,
    ),
    identity(doc, `${r('in.grand')} = ${r('out.grand')}`, `${name}：收入总计应等于支出总计`),
  ]);
}

function t04(doc: Disclosure): Report[] {
  const t = tableOf(doc, 't04');
  if (!t) return [];
  const name = t.title;
  const r = (k: string, c?: string) => ref(t, k, c);
  const funds = ['out.gpb', 'out.govfund', 'out.soe'];
  const classes = keysLike(t, /^out\.\d{3}$/);
  const out: Array<Report | undefined> = [
    identity(
      doc,
      `${r('in.total')} = ${sumText(keysLike(t, /^in\.(gpb|govfund|soe)$/).map((k) => r(k)))}`,
      `${name}：本年收入合计应等于三类财政拨款收入之和`,
    ),
    identity(
      doc,
      `${r('in.carryover')} = ${sumText(keysLike(t, /^in\.carryover\./).map((k) => r(k)))}`,
      `${name}：年初财政拨款结转和结余应等于其三类之和`,
    ),
    identity(
      doc,
      `${r('in.grand')} = ${r('in.total')} + ${r('in.carryover')}`,
      `${name}：收入总计应等于本年收入合计与年初财政拨款结转和结余之和`,
    ),
    identity(doc, `${r('in.grand')} = ${r('out.grand', 'out.total')}`, `${name}：收入总计应等于支出总计`),
  ];
  for (const col of ['out.total', ...funds]) {
    out.push(
      sums(
        doc,
        [{ table: 't04', rowKey: 'out.total', column: col }],
        '=',
        classes.map((k) => ({ table: 't04' as const, rowKey: k, column: col })),
        () => `${name}：本年支出合计（${col === 'out.total' ? '合计' : fundName(col)}栏）应等于各项支出之和`,
      ),
      identity(
        doc,
        `${r('out.grand', col)} = ${r('out.total', col)} + ${r('out.carryover', col)}`,
        `${name}：支出总计（${col === 'out.total' ? '合计' : fundName(col)}栏）应等于本年支出合计与年末结转和结余之和`,
      ),
    );
  }
  for (const row of t.rows.filter((x) => x.side === 'expenditure')) {
    if (!('out.total' in row.cells)) continue;
    const cell = (column: string) => ({ table: 't04' as const, rowKey: row.key, column });
    out.push(
      sums(
        doc,
        [cell('out.total')],
        '=',
        funds.filter((f) => f in row.cells).map(cell),
        () => `${name}“${row.label}”行：合计栏应等于三类财政拨款栏之和`,
      ),
    );
  }
  return compact(out);
}

function fundName(col: string): string {
  return col === 'out.gpb'
    ? '一般公共预算财政拨款'
    : col === 'out.govfund'
      ? '政府性基金预算财政拨款'
      : '国有资本经营预算财政拨款';
}
