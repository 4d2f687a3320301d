import { LAYOUTS, getLayout, isLayoutId } from '../../model/layouts/index.js';
import type { Disclosure } from '../../model/disclosure.js';
import type { TableId } from '../../model/table.js';
import type { CellRef } from './types.js';

/**
 * The words that open a year-on-year change in any registered layout ("比上年", "与 2023 年度相比，"), as one
 * RegExp alternation: the writer of each layout writes its lead (`phrasing.changeLead`), the extractor reads all
 * of them, so a document is read whichever layout it was detected as.
 */
export const CHANGE_LEAD: string = [...new Set(LAYOUTS.map((l) => l.phrasing.changeLeadPattern))]
  .map((p) => `(?:${p})`)
  .join('|');

/**
 * The names a 情况说明 uses for table lines, and the cell each names. Matching is on text normalised by
 * `unifyBracketsAndQuotes` (model/concepts/text: full-width brackets, one kind of quote). A "三公" item names a budget or an actual cell
 * depending on whether the words before the figure say 预算 or 决算.
 */
export interface LexiconEntry {
  readonly re: RegExp;
  readonly cell: CellRef | { readonly table: 't09'; readonly item: string };
}

/** The names one document's 情况说明 uses, and whether its own figures are 预算 (a 预算) or 决算 figures. */
export interface Lexicon {
  readonly entries: readonly LexiconEntry[];
  /** A 预算: "预算" in the words names the document's own figures, not a budget column beside an actual one. */
  readonly budget: boolean;
  readonly combined: RegExp;
  readonly byLength: readonly LexiconEntry[];
}

function lexiconOf(entries: readonly LexiconEntry[], budget: boolean): Lexicon {
  const byLength = [...entries].sort((a, b) => b.re.source.length - a.re.source.length);
  const combined = new RegExp(byLength.map((e) => `(${e.re.source})`).join('|'), 'g');
  return { entries, budget, combined, byLength };
}

const cell = (table: TableId, rowKey: string, column: string): CellRef => ({ table, rowKey, column });
const tp = (item: string) => ({ table: 't09' as const, item });

export const LEXICON: readonly LexiconEntry[] = [
  { re: /收入、?支出总计/g, cell: cell('t01', 'in.grand', 'in.amount') },
  { re: /财政拨款收入、?支出总计/g, cell: cell('t04', 'in.grand', 'in.amount') },
  { re: /本年收入合计/g, cell: cell('t01', 'in.total', 'in.amount') },
  { re: /本年支出合计/g, cell: cell('t01', 'out.total', 'out.amount') },
  { re: /年初结转和结余/g, cell: cell('t01', 'in.carryover', 'in.amount') },
  { re: /年末结转和结余/g, cell: cell('t01', 'out.carryover', 'out.amount') },
  { re: /财政拨款收入/g, cell: cell('t02', 'total', 'fiscal') },
  { re: /上级补助收入/g, cell: cell('t02', 'total', 'superior') },
  { re: /事业收入/g, cell: cell('t02', 'total', 'business') },
  { re: /经营收入/g, cell: cell('t02', 'total', 'operating') },
  { re: /附属单位上缴收入/g, cell: cell('t02', 'total', 'subsidiary') },
  { re: /其他收入/g, cell: cell('t02', 'total', 'other') },
  { re: /基本支出/g, cell: cell('t03', 'total', 'basic') },
  { re: /项目支出/g, cell: cell('t03', 'total', 'project') },
  { re: /上缴上级支出/g, cell: cell('t03', 'total', 'remit') },
  { re: /经营支出/g, cell: cell('t03', 'total', 'operating') },
  { re: /对附属单位补助支出/g, cell: cell('t03', 'total', 'subsidy') },
  { re: /一般公共预算财政拨款支出/g, cell: cell('t05', 'total', 'total') },
  { re: /一般公共预算财政拨款基本支出/g, cell: cell('t05', 'total', 'basic') },
  { re: /一般公共预算财政拨款项目支出/g, cell: cell('t05', 'total', 'project') },
  { re: /人员经费/g, cell: cell('t06', 'personnel', 'amount') },
  { re: /公用经费/g, cell: cell('t06', 'public', 'amount') },
  { re: /"三公"经费(?:支出)?/g, cell: tp('total') },
  { re: /因公出国（境）费(?:用)?/g, cell: tp('abroad') },
  { re: /公务用车购置及运行(?:维护)?费/g, cell: tp('car') },
  { re: /公务用车购置费/g, cell: tp('carPurchase') },
  { re: /公务用车运行(?:维护)?费/g, cell: tp('carRun') },
  { re: /公务接待费/g, cell: tp('reception') },
  { re: /机关运行经费(?:支出)?/g, cell: cell('t10', 'total', 'amount') },
  { re: /政府采购支出(?:总额|合计)/g, cell: cell('t11', 'total', 'amount') },
  { re: /政府采购货物支出/g, cell: cell('t11', 'goods', 'amount') },
  { re: /政府采购工程支出/g, cell: cell('t11', 'works', 'amount') },
  { re: /政府采购服务支出/g, cell: cell('t11', 'services', 'amount') },
  { re: /(?:政府采购)?授予中小企业合同(?:金额)?/g, cell: cell('t11', 'sme', 'amount') },
  { re: /授予小微企业合同(?:金额)?/g, cell: cell('t11', 'small', 'amount') },
];

