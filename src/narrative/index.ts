import { DISCLOSURE_FORMAT, type Disclosure, type TocEntry } from '../model/disclosure.js';
import type { Cell } from '../model/cell.js';
import type { Section } from '../model/narrative.js';
import { getLayout, writableLayouts } from '../model/layouts/index.js';
import { schemaFor } from '../model/schemas/index.js';
import type { Row, Table } from '../model/table.js';
import { WriterContext } from './context.js';
import type { WriterInput } from '../model/writer-input.js';
import type { FundsLine, PerformanceEvaluation } from '../model/performance.js';
import { percent, printed } from './numbers.js';
import { writeQinghai } from './qinghai.js';
import { writeShanghai } from './shanghai.js';
import { msg } from '../model/messages/index.js';

export * from '../model/writer-input.js';

/**
 * Writes the whole disclosure from its numbers: the tables as given (rounded to the printed 2 decimals), and every
 * number-bearing sentence of 情况说明 in the layout's conventions, with the user's reasons slotted in. What the
 * writer could not say (a reason missing where the figures differ) is reported in `diagnostics`.
 */
/** The narrative writers, by the key a layout definition names (`LayoutDefinition.writer`). */
const WRITERS: Readonly<Record<string, (ctx: WriterContext) => Section[]>> = Object.freeze({
  qinghai: writeQinghai,
  shanghai: writeShanghai,
});

/** A layout without a writer (the generic one) cannot be composed: its conventions are unknown. */
export class NoWriterError extends Error {
  override readonly name = 'NoWriterError';
  constructor(readonly layoutName: string) {
    const known = writableLayouts().map((l) => l.name);
    super(msg('writer.noWriter', { layout: layoutName, known: known.join('、') }));
  }
}

export function composeDisclosure(input: WriterInput): Disclosure {
  const ctx = new WriterContext(input);
  const layout = getLayout(input.meta.layout);
  const write = layout.writer === undefined ? undefined : WRITERS[layout.writer];
  if (!write) throw new NoWriterError(layout.name);
  const narrative = write(ctx);
  const other = narrative.find((s) => /其他重要事项/.test(s.title));
  return {
    format: DISCLOSURE_FORMAT,
    meta: { ...input.meta },
    toc: tableOfContents(input, narrative),
    overview: input.overview,
    tables: input.tables.map(printedTable).map((t) => withEmptyNote(input, t)),
    narrative,
    performance: input.performance.map(withRates),
    otherMatters: other ? flatten(other) : [],
    glossary: input.glossary,
    diagnostics: ctx.diagnostics,
  };
}

const FUNDS: Partial<Record<Table['id'], string>> = {
  t07: '政府性基金预算财政拨款',
  t08: '国有资本经营预算财政拨款',
};

/** The Shanghai template's note under an empty fund table ("…没有…收入和支出，故本表无数据。"). */
function withEmptyNote(input: WriterInput, t: Table): Table {
  const fund = FUNDS[t.id];
  if (!getLayout(input.meta.layout).capabilities.emptyFundNote || !fund || !t.empty || t.notes.length > 0) return t;
  return { ...t, notes: [`说明：${input.meta.name}本年度没有${fund}收入和支出，故本表无数据。`] };
}

/** 执行率 of a 自评表 funds line = 全年执行数 ÷ 全年预算数, half-up to 2 decimals (correct by construction). */
function withRates(p: PerformanceEvaluation): PerformanceEvaluation {
  const line = (f: FundsLine | undefined): FundsLine | undefined => {
    if (!f || f.executed.kind !== 'amount' || f.fullYearBudget.kind !== 'amount') return f;
    const rate = percent(f.executed.amount, f.fullYearBudget.amount);
    return rate === undefined ? f : { ...f, rate: { kind: 'percent', value: rate, hasSign: true } };
  };
  const total = line(p.funds.total);
  const fiscal = line(p.funds.fiscal);
  return { ...p, funds: { ...p.funds, ...(total ? { total } : {}), ...(fiscal ? { fiscal } : {}) } };
}

function flatten(s: Section): Section['paragraphs'][number][] {
  return [...s.paragraphs, ...s.children.flatMap(flatten)];
}

/** Amounts entered with more decimals than printed are shown rounded (the narrative used them unrounded). */
function printedTable(t: Table): Table {
  const needs = t.rows.some((r) =>
    Object.values(r.cells).some((c) => c.value.kind === 'amount' && c.value.amount.scale > 2),
  );
  if (!needs) return t;
  const cell = (c: Cell): Cell =>
    c.value.kind === 'amount' && c.value.amount.scale > 2
      ? { ...c, value: { kind: 'amount', amount: printed(c.value.amount) }, raw: printedRaw(c.value.amount) }
      : c;
  const row = (r: Row): Row => ({
    ...r,
    cells: Object.fromEntries(Object.entries(r.cells).map(([k, c]) => [k, cell(c)])),
  });
  return { ...t, rows: t.rows.map(row) };
}

function printedRaw(a: { minor: number; scale: number }): string {
  const p = printed(a);
  return (p.minor / 100).toFixed(2);
}

const PART_TITLES = ['部门概况', '部门决算报表', '部门决算情况说明', '名词解释'];

function tableOfContents(input: WriterInput, narrative: readonly Section[]): TocEntry[] {
  const y = input.meta.fiscalYear;
  const entries: TocEntry[] = [];
  PART_TITLES.forEach((title, i) => {
    const part = `第${'一二三四'[i]}部分`;
    const text = i === 1 || i === 2 ? `${part} ${y} 年度${title}` : `${part} ${title}`;
    entries.push({ part, text });
    if (i === 1) {
      input.tables
        .slice()
        .sort(
          (a, b) =>
            (schemaFor(input.meta.layout, a.id)?.position ?? 99) - (schemaFor(input.meta.layout, b.id)?.position ?? 99),
        )
        .forEach((t) => entries.push({ part, text: t.title }));
    }
    if (i === 2) for (const s of narrative) entries.push({ part, text: `${s.numbering?.raw ?? ''}${s.title}` });
  });
  return entries;
}
