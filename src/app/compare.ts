import { Decimal } from 'decimal.js';
import { extractClaims } from '../check/index.js';
import type { Disclosure } from '../model/disclosure.js';
import { disclosureIdentity, identityKey } from '../model/identity.js';
import { toDecimal } from '../model/money.js';
import { columnLabel, schemaOf } from '../model/schemas/index.js';
import type { Table } from '../model/table.js';
import type {
  ComparedCell,
  ComparedLine,
  ComparedTable,
  DocumentRef,
  PairComparison,
  Ranking,
  RankingEntry,
  RankingFigure,
  Rankings,
} from '../render/compare/types.js';
import { RANKING_FIGURES, RANKING_TITLES } from '../render/compare/types.js';
import type { OtherDocument } from './check.js';

export type {
  PairComparison,
  Rankings,
  Ranking,
  RankingFigure,
  DocumentRef,
  ComparedTable,
} from '../render/compare/types.js';
export { RANKING_FIGURES, RANKING_TITLES } from '../render/compare/types.js';

const FACTOR = { 元: 1, 万元: 10000 } as const;

function refOf(o: OtherDocument): DocumentRef {
  const m = o.doc.meta;
  return {
    organisation: m.name,
    region: m.region ?? null,
    year: m.fiscalYear,
    kind: m.documentKind ?? '决算',
    scope: m.kind,
    version: o.version ?? null,
    source: o.source,
  };
}

/** A cell's amount as a decimal in 元, or undefined when it holds no amount (blank reads as 0). */
function yuan(table: Table | undefined, rowKey: string, column: string): Decimal | undefined {
  const cell = table?.rows.find((r) => r.key === rowKey)?.cells[column];
  if (!table || !cell) return undefined;
  if (cell.value.kind === 'amount') return toDecimal(cell.value.amount).times(FACTOR[table.unit]);
  if (cell.value.kind === 'blank' || cell.value.kind === 'na') return new Decimal(0);
  return undefined;
}

const text = (d: Decimal | undefined, unit: Table['unit']) =>
  d === undefined ? null : d.div(FACTOR[unit]).toDecimalPlaces(2, Decimal.ROUND_HALF_UP).toFixed(2);

function percent(part: Decimal, whole: Decimal): string | null {
  return whole.isZero() ? null : `${part.div(whole).times(100).toDecimalPlaces(2, Decimal.ROUND_HALF_UP).toFixed(2)}%`;
}

function compareTable(ta: Table | undefined, tb: Table | undefined, a: Disclosure, b: Disclosure): ComparedTable {
  const base = (ta ?? tb)!;
  const unit = base.unit;
  const schema = ta ? schemaOf(ta, a.meta.layout) : schemaOf(tb!, b.meta.layout);
  const keys = [...new Set([...(ta?.rows ?? []), ...(tb?.rows ?? [])].map((r) => r.key))];
  const lines: ComparedLine[] = [];
  for (const key of keys) {
    const ra = ta?.rows.find((r) => r.key === key);
    const rb = tb?.rows.find((r) => r.key === key);
    const row = (ra ?? rb)!;
    const columns = [...new Set([...Object.keys(ra?.cells ?? {}), ...Object.keys(rb?.cells ?? {})])];
    const cells: ComparedCell[] = [];
    for (const column of columns) {
      const va = yuan(ta, key, column);
      const vb = yuan(tb, key, column);
      if (va === undefined && vb === undefined) continue;
      const col = schema?.columns.find((c) => c.id === column);
      cells.push({
        column,
        columnLabel: col ? columnLabel(col) : column,
        a: text(va, unit),
        b: text(vb, unit),
        difference: va !== undefined && vb !== undefined ? text(vb.minus(va), unit) : null,
        rate: va !== undefined && vb !== undefined ? percent(vb.minus(va), va) : null,
      });
    }
    if (cells.length === 0) continue;
    lines.push({
      key,
      code: row.code ?? null,
      label: row.label,
      in: ra && rb ? 'both' : ra ? 'a' : 'b',
      cells,
    });
  }
  return { table: base.id, title: ta?.title ?? tb!.title, unit, lines };
}

/**
 * Two disclosures' table lines side by side (by table id, line key and column), with B − A and (B − A) ÷ A;
 * amounts in A's table units (a 预算 printed in 元 is brought to the 决算's 万元).
 */
export function compareDisclosures(a: OtherDocument, b: OtherDocument): PairComparison {
  const ids = [...new Set([...a.doc.tables, ...b.doc.tables].map((t) => t.id))];
  const tables = ids.map((id) =>
    compareTable(
      a.doc.tables.find((t) => t.id === id),
      b.doc.tables.find((t) => t.id === id),
      a.doc,
      b.doc,
    ),
  );
  return { a: refOf(a), b: refOf(b), tables: tables.filter((t) => t.lines.length > 0) };
}

interface Figure {
  readonly numerator: Decimal;
  readonly denominator: Decimal;
  readonly basis: string;
}

const wan = (d: Decimal) => d.div(10000).toDecimalPlaces(2, Decimal.ROUND_HALF_UP).toFixed(2);

