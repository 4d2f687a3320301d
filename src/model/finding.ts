import type { SourceRef } from './source.js';
import type { TableId } from './table.js';

export type Severity = 'error' | 'warning' | 'info';

/** Where a finding points: a table cell, or a sentence of a narrative section, plus the printed source. */
export interface Location {
  readonly table?: TableId;
  readonly rowKey?: string;
  readonly rowCode?: string;
  readonly rowLabel?: string;
  readonly column?: string;
  /** Column header as printed, levels joined with "/". */
  readonly columnLabel?: string;
  readonly sectionPath?: readonly string[];
  readonly sentence?: string;
  /** Project name for 绩效自评表 findings. */
  readonly project?: string;
  readonly source?: SourceRef;
}

/**
 * An automatic correction of the 情况说明 (ESLint's `fix`): the replacement of a character range of one paragraph,
 * or of a heading's numbering. Sections are addressed by their index path in `Disclosure.narrative`. `before` is
 * the text replaced: a fix whose text no longer matches is stale and is not applied. Never a table or a reason.
 */
export type Fix =
  | {
      readonly kind: 'text';
      readonly section: readonly number[];
      readonly paragraph: number;
      readonly range: readonly [number, number];
      readonly before: string;
      readonly text: string;
    }
  | {
      readonly kind: 'numbering';
      readonly section: readonly number[];
      readonly before: string;
      readonly text: string;
      readonly ordinal: number;
    };

/**
 * One shape for importer diagnostics and rule findings (as vfile-message is for unified).
 * `expected` / `actual` are printed values ("1551.86", "64.03%").
 */
export interface Finding {
  readonly ruleId: string;
  /** The rule's message id ("mismatch"); absent on importer diagnostics, which have no message table. */
  readonly messageId?: string;
  readonly severity: Severity;
  readonly message: string;
  readonly locations: readonly Location[];
  readonly expected?: string;
  readonly actual?: string;
  /** For narrative findings: the table cell the sentence talks about. */
  readonly related?: readonly Location[];
  /**
   * The rule's report data (the values its message was written from) and extra data (e.g. the previous-year figure
   * a change implies): enough to write the message again in another language or wording.
   */
  readonly data?: Readonly<Record<string, string | number | boolean>>;
  /**
   * Stable identity of the problem across versions of the document (16 hex digits, "…:2" for a repeat): rule,
   * message id, place and identifying data, not the wording or figures. See fingerprint.ts.
   */
  readonly fingerprint?: string;
  /** A certain finding whose correct text is determined carries its correction (`juesuan fix`). */
  readonly fix?: Fix;
}
