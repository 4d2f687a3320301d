import type { Disclosure } from '../../model/disclosure.js';
import type { Table } from '../../model/table.js';
import { schemaOf } from '../../model/schemas/index.js';
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
const has = (table: Table, key: string) => table.rows.some((r) => r.key === key);

/**
 * The income lines a 本年收入合计 adds up: the schema's lines of the income side that are no part of another line
 * and no carry-over (决算: 一般公共预算财政拨款收入 … 其他收入; 预算: 财政拨款收入, 事业收入 …, or 财政拨款,
 * 财政专户管理资金, 其他资金).
 */
function incomeParts(doc: Disclosure, t: Table): string[] {
  const lines = schemaOf(t, doc.meta.layout)?.lines ?? [];
  const top = new Set(
    lines.filter((l) => l.side === 'income' && l.kind === 'line' && !l.parent && !CARRY.test(l.key)).map((l) => l.key),
  );
  return t.rows.filter((r) => top.has(r.key)).map((r) => r.key);
}
const CARRY = /^in\.(nonfiscalSurplus|carryover)$/;

/** A line of the schema made of other lines (预算: 财政拨款收入 = 一般公共预算 + 政府性基金 + 国有资本经营预算). */
function parentSums(doc: Disclosure, t: Table, name: string): Array<Report | undefined> {
  const lines = schemaOf(t, doc.meta.layout)?.lines ?? [];
  const out: Array<Report | undefined> = [];
  for (const parent of lines.filter((l) => l.side !== undefined && has(t, l.key))) {
    if (t.id === 't04' && parent.key === 'in.carryover') continue; // sumBalance's own line below
    const kids = lines.filter((l) => l.parent === parent.key && l.side === parent.side && has(t, l.key));
    if (kids.length === 0) continue;
    out.push(
      identity(
        doc,
        `${ref(t, parent.key)} = ${sumText(kids.map((k) => ref(t, k.key)))}`,
        `${name}：“${parent.label}”应等于其下各项之和`,
      ),
    );
  }
  return out;
}

/** 支出用途 lines (a 预算's 基本支出, 项目支出, 单位预留机动经费) add up to the expenditure total of their column. */
function useSum(doc: Disclosure, t: Table, name: string): Report | undefined {
  const uses = keysLike(t, /^out\.(basic|project|reserve)$/);
  const total = t.rows.find((r) => r.key === 'out.total');
  const v = total?.cells['out.use']?.value;
  if (uses.length === 0 || !v || v.kind === 'blank') return undefined;
  return identity(
    doc,
    `${ref(t, 'out.total', 'out.use')} = ${sumText(uses.map((k) => ref(t, k, 'out.use')))}`,
    `${name}：支出合计应等于基本支出、项目支出等各支出用途之和`,
  );
}

function t01(doc: Disclosure): Report[] {
  const t = tableOf(doc, 't01');
  if (!t) return [];
  const income = incomeParts(doc, t);
  const classes = keysLike(t, /^out\.\d{3}$/);
  const name = t.title;
  const r = (k: string) => ref(t, k);
  // A 预算 may print no 本年收入合计 / 本年支出合计 line (Shanghai): its 总计 is then the sum of the lines itself.
  const inTotal = has(t, 'in.total') ? ['in.total'] : income;
  const outTotal = has(t, 'out.total') ? ['out.total'] : classes;
  return compact([
    has(t, 'in.total')
      ? identity(doc, `${r('in.total')} = ${sumText(income.map(r))}`, `${name}：本年收入合计应等于各收入项之和`)
      : undefined,
    has(t, 'out.total')
      ? identity(doc, `${r('out.total')} = ${sumText(classes.map(r))}`, `${name}：本年支出合计应等于各项支出之和`)
      : undefined,
    ...parentSums(doc, t, name),
    useSum(doc, t, name),
    identity(
      doc,
      `${r('in.grand')} = ${sumText([...inTotal, ...keysLike(t, CARRY)].map(r))}`,
      has(t, 'in.total')
        ? `${name}：收入总计应等于本年收入合计、使用非财政拨款结余与年初结转和结余之和`
        : `${name}：收入总计应等于各收入项与上年结转之和`,
    ),
    identity(
      doc,
      `${r('out.grand')} = ${sumText([...outTotal, ...keysLike(t, /^out\.(distribution|carryover)$/)].map(r))}`,
      has(t, 'out.total')
        ? `${name}：支出总计应等于本年支出合计、结余分配与年末结转和结余之和`
        : `${name}：支出总计应等于各项支出与结转下年之和`,
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
  const incomes = keysLike(t, /^in\.(gpb|govfund|soe)$/);
  const out: Array<Report | undefined> = [
    identity(
      doc,
      `${r('in.total')} = ${sumText(incomes.map((k) => r(k)))}`,
      `${name}：本年收入合计应等于三类财政拨款收入之和`,
    ),
    identity(
      doc,
      `${r('in.carryover')} = ${sumText(keysLike(t, /^in\.carryover\./).map((k) => r(k)))}`,
      `${name}：年初财政拨款结转和结余应等于其三类之和`,
    ),
    has(t, 'in.total') || !has(t, 'in.grand')
      ? identity(
          doc,
          `${r('in.grand')} = ${r('in.total')} + ${r('in.carryover')}`,
          `${name}：收入总计应等于本年收入合计与年初财政拨款结转和结余之和`,
        )
      : identity(
          doc,
          `${r('in.grand')} = ${sumText([...incomes, ...keysLike(t, /^in\.carryover$/)].map((k) => r(k)))}`,
          `${name}：收入总计应等于各类财政拨款收入与上年结转之和`,
        ),
    identity(doc, `${r('in.grand')} = ${r('out.grand', 'out.total')}`, `${name}：收入总计应等于支出总计`),
    useSum(doc, t, name),
  ];
  if (!has(t, 'in.grand') && !has(t, 'out.grand')) {
    out.push(identity(doc, `${r('in.total')} = ${r('out.total')}`, `${name}：收入合计应等于支出合计`));
  }
  for (const col of ['out.total', ...funds]) {
    const colName = col === 'out.total' ? '合计' : fundName(col);
    out.push(
      has(t, 'out.total') || !has(t, 'out.grand')
        ? sums(
            doc,
            [{ table: 't04', rowKey: 'out.total', column: col }],
            '=',
            classes.map((k) => ({ table: 't04' as const, rowKey: k, column: col })),
            () => `${name}：本年支出合计（${colName}栏）应等于各项支出之和`,
          )
        : sums(
            doc,
            [{ table: 't04', rowKey: 'out.grand', column: col }],
            '=',
            [...classes, ...keysLike(t, /^out\.carryover$/)].map((k) => ({
              table: 't04' as const,
              rowKey: k,
              column: col,
            })),
            () => `${name}：支出总计（${colName}栏）应等于各项支出之和`,
          ),
      has(t, 'out.total')
        ? identity(
            doc,
            `${r('out.grand', col)} = ${r('out.total', col)} + ${r('out.carryover', col)}`,
            `${name}：支出总计（${colName}栏）应等于本年支出合计与年末结转和结余之和`,
          )
        : undefined,
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
