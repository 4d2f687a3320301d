import type { Finding } from '../model/finding.js';
import { getLayout, type LayoutDefinition } from '../model/layouts/index.js';
import { addAmounts, type Amount, type AmountUnit } from '../model/money.js';
import type { Numbering, NumberingStyle, Section } from '../model/narrative.js';
import { getAmount, getRow } from '../model/query.js';
import type { Table, TableId } from '../model/table.js';
import type { LastYearFigures, ThreePublicItem, WriterInput } from '../model/writer-input.js';
import { formatChineseNumeral } from '../model/concepts/numerals.js';
import { msg } from '../model/messages/index.js';

/** What every section writer reads: the input, its tables, and a sink for what is missing. */
export class WriterContext {
  readonly year: number;
  readonly name: string;
  /** The amount unit the sentences state: the document's (its tables' figures are written as they stand). */
  readonly unit: AmountUnit;
  readonly diagnostics: Finding[] = [];
  /** The layout written: its phrasings and section titles are the ones the checker's extractor reads. */
  readonly layout: LayoutDefinition;

  constructor(readonly input: WriterInput) {
    this.year = input.meta.fiscalYear;
    this.name = input.meta.name;
    this.unit = input.meta.unit;
    this.layout = getLayout(input.meta.layout);
  }

  /** The words that open a year-on-year change in this layout ("比上年", "与 2023 年度相比，"). */
  changeLead(): string {
    return this.layout.phrasing.changeLead(this.year);
  }

  /** The title of one of the layout's 情况说明 sections, by the writer's key ("{{year}}" filled in). */
  sectionTitle(key: string): string {
    const title = this.layout.phrasing.sectionTitles[key];
    if (title === undefined) throw new Error(`layout ${this.layout.id} has no section title "${key}"`);
    return title.replace(/\{\{year\}\}/g, String(this.year));
  }

  table(id: TableId): Table | undefined {
    return this.input.tables.find((t) => t.id === id);
  }

  /** An amount cell; blank reads as zero here because the narrative states "0 万元" for what did not happen. */
  amount(id: TableId, rowKey: string, column: string): Amount {
    return getAmount(this.table(id), rowKey, column) ?? ZERO2;
  }

  has(id: TableId, rowKey: string): boolean {
    return getRow(this.table(id), rowKey) !== undefined;
  }

  /** t09 amount of an item: `budget.<item>` or `actual.<item>`. */
  threePublic(kind: 'budget' | 'actual', item: ThreePublicItem): Amount {
    return this.amount('t09', 'main', `${kind}.${item}`);
  }

  /** A t09 count line (Qinghai), else the fact from the input. */
  count(line: string, fact: number | undefined): number | undefined {
    const cell = getRow(this.table('t09'), line)?.cells['count']?.value;
    if (cell?.kind === 'number' || cell?.kind === 'amount') {
      const n = Number(cell.kind === 'number' ? cell.value : cell.amount.minor / 10 ** cell.amount.scale);
      if (Number.isFinite(n)) return n;
    }
    return fact;
  }

  /**
   * The reason for a sentence, without a final "。". A missing reason is reported (warning) so that a person
   * supplies it; the sentence is then written without a reason clause, never with a placeholder.
   */
  reason(key: string, sentence: string): string | undefined {
    const text = this.input.reasons?.[key]?.trim().replace(/[。；;，,\s]+$/u, '');
    if (text) return text.replace(/^主要原因(是|：|:)?/u, '');
    this.diagnostics.push({
      ruleId: 'writer/missing-reason',
      severity: 'warning',
      message: msg('writer.missingReason', { sentence, key }),
      locations: [{ sentence }],
      data: { key },
    });
    return undefined;
  }

  /**
   * A last-year figure; when the input lacks it the 比上年 clause is left out and an info diagnostic says which
   * figure would complete the sentence (a comparison is never invented).
   */
  last<K extends keyof LastYearFigures>(key: K, what: string): LastYearFigures[K] {
    const v = this.input.lastYear?.[key];
    if (v === undefined) this.missingFact(`lastYear.${key}`, `未提供${what}，未写与上年的比较`);
    return v;
  }

  /** 年初预算 given at all (else 五（三） states 支出决算 only). */
  get hasBudget(): boolean {
    if (this.input.budget) return true;
    this.missingFact('budget', '未提供年初预算，未写完成年初预算的情况');
    return false;
  }

  private missingFact(key: string, message: string): void {
    if (this.diagnostics.some((d) => d.data?.['key'] === key)) return;
    this.diagnostics.push({ ruleId: 'writer/missing-fact', severity: 'info', message, locations: [], data: { key } });
  }

  /** The reason when one was supplied, with no warning when it was not (sentences where a reason is optional). */
  optionalReason(key: string): string | undefined {
    const text = this.input.reasons?.[key]?.trim().replace(/[。；;，,\s]+$/u, '');
    return text ? text.replace(/^主要原因(是|：|:)?/u, '') : undefined;
  }
}

export const ZERO2: Amount = { minor: 0, scale: 2 };

export function sum(items: readonly Amount[]): Amount {
  return items.length === 0 ? ZERO2 : addAmounts(items);
}

const RAW: Record<NumberingStyle, (n: number) => string> = {
  part: (n) => `第${formatChineseNumeral(n)}部分`,
  chinese: (n) => `${formatChineseNumeral(n)}、`,
  'paren-chinese': (n) => `（${formatChineseNumeral(n)}）`,
  arabic: (n) => `${n}.`,
  'paren-arabic': (n) => `（${n}）`,
};

export function numbering(style: NumberingStyle, ordinal: number, raw?: string): Numbering {
  return { style, ordinal, raw: raw ?? RAW[style](ordinal) };
}

/** A section built by the writer: generated text carries no source position. */
export function section(
  title: string,
  num: Numbering | undefined,
  paragraphs: readonly string[],
  children: readonly Section[] = [],
): Section {
  return {
    title,
    ...(num ? { numbering: num } : {}),
    paragraphs: paragraphs.filter((p) => p !== '').map((text) => ({ text })),
    children,
  };
}

/** Joins clauses of an enumeration with "；" and closes the sentence. */
export function closeSentence(text: string): string {
  return text.replace(/[；;，,\s]+$/u, '') + '。';
}