/** The 决算's names (above). */
export const ACCOUNTS_LEXICON: Lexicon = lexiconOf(LEXICON, false);

const budgetEntries = (names: NonNullable<(typeof LAYOUTS)[number]['phrasing']['names']>): LexiconEntry[] =>
  names.map((n) => ({
    re: new RegExp(n.pattern, 'g'),
    cell: n.item !== undefined ? tp(n.item) : cell(n.table, n.rowKey ?? 'total', n.column ?? 'total'),
  }));

/** The names of every 预算 layout: for a 预算 of no known layout. */
const ANY_BUDGET_LEXICON: Lexicon = lexiconOf(
  LAYOUTS.filter((l) => l.documentKind === '预算').flatMap((l) => budgetEntries(l.phrasing.names ?? [])),
  true,
);
const BUDGET_LEXICONS = new Map(
  LAYOUTS.filter((l) => l.documentKind === '预算' && l.phrasing.names).map((l) => [
    l.id,
    lexiconOf(budgetEntries(l.phrasing.names ?? []), true),
  ]),
);

/** The names to read a document's 情况说明 with: its layout's (a 预算 layout states them), else its kind's. */
export function lexiconFor(doc: Disclosure): Lexicon {
  if ((doc.meta.documentKind ?? '决算') === '决算') return ACCOUNTS_LEXICON;
  const layout = isLayoutId(doc.meta.layout) ? getLayout(doc.meta.layout).id : undefined;
  return (layout !== undefined ? BUDGET_LEXICONS.get(layout) : undefined) ?? ANY_BUDGET_LEXICON;
}

export interface LexiconHit {
  readonly start: number;
  readonly end: number;
  readonly entry: LexiconEntry;
}

/** The hit that ends last in `text` (longest on a tie): the name nearest before a figure. */
export function lastHit(text: string): LexiconHit | undefined {
  let best: LexiconHit | undefined;
  for (const entry of LEXICON) {
    for (const m of text.matchAll(entry.re)) {
      const start = m.index;
      const end = start + m[0].length;
      if (!best || end > best.end || (end === best.end && start < best.start)) best = { start, end, entry };
    }
  }
  return best;
}

/** The first hit in `text` (the paragraph's subject, the default whole of its shares). */
export function firstHit(text: string): LexiconHit | undefined {
  let best: LexiconHit | undefined;
  for (const entry of LEXICON) {
    for (const m of text.matchAll(entry.re)) {
      const start = m.index;
      const end = start + m[0].length;
      if (!best || start < best.start || (start === best.start && end > best.end)) best = { start, end, entry };
    }
  }
  return best;
}

/** The entry whose name is exactly `text` (for "占WHOLE的": the whole must be named in full). */
export function exactHit(text: string, lexicon: Lexicon = ACCOUNTS_LEXICON): LexiconEntry | undefined {
  const t = text.trim();
  return lexicon.entries.find((e) => {
    const re = new RegExp(`^(?:${e.re.source})$`);
    return re.test(t);
  });
}

/** Resolves an entry to a cell; a "三公" item reads the budget column when the words before say 预算. */
export function resolveEntry(entry: LexiconEntry, words: string, lexicon?: Lexicon): CellRef | undefined {
  if (lexicon?.budget) {
    return 'item' in entry.cell ? { table: 't09', rowKey: 'main', column: `budget.${entry.cell.item}` } : entry.cell;
  }
  const budget = /预算/.test(words) && !/决算/.test(words);
  if ('item' in entry.cell) {
    return { table: 't09', rowKey: 'main', column: `${budget ? 'budget' : 'actual'}.${entry.cell.item}` };
  }
  return budget ? undefined : entry.cell;
}

/**
 * All names in one pass: one alternation, longer patterns first so that the longest name at a position wins
 * ("财政拨款收入、支出总计" over "财政拨款收入"). A name inside a longer one ends no later, so the nearest-before
 * and longest-on-a-tie choices of `lastHitIn` are unchanged.
 */
/** Every name in `text`, in order: computed once per paragraph. */
export function allHits(text: string, lexicon: Lexicon = ACCOUNTS_LEXICON): LexiconHit[] {
  const hits: LexiconHit[] = [];
  for (const m of text.matchAll(lexicon.combined)) {
    const i = m.findIndex((g, k) => k > 0 && g !== undefined);
    const entry = lexicon.byLength[i - 1];
    if (entry) hits.push({ start: m.index, end: m.index + m[0].length, entry });
  }
  return hits;
}

/** The hit ending last within [from, to) (longest on a tie), among precomputed hits. */
export function lastHitIn(
  hits: readonly LexiconHit[],
  from: number,
  to: number,
  skip?: (h: LexiconHit) => boolean,
): LexiconHit | undefined {
  let best: LexiconHit | undefined;
  for (const h of hits) {
    if (h.start < from || h.end > to || skip?.(h)) continue;
    if (!best || h.end > best.end || (h.end === best.end && h.start < best.start)) best = h;
  }
  return best;
}
