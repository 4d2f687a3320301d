import { Decimal } from 'decimal.js';
import { foldForMatching } from '../../model/concepts/text.js';
import { OFFICIAL_CAR, OFFICIAL_CAR_PARTS, THREE_PUBLIC_PARTS } from '../../model/concepts/three-public.js';
import type { Row } from '../../model/table.js';
import { paragraphsOf } from '../fix/locate.js';
import { fmt } from '../figures.js';
import { cellLocation } from '../locate.js';
import type { Report, Rule } from '../types.js';
import { cellAmount } from './table-helpers.js';

/**
 * "“三公”经费支出主要用于公务接待费和公务用车运行维护费。" — the list after 主要用于 / 主要包括 / 全部用于, up to 。 or
 * ；. A bare 用于 / 包括 is left alone: the 名词解释 defines the 三公 as "用于因公出国（境）费用、……和公务接待费".
 */
const LIST = /三公[”"’]?(?:经费)?[^。；;]*?(?:主要|全部|均)(?:用于|包括)[：:]?([^。；;]+)/g;

/** The t09 items a list can name, by column item id; the names folded (full-width brackets). */
const ITEMS: ReadonlyArray<{ readonly id: string; readonly name: RegExp }> = [
  { id: 'abroad', name: /^因公出国(?:（境）|境)?(?:费用?|经费)$/ },
  { id: 'car', name: /^公务用车购置及运行(?:维护)?(?:费用?|经费)$/ },
  { id: 'carPurchase', name: /^公务用车购置(?:费用?|经费)$/ },
  { id: 'carRun', name: /^公务用车运行(?:维护)?(?:费用?|经费)$/ },
  { id: 'reception', name: /^公务接待(?:费用?|经费)$/ },
];
/**
 * The leaves that add up to the 合计 (the make-up in model/concepts/three-public.ts, the 公务用车 subtotal replaced by
 * its parts); an omitted one is excused when the list names its subtotal.
 */
type Leaf = { readonly id: string; readonly within?: string };
const LEAVES: readonly Leaf[] = THREE_PUBLIC_PARTS.flatMap((id): Leaf[] =>
  id === OFFICIAL_CAR ? OFFICIAL_CAR_PARTS.map((part) => ({ id: part, within: OFFICIAL_CAR })) : [{ id }],
);
const LABEL: Readonly<Record<string, string>> = {
  abroad: '因公出国（境）费用',
  car: '公务用车购置及运行维护费',
  carPurchase: '公务用车购置费',
  carRun: '公务用车运行维护费',
  reception: '公务接待费',
};
/** An omitted item that carries this share of the 三公 total is worth a warning. */
const LARGE = new Decimal(0.1);

/** A 决算's t09 prints 预算数 and 决算数 (the list speaks of what was spent); a 预算's only 预算数. */
function prefixOf(row: Row): 'actual' | 'budget' | undefined {
  const ids = Object.keys(row.cells);
  return ids.some((id) => id.startsWith('actual.'))
    ? 'actual'
    : ids.some((id) => id.startsWith('budget.'))
      ? 'budget'
      : undefined;
}

/** "公务接待费和公务用车运行维护费等支出" → the item ids it names; a piece that is no exact 三公 name is skipped. */
function namedItems(list: string): string[] {
  return list
    .split(/[、，,]|以及|和|与/)
    .map((s) => foldForMatching(s.replace(/(?:等|等等)?(?:支出|费用|方面)?(?:等)?\s*$/, '')))
    .flatMap((s) => ITEMS.filter((i) => i.name.test(s) || i.name.test(`${s}费`)).map((i) => i.id));
}

/**
 * The 三公 items a "“三公”经费……主要用于……" list names are spent in the 三公 table; the list leaves out no item that
 * carries a large part of the total.
 */
export const narrativeThreePublicList: Rule = {
  meta: {
    id: 'narrative/three-public-list',
    category: 'narrative',
    title: '“三公”经费用途清单与“三公”经费表一致',
    description:
      '情况说明“‘三公’经费……主要用于（主要包括）……”所列的因公出国（境）费用、公务用车购置费、公务用车运行维护费、公务接待费，都应在“三公”经费表（决算看决算数，预算看预算数）中有支出：所列项目为空或为 0 时报错；占“三公”经费合计 10% 以上的项目未列出时警告。只认完整的项目名称，读不出名称的清单不检查。',
    example: '“‘三公’经费支出主要用于因公出国（境）费和公务接待费”，但“三公”经费表因公出国（境）费用决算数为 0',
    defaultSeverity: 'error',
    noFixReason: '无法确定是清单写错还是报表漏填，请人工核对',
    subject: ['item'],
    messages: {
      listedButEmpty: '“三公”经费清单列有“{{item}}”，但{{table}}“{{label}}”{{state}}',
      omitted: '“三公”经费清单未列“{{label}}”，而它在{{table}}中为 {{amount}} {{unit}}，占“三公”经费合计的 {{share}}',
    },
  },
  run({ doc }) {
    const t09 = doc.tables.find((t) => t.id === 't09');
    const row = t09?.rows.find((r) => r.key === 'main');
    const prefix = row && prefixOf(row);
    if (!t09 || !row || !prefix) return [];
    const amount = (id: string) => cellAmount(row, `${prefix}.${id}`);
    const total = LEAVES.reduce((a, l) => a.plus(amount(l.id) ?? 0), new Decimal(0));
    // A table with no 三公 spending at all is empty or unread: it says nothing about a list.
    if (total.isZero()) return [];
    const related = (id: string) => [cellLocation(doc, { table: 't09', rowKey: 'main', column: `${prefix}.${id}` })];
    const out: Report[] = [];
    for (const p of paragraphsOf(doc)) {
      for (const m of p.para.text.matchAll(LIST)) {
        const named = [...new Set(namedItems(m[1] ?? ''))];
        if (named.length === 0) continue;
        const loc = { sectionPath: p.path, sentence: m[0], ...(p.para.source ? { source: p.para.source } : {}) };
        for (const id of named) {
          const v = amount(id);
          if (v && !v.isZero()) continue;
          out.push({
            messageId: 'listedButEmpty',
            data: {
              item: LABEL[id] ?? id,
              table: t09.title,
              label: LABEL[id] ?? id,
              state: v ? '为 0' : '为空（没有支出）',
            },
            locations: [loc],
            related: related(id),
            actual: LABEL[id] ?? id,
          });
        }
        for (const leaf of LEAVES) {
          const v = amount(leaf.id);
          if (!v || named.includes(leaf.id) || (leaf.within && named.includes(leaf.within))) continue;
          if (v.div(total).lessThan(LARGE)) continue;
          out.push({
            messageId: 'omitted',
            certainty: 'suspicious',
            data: {
              label: LABEL[leaf.id] ?? leaf.id,
              table: t09.title,
              amount: fmt(v),
              unit: t09.unit,
              share: `${fmt(v.div(total).times(100))}%`,
            },
            locations: [loc],
            related: related(leaf.id),
          });
        }
      }
    }
    return out;
  },
};
