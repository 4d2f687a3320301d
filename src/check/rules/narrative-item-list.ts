import { Decimal } from 'decimal.js';
import { foldForMatching } from '../../model/concepts/text.js';
import { staffCostKind, type StaffCostKind } from '../../model/concepts/staff-costs.js';
import type { Row, Table } from '../../model/table.js';
import { paragraphsOf } from '../fix/locate.js';
import { fmt } from '../figures.js';
import { cellLocation } from '../locate.js';
import type { Report, Rule } from '../types.js';
import { cellAmount, moneyColumns } from './table-helpers.js';

/**
 * "人员经费 890.15 万元，主要包括：基本工资、津贴补贴……等；" — the list after 主要包括, up to 。 or ；. Jiangsu's
 * 预算 ends the amount's sentence first: "人员经费13594.82万元。主要包括：基本工资、……".
 */
const LIST =
  /(人员经费|公用经费)[^。；;]*?(?:[。．]\s*)?主要包括[：:]?([^。；;]+)|(机关运行经费)[^。；;]*?(?:主要|全部)(?:用于|包括)[：:]?([^。；;]+)/g;
const KIND: Readonly<Record<string, StaffCostKind>> = { 人员经费: 'personnel', 公用经费: 'public' };
/**
 * 机关运行经费 is paid from 公用经费: its list ("机关运行经费……主要用于办公费、印刷费……") is read against the 公用经费
 * lines only, and only for what it names (the 机关运行经费 is a part of 公用经费, so an omission says nothing). A bare
 * 包括 is the 名词解释's definition and is left alone.
 */
const WITHIN_PUBLIC = '机关运行经费';
/** An omitted item that carries this share of its group is worth a warning. */
const LARGE = new Decimal(0.1);

interface Line {
  readonly row: Row;
  readonly name: string;
  readonly value: Decimal | undefined;
}

/** The line's whole amount: a 决算's t06 prints one column (决算数); a 预算's prints 合计 first, then its parts. */
function amountColumn(t06: Table): string {
  return moneyColumns(t06)[0]?.id ?? 'amount';
}

/** The 款 lines (5-digit codes) of the basic-expenditure table with their folded names. */
function lines(t06: Table, column: string): Line[] {
  return t06.rows
    .filter((r) => r.code?.length === 5)
    .map((r) => ({ row: r, name: foldForMatching(r.label), value: cellAmount(r, column) }));
}

const spent = (l: Line) => l.value !== undefined && !l.value.isZero();

/** "其他交通费" names "其他交通费用": the item and the label differ at most by a trailing 用/支出. */
const names = (item: string, l: Line) => l.name === item || l.name.replace(/(?:用|支出)$/, '') === item;

/**
 * The items a 人员经费 / 公用经费 list names are spent in the basic-expenditure table; the list leaves out no item
 * that carries a large part of its group.
 */
export const narrativeItemList: Rule = {
  meta: {
    id: 'narrative/item-list',
    category: 'narrative',
    title: '经费构成清单与基本支出表一致',
    description:
      '情况说明“人员经费……主要包括：……；公用经费……主要包括：……”所列的每一项，都应在一般公共预算财政拨款基本支出表中有支出：所列项目在表中为空或为 0 时报错（清单说花了，表里没有）；表中占该类经费 10% 以上的项目未列出时警告。“机关运行经费……主要用于（主要包括）……”所列的项目按基本支出表的公用经费各款核对，只查所列项目是否有支出。只按名称完全相同（忽略空格、括号全半角，允许“费”“费用”之差）匹配。',
    example: '“人员经费……主要包括：……医疗费……”，但基本支出表“30114 医疗费”为空',
    defaultSeverity: 'error',
    noFixReason: '无法确定是清单写错还是报表漏填，请人工核对',
    subject: ['item'],
    messages: {
      listedButEmpty: '{{group}}清单列有“{{item}}”，但{{table}}“{{code}} {{label}}”{{state}}',
      omitted: '{{group}}清单未列“{{label}}”，而它在{{table}}中为 {{amount}} {{unit}}，占{{group}}的 {{share}}',
    },
  },
  run({ doc }) {
    const t06 = doc.tables.find((t) => t.id === 't06');
    if (!t06) return [];
    const column = amountColumn(t06);
    const all = lines(t06, column);
    // A table with no spending at all is empty or unread (a template): its lines say nothing about the list.
    if (!all.some(spent)) return [];
    const publicLines = all.filter((l) => l.row.code && staffCostKind(l.row.code) === 'public');
    const out: Report[] = [];
    for (const p of paragraphsOf(doc)) {
      for (const m of p.para.text.matchAll(LIST)) {
        const group = m[1] ?? m[3] ?? '';
        const kind = KIND[group];
        const candidates = group === WITHIN_PUBLIC ? publicLines : all;
        const items = (m[2] ?? m[4] ?? '')
          .split(/[、，,]/)
          .map((s) => foldForMatching(s.replace(/(?:等|等等)(?:支出|费用)?\s*$/, '')))
          .filter((s) => s.length >= 2);
        const loc = { sectionPath: p.path, sentence: m[0], ...(p.para.source ? { source: p.para.source } : {}) };
        for (const item of items) {
          const matched = candidates.filter((l) => names(item, l));
          // Only a name that is exactly one table line, and that line holds nothing, is certainly wrong.
          if (matched.length === 0 || matched.some(spent)) continue;
          const l = matched[0] as Line;
          out.push({
            messageId: 'listedButEmpty',
            data: {
              group,
              item,
              table: t06.title,
              code: l.row.code ?? '',
              label: l.row.label,
              state: l.value ? '为 0' : '为空（没有支出）',
            },
            locations: [loc],
            related: [cellLocation(doc, { table: 't06', rowKey: l.row.key, column })],
            actual: item,
          });
        }
        if (!kind) continue;
        const groupLines = all.filter((l) => l.row.code && staffCostKind(l.row.code) === kind);
        const total = groupLines.reduce((a, l) => a.plus(l.value ?? 0), new Decimal(0));
        if (total.isZero()) continue;
        for (const l of groupLines) {
          if (!l.value || l.value.div(total).lessThan(LARGE)) continue;
          if (items.some((item) => names(item, l) || l.name.includes(item) || item.includes(l.name))) continue;
          out.push({
            messageId: 'omitted',
            certainty: 'suspicious',
            data: {
              group,
              item: l.row.label,
              label: `${l.row.code ?? ''} ${l.row.label}`,
              table: t06.title,
              amount: fmt(l.value),
              unit: t06.unit,
              share: `${fmt(l.value.div(total).times(100))}%`,
            },
            locations: [loc],
            related: [cellLocation(doc, { table: 't06', rowKey: l.row.key, column })],
          });
        }
      }
    }
    return out;
  },
};
