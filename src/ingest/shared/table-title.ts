import type { Layout } from '../../model/disclosure.js';
import { foldForMatching } from '../../model/concepts/text.js';
import { foldedTitles, TABLE_SCHEMAS, schemasToMatch, type TableSchema } from '../../model/schemas/index.js';
import { parseNumbering } from './headings.js';

/** A line read as a table's title: the schema, and whether the line was the bare title (or an alias) itself. */
export interface TitleMatch {
  readonly schema: TableSchema;
  /** The line is exactly a title or alias; otherwise a prefix (numbering, year, organisation) was set aside. */
  readonly exact: boolean;
}

/** A table number printed before the title: 表一, 表1, 附表1-2, 公开01表, 表 3： …. */
const TABLE_NUMBER = /^(?:附?表\s*[一二三四五六七八九十\d]+(?:[-－—]\d+)?|公开\s*\d+\s*表)\s*[:：、.．]?\s*/;
/** A year printed before the title or the organisation: 2017年度, 2023年. */
const YEAR = /^(?:19|20)\d{2}\s*年度?/;
/** "3.2023年…" with its space lost: a number before a year is numbering, not a decimal. */
const NUMBER_BEFORE_YEAR = /^\d{1,2}\s*[.．、]\s*(?=(?:19|20)\d{2}\s*年)/;
/**
 * What may stand between the year and the title: an organisation's name ("江苏省高级人民法院部门"), "本部门", "部门".
 * No punctuation of a sentence, no words that refer to a table instead of heading it ("详见…收支预算总表").
 */
const NAME_PREFIX = /^[\u4e00-\u9fffA-Za-z0-9（）()“”"]{0,40}$/;
const REFERS = /见|详|如下|根据|按照|参照|即|为|是|的$|与|和$/;

/**
 * The table a printed line titles, tolerant of what documents put around a title: numbering (一、 1. 4．（一）),
 * a table number (表1, 公开01表), the year (2023年, 2017 年度), the organisation or 部门 before the title — any
 * organisation, since only the title's end is compared with the layout's titles and aliases. Among several titles
 * a line ends with, the longest (most specific) wins ("…部门财政拨款收支预算总表" is not "收支预算总表").
 * The layout's own schemas are tried first, then every registered one.
 */
export function matchTableTitle(line: string, layout: Layout): TitleMatch | undefined {
  const folded = foldForMatching(line);
  if (folded.length < 3 || folded.length > 80) return undefined;
  for (const pool of [schemasToMatch(layout), TABLE_SCHEMAS]) {
    const exact = pool.find((s) => foldedTitles(s).includes(folded));
    if (exact) return { schema: exact, exact: true };
  }
  const bare = stripPrefixes(folded);
  for (const pool of [schemasToMatch(layout), TABLE_SCHEMAS]) {
    let best: { schema: TableSchema; length: number } | undefined;
    for (const s of pool) {
      for (const t of foldedTitles(s)) {
        if (!bare.endsWith(t) || (best && best.length >= t.length)) continue;
        const prefix = bare.slice(0, bare.length - t.length).replace(YEAR, '');
        const prefixOk = prefix === '' || (NAME_PREFIX.test(prefix) && !REFERS.test(prefix));
        if (prefixOk) best = { schema: s, length: t.length };
      }
    }
    if (best) return { schema: best.schema, exact: false };
  }
  return undefined;
}

/** Numbering, a table number and a year, in any order they are printed before the title. */
function stripPrefixes(folded: string): string {
  let s = folded;
  for (let i = 0; i < 3; i++) {
    const before = s;
    const n = parseNumbering(s);
    if (n && n.numbering.style !== 'part') s = foldForMatching(n.text);
    s = s.replace(NUMBER_BEFORE_YEAR, '').replace(TABLE_NUMBER, '').replace(YEAR, '');
    if (s === before) break;
  }
  return s;
}
