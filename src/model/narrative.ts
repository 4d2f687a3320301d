import type { SourceRef } from './source.js';

/**
 * Heading numbering styles of the 情况说明, outermost first:
 * 一、 → （一） → 1. / 1、 → (1) / （1）.
 */
export type NumberingStyle = 'part' | 'chinese' | 'paren-chinese' | 'arabic' | 'paren-arabic';

export interface Numbering {
  readonly style: NumberingStyle;
  /** 1-based ordinal (一 → 1, 十三 → 13). */
  readonly ordinal: number;
  /** As printed: "十三、", "（二）", "2.", "(11)". */
  readonly raw: string;
}

export interface Paragraph {
  /** The text, its figures read as half-width (what rules and the writer read). */
  readonly text: string;
  /**
   * As printed, when that differs from `text` by full-width figures ("１，４７７．４６万元"); the same length, so
   * an offset into `text` is one into `printed`. Findings quote it.
   */
  readonly printed?: string;
  readonly source?: SourceRef;
}

export interface Section {
  /** Title without numbering ("收入支出决算总体情况说明"). */
  readonly title: string;
  readonly numbering?: Numbering;
  /**
   * Text that follows the heading on the same line, when the heading is a run-in item
   * ("(1) 人力资源和社会保障管理事务(款)行政运行(项)。年初预算为 …") — also present as the first paragraph.
   */
  readonly paragraphs: readonly Paragraph[];
  readonly children: readonly Section[];
  readonly source?: SourceRef;
}

/** Path of a section for messages: ["五、一般公共预算财政拨款支出决算情况说明", "（三）…", "2.…"]. */
export type SectionPath = readonly string[];
