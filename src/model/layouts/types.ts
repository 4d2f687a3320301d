import type { DocumentKind } from '../identity.js';
import type { TableSchema } from '../schemas/types.js';

/**
 * A layout id ("qinghai", "shanghai", "generic"): a plain string, valid when the layout registry holds it
 * (`getLayout`). Ids are lower-case ASCII so that they can stand in files, URLs and schema ids ("qinghai/t06").
 */
export type LayoutId = string;

/** The kind of document a layout describes, 决算 or 预算: the disclosure's kind (identity.ts). */
export type { DocumentKind };

/**
 * One clue of a layout's detection signature: words or a pattern in one part of the document, with a weight.
 * Detection adds up the weights of the clues an importer's evidence shows; the best positive total wins.
 */
export interface SignatureClue {
  /** Where the clue is looked for: the cover, the 目录, the tables' titles and numbers, or anywhere. */
  readonly in: 'cover' | 'toc' | 'tables' | 'any';
  readonly pattern: RegExp;
  readonly weight: number;
  /** The clue in Chinese, for the detection's reason ("封面写有“上海市”"). */
  readonly says: string;
}

/** A 情况说明 section the layout requires: recognised by words of its title, named by `title` when missing. */
export interface RequiredSection {
  readonly match: RegExp;
  readonly title: string;
}

/** What the layout prints differently, as flags the importers and renderers read instead of the layout's name. */
export interface LayoutCapabilities {
  /** The tables print a 栏次 row (栏次, 1, 2, 3 …) under their header (and 行次 in t01/t04/t11). */
  readonly columnNumbers: boolean;
  /**
   * t06 printed as side-by-side blocks of 科目编码 | 科目名称 | 决算数, each block listing the economic 类 it
   * holds ('*': every other 类). 人员经费合计 closes the first block, 公用经费合计 the last.
   */
  readonly economicBlocks: readonly (readonly string[])[];
  /** An empty fund table (t07/t08) carries the note "说明：…本年度没有…收入和支出，故本表无数据。". */
  readonly emptyFundNote: boolean;
  /**
   * The writer needs facts the printed tables do not hold (机关运行经费 and 政府采购 of narrative-only tables, the
   * 三公 counts, 预算绩效管理 figures): the fill-in workbook asks for them on its fact sheets.
   */
  readonly factsBeyondTables: boolean;
}

/**
 * The sentences that differ between layouts, as data both the narrative writer (which writes them) and the
 * checker's claim extractor (which reads them) use, so that what one writes the other reads.
 */
export interface LayoutPhrasing {
  /** The words that open a year-on-year change as the writer writes them ("比上年", "与 2023 年度相比，"). */
  changeLead(fiscalYear: number): string;
  /** The same lead as the claim extractor reads it, for any year and spacing (a RegExp source, no groups). */
  readonly changeLeadPattern: string;
  /** Titles of the 情况说明 sections the writer writes, by the writer's section key ("{{year}}": the year). */
  readonly sectionTitles: Readonly<Record<string, string>>;
  /**
   * The names the layout's 情况说明 gives its figures and the cell each names ("收入预算" → t01 收入总计), for the
   * claim extractor. A 决算 layout leaves it out (the checker's own 决算 vocabulary applies).
   */
  readonly names?: readonly PhrasingName[];
}

/** A name of the 情况说明 (a RegExp source, no groups) and the table cell it names, or a "三公" item. */
export interface PhrasingName {
  readonly pattern: string;
  readonly table: string;
  readonly rowKey?: string;
  readonly column?: string;
  /** A "三公" item (t09's column `budget.<item>` in a 预算). */
  readonly item?: string;
}

export interface LayoutDefinition {
  readonly id: LayoutId;
  /** Display name in Chinese ("青海版式"), shown in reports and the CLI. */
  readonly name: string;
  /** Region or origin in a word ("青海"), for the CLI's choices. */
  readonly shortName: string;
  readonly documentKind: DocumentKind;
  /**
   * The tables the layout prints, in printed order (each schema's `position`). Empty for the generic layout,
   * whose tables are recognised by the title and header of any registered schema.
   */
  readonly schemas: readonly TableSchema[];
  /** Tables the layout states only in the 情况说明 (Shanghai: 机关运行经费 t10, 政府采购 t11). */
  readonly narrativeOnlyTables: readonly string[];
  readonly capabilities: LayoutCapabilities;
  /** The 情况说明 sections the checker requires (none for the generic layout). */
  readonly requiredSections: readonly RequiredSection[];
  readonly signature: readonly SignatureClue[];
  /** Key of the narrative writer that composes this layout's 情况说明; none: the layout cannot be written. */
  readonly writer?: string;
  readonly phrasing: LayoutPhrasing;
  /** True for the generic layout: no layout-specific checks, tables by title and header. */
  readonly generic?: boolean;
}
