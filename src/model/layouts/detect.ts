import { squash } from '../concepts/text.js';
import { GENERIC } from './generic.js';
import { getLayout, LAYOUTS } from './index.js';
import type { DocumentKind, LayoutDefinition, LayoutId, SignatureClue } from './types.js';

/**
 * What an importer knows when it decides on the layout: whatever parts of the document it has read so far.
 * Lines are matched with their spaces removed ("公开 01 表" → "公开01表").
 */
export interface LayoutEvidence {
  /** A layout the file itself names (a Juesuan workbook's meta sheet, a JSON document, a Word property). */
  readonly declared?: string;
  /** Lines of the cover (name, title). */
  readonly cover?: readonly string[];
  /** Lines of the 目录. */
  readonly toc?: readonly string[];
  /** The tables' titles and printed numbers. */
  readonly tables?: readonly string[];
  /** Any other lines (an importer that cannot tell the parts apart passes the whole text here). */
  readonly other?: readonly string[];
  /** Schema ids the file names for its tables ("shanghai/t01", a workbook's meta sheet): one point each. */
  readonly schemaIds?: readonly string[];
  /** The document kind, when the importer has read it (cover, 目录, titles): only layouts of that kind compete. */
  readonly documentKind?: DocumentKind;
}

export interface LayoutDetection {
  readonly layout: LayoutDefinition;
  /** Sum of the weights of the clues seen (declared layouts: Infinity; generic: 0). */
  readonly score: number;
  /** Why, in Chinese ("封面单位名称以“上海市”开头；目录有“预算绩效管理情况”"). */
  readonly reason: string;
}

function seen(clue: SignatureClue, lines: Readonly<Record<SignatureClue['in'], readonly string[]>>): boolean {
  return lines[clue.in].some((l) => clue.pattern.test(l));
}

/**
 * The one layout detection every importer uses. A declared layout wins (an unknown id throws
 * UnknownLayoutError); otherwise each layout's signature is scored against the evidence and the best positive
 * score wins (registry order on a tie); nothing seen gives the generic layout.
 */
export function detectLayout(evidence: LayoutEvidence): LayoutDetection {
  if (evidence.declared !== undefined && evidence.declared !== '') {
    const layout = getLayout(evidence.declared as LayoutId);
    return { layout, score: Infinity, reason: `文件声明为${layout.name}` };
  }
  const cover = (evidence.cover ?? []).map(squash);
  const toc = (evidence.toc ?? []).map(squash);
  const tables = (evidence.tables ?? []).map(squash);
  const other = (evidence.other ?? []).map(squash);
  const lines = { cover, toc, tables, any: [...cover, ...toc, ...tables, ...other] };
  const kind = evidence.documentKind ?? kindOnCover(cover);
  let best: LayoutDetection | undefined;
  for (const layout of LAYOUTS) {
    if (kind !== undefined && layout.documentKind !== kind) continue;
    const clues = layout.signature.filter((c) => seen(c, lines)).map((c) => ({ weight: c.weight, says: c.says }));
    const own = (evidence.schemaIds ?? []).filter((id) => layout.schemas.some((s) => s.id === id)).length;
    if (own > 0) clues.push({ weight: own, says: `${own} 张表按本版式的报表格式填写` });
    const score = clues.reduce((s, c) => s + c.weight, 0);
    if (score > 0 && (!best || score > best.score)) {
      best = { layout, score, reason: `${layout.name}：${clues.map((c) => c.says).join('；')}` };
    }
  }
  return best ?? { layout: GENERIC, score: 0, reason: '封面、目录和表名都不符合已知版式，按通用版式读取' };
}

/** The kind a cover names ("…2025年区级部门预算", "2024 年度部门决算"), when it names exactly one. */
function kindOnCover(cover: readonly string[]): DocumentKind | undefined {
  const text = cover.join('');
  const budget = /预算/.test(text.replace(/预算主管部门|预算单位/g, ''));
  const accounts = /决算/.test(text);
  return budget === accounts ? undefined : budget ? '预算' : '决算';
}
