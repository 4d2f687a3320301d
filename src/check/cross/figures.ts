import { Decimal } from 'decimal.js';
import type { Disclosure } from '../../model/disclosure.js';
import type { Location } from '../../model/finding.js';
import { isAmountUnit, type AmountUnit } from '../../model/money.js';
import type { CellRef, ChangeClaim } from '../claims/types.js';
import { changeDirection } from '../claims/extract.js';
import { amountInterval, fmt, type Figure } from '../figures.js';
import { add, overlaps, scale, sub, type Interval } from '../interval.js';
import { cellFigure, cellLocation, describeCell, tableOf } from '../locate.js';
import type { RelatedDocument } from './types.js';

/**
 * Figures of two documents compared in 元: a 预算 often prints its tables in 元 while its text and the 决算 speak
 * in 万元, so every figure is brought to 元 with the interval its printing allows.
 */
export interface Yuan {
  readonly value: Decimal;
  readonly interval: Interval;
}

const FACTOR: Readonly<Record<AmountUnit, number>> = { 元: 1, 万元: 10000, 亿元: 100000000 };

export function toYuan(f: Figure, unit: AmountUnit): Yuan {
  const k = FACTOR[unit];
  return { value: f.value.times(k), interval: scale(amountInterval(f), k) };
}

/** A table cell's amount in 元 (its table's unit), or undefined when the cell is missing or not a figure. */
export function cellYuan(doc: Disclosure, ref: CellRef): Yuan | undefined {
  const table = tableOf(doc, ref.table);
  const f = table ? cellFigure(doc, ref) : undefined;
  return f && table ? toYuan(f, table.unit) : undefined;
}

/** Whether the cell is printed (a blank cell of a table that has the row still counts: it reads as 0). */
export function hasCell(doc: Disclosure, ref: CellRef): boolean {
  return tableOf(doc, ref.table)?.rows.some((r) => r.key === ref.rowKey && ref.column in r.cells) ?? false;
}

/** "3013.80 万元" in the checked document's unit, for messages. */
export function showYuan(y: Yuan, unit: AmountUnit): string {
  return `${fmt(y.value.div(FACTOR[unit]))} ${unit}`;
}

export type Agreement = 'same' | 'rounding' | 'different';

/** Same figure, a difference rounding explains (intervals overlap), or a certain difference. */
export function agreement(a: Yuan, b: Yuan): Agreement {
  if (a.value.equals(b.value)) return 'same';
  return overlaps(a.interval, b.interval) ? 'rounding' : 'different';
}

/**
 * What a change is measured against, from the words after 比 / 较 / 与: the same kind of figure as the document's
 * own ("比上年"), a budget ("比2024年预算") or an actual figure ("比上年执行数", "比上年决算数"). Undefined when a
 * sentence names several different bases (which one this change uses cannot be told).
 */
const LEAD =
  /(?:比|较|与|同|相比|对比)\s*(?:上一?年度?|去年|\d{4}\s*年度?)(?:\s*[（(][^）)]{0,12}[）)])?(?:当年)?(?:年初)?(预算执行数|预算执行|执行数|预算数?|决算数?|实际数)?/g;

export type Basis = 'same' | 'budget' | 'actual';

export function changeBasis(sentence: string): Basis | undefined {
  const found = new Set<Basis>();
  for (const m of sentence.matchAll(LEAD)) {
    const w = m[1] ?? '';
    found.add(w === '' ? 'same' : /执行|决算|实际/.test(w) ? 'actual' : 'budget');
  }
  return found.size === 1 ? [...found][0] : undefined;
}

/**
 * The unit a sentence printed its figures in ("0.95 万元" in a 预算 whose tables are in 元); the document's unit
 * when the sentence did not say.
 */
export function claimUnit(doc: Disclosure, c: { readonly unit?: string | undefined }): AmountUnit {
  return isAmountUnit(c.unit) ? c.unit : doc.meta.unit;
}

/**
 * The previous-year figure a change implies, in 元: X − Y after an increase, X + Y after a decrease, X when flat.
 * X is the figure stated before the change (in the sentence's unit) or the cell its subject names (in its table's
 * unit). Undefined when X, Y or the direction is unknown.
 */
export function impliedPrevious(doc: Disclosure, c: ChangeClaim): Yuan | undefined {
  const dir = changeDirection(c.word, c.rateWord);
  if (dir === 'conflict') return undefined;
  let x: Yuan | undefined;
  const unit = claimUnit(doc, c);
  if (c.current) x = toYuan(c.current, unit);
  else if (c.currentCell) x = cellYuan(doc, c.currentCell);
  if (!x) return undefined;
  if (dir === 'flat') return c.amount && !c.amount.value.isZero() ? undefined : x;
  if (!c.amount) return undefined;
  const y = toYuan(c.amount, unit);
  return dir === 'up'
    ? { value: x.value.minus(y.value), interval: sub(x.interval, y.interval) }
    : { value: x.value.plus(y.value), interval: add(x.interval, y.interval) };
}

/** Where the related document's cell is, naming its file. */
export function relatedCellLocation(r: RelatedDocument, ref: CellRef): Location {
  const loc = cellLocation(r.doc, ref);
  return { ...loc, source: { ...loc.source, file: r.source } };
}

/** "上海市普陀区财政局 2023 年度决算（第 2 版）" — the related document, named for a message. */
export function relatedName(r: RelatedDocument): string {
  const m = r.doc.meta;
  const version = r.version !== undefined ? `（第 ${r.version} 版）` : `（${r.source}）`;
  return `${m.name} ${m.fiscalYear} 年度${m.documentKind ?? '决算'}${version}`;
}

/** Data every cross finding carries about the other document (its name, year, kind, version, file). */
export function relatedData(r: RelatedDocument): Record<string, string | number> {
  return {
    relatedDocument: r.doc.meta.name,
    relatedYear: r.doc.meta.fiscalYear,
    relatedKind: r.doc.meta.documentKind ?? '决算',
    relatedSource: r.source,
    ...(r.version !== undefined ? { relatedVersion: r.version } : {}),
  };
}

export { describeCell };