/** The 三公 total of a document: 决算数 of a 决算, 预算数 of a 预算 (in 元). */
function threePublic(doc: Disclosure): Decimal | undefined {
  const t09 = doc.tables.find((t) => t.id === 't09');
  const column = (doc.meta.documentKind ?? '决算') === '预算' ? 'budget.total' : 'actual.total';
  const row = t09?.rows.find((r) => column in r.cells);
  return row ? yuan(t09, row.key, column) : undefined;
}

function figureOf(
  figure: RankingFigure,
  o: OtherDocument,
  previousOf: (doc: Disclosure) => Disclosure | undefined,
): Figure | string {
  const doc = o.doc;
  const t05 = doc.tables.find((t) => t.id === 't05');
  switch (figure) {
    case 'threePublicGrowth': {
      const now = threePublic(doc);
      if (now === undefined) return '没有“三公”经费表';
      const prev = previousOf(doc);
      const before = prev ? threePublic(prev) : undefined;
      if (before !== undefined) return { numerator: now.minus(before), denominator: before, basis: '上年公开' };
      const stated = extractClaims(doc).find(
        (c) => c.kind === 'change' && c.currentCell?.table === 't09' && /total$/.test(c.currentCell.column),
      );
      if (stated?.kind === 'change' && stated.previous !== undefined) {
        const p = new Decimal(stated.previous).times(FACTOR[doc.meta.unit]);
        return { numerator: now.minus(p), denominator: p, basis: '情况说明所述比上年增减' };
      }
      return '没有上年数（既无上年公开，情况说明也未写比上年增减）';
    }
    case 'basicShare':
    case 'projectShare': {
      const total = yuan(t05, 'total', 'total');
      const part = yuan(t05, 'total', figure === 'basicShare' ? 'basic' : 'project');
      if (total === undefined || part === undefined) return '没有一般公共预算财政拨款支出表的合计行';
      return { numerator: part, denominator: total, basis: '一般公共预算财政拨款支出合计' };
    }
    case 'executionRate': {
      if ((doc.meta.documentKind ?? '决算') !== '决算') return '预算没有执行数';
      const actual = yuan(t05, 'total', 'total');
      const exec = extractClaims(doc).find(
        (c) => c.kind === 'execution' && c.cell?.table === 't05' && c.cell.rowKey === 'total',
      );
      if (actual === undefined || exec?.kind !== 'execution') return '情况说明未写一般公共预算财政拨款支出的年初预算数';
      return {
        numerator: actual,
        denominator: exec.budget.value.times(FACTOR[doc.meta.unit]),
        basis: '情况说明所述年初预算数',
      };
    }
    case 'threePublicExecution': {
      const t09 = doc.tables.find((t) => t.id === 't09');
      const row = t09?.rows.find((r) => 'actual.total' in r.cells && 'budget.total' in r.cells);
      const actual = row ? yuan(t09, row.key, 'actual.total') : undefined;
      const budget = row ? yuan(t09, row.key, 'budget.total') : undefined;
      if (actual === undefined || budget === undefined) return '“三公”经费表没有预算数和决算数';
      return { numerator: actual, denominator: budget, basis: '“三公”经费预算数' };
    }
  }
}

/**
 * Rankings of chosen figures over a set of disclosures (a region's year): 三公 growth, basic vs project share,
 * execution rates. Highest first; documents without a figure (or with a zero denominator) listed apart with why.
 */
export function rankDisclosures(
  items: readonly OtherDocument[],
  figures: readonly RankingFigure[] = RANKING_FIGURES,
  previous: readonly OtherDocument[] = [],
): Rankings {
  const all = [...items, ...previous];
  const previousOf = (doc: Disclosure) => {
    const want = identityKey({ ...disclosureIdentity(doc.meta), fiscalYear: doc.meta.fiscalYear - 1 });
    return all.find((o) => identityKey(disclosureIdentity(o.doc.meta)) === want)?.doc;
  };
  const rankings: Ranking[] = figures.map((figure) => {
    const found: Omit<RankingEntry, 'rank'>[] = [];
    const missing: Ranking['missing'][number][] = [];
    const values = new Map<Omit<RankingEntry, 'rank'>, Decimal>();
    for (const o of items) {
      const f = figureOf(figure, o, previousOf);
      if (typeof f === 'string' || f.denominator.isZero()) {
        missing.push({ document: refOf(o), reason: typeof f === 'string' ? f : '分母为 0' });
        continue;
      }
      const e = {
        document: refOf(o),
        value: percent(f.numerator, f.denominator)!,
        numerator: wan(f.numerator),
        denominator: wan(f.denominator),
        basis: f.basis,
      };
      values.set(e, f.numerator.div(f.denominator));
      found.push(e);
    }
    found.sort((x, y) => values.get(y)!.comparedTo(values.get(x)!));
    let rank = 0;
    let last: Decimal | undefined;
    const entries = found.map((e, i) => {
      const v = values.get(e)!;
      if (!last || !v.equals(last)) rank = i + 1;
      last = v;
      return { rank, ...e };
    });
    return { figure, title: RANKING_TITLES[figure], entries, missing };
  });
  return { documents: items.length, rankings };
}

export async function comparisonXlsx(c: PairComparison): Promise<Uint8Array> {
  return (await import('../render/compare/xlsx.js')).comparisonWorkbook(c);
}

export async function rankingsXlsx(r: Rankings): Promise<Uint8Array> {
  return (await import('../render/compare/xlsx.js')).rankingsWorkbook(r);
}
