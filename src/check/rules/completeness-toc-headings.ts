import type { Disclosure, TocEntry } from '../../model/disclosure.js';
import { getLayout } from '../../model/layouts/index.js';
import type { Table } from '../../model/table.js';
import type { Location } from '../../model/finding.js';
import type { Report, Rule } from '../types.js';
import { foldForMatching } from '../../model/concepts/text.js';

const squash = (s: string) => foldForMatching(s).replace(/^[-•·]/, '');

const CHINESE_ORDINAL = /^([一二三四五六七八九十]+)[、.．]/;
const PART = /^第([一二三四五六七八九十]+)部分/;

/** 目录 entries match the headings of the body: part headings, table titles, 情况说明 section titles. */
export const completenessTocHeadings: Rule = {
  meta: {
    id: 'completeness/toc-headings',
    category: 'completeness',
    title: '目录与正文标题一致',
    description: '目录中的各部分标题、报表名称和情况说明各节标题应与正文中的标题一致（忽略空格与括号全半角）。',
    example: '目录为“十三、其他重要事项的情况说明”，正文标题为“十三、其他重要事项情况说明”',
    noFixReason: '目录与正文标题不一致，无法确定哪一处是对的，请人工统一',
    defaultSeverity: 'warning',
    messages: {
      differs: '目录为“{{toc}}”，正文{{kind}}为“{{body}}”',
      missingInBody: '目录有“{{toc}}”，正文中找不到对应的{{kind}}',
    },
  },
  run({ doc }) {
    const out: Report[] = [];
    const compare = (entry: TocEntry, body: string | undefined, kind: string, loc: Location) => {
      const tocText = entry.text.replace(/^[-•·]\s*/, '').trim();
      const at = { ...loc, ...(loc.source ? {} : entry.source ? { source: entry.source } : {}) };
      if (body === undefined) {
        out.push({
          messageId: 'missingInBody',
          certainty: 'suspicious',
          data: { toc: tocText, kind },
          locations: [at],
          actual: tocText,
        });
      } else if (!sameHeading(tocText, body, doc.meta.name)) {
        out.push({
          messageId: 'differs',
          certainty: 'suspicious',
          data: { toc: tocText, body, kind },
          locations: [at],
          expected: body,
          actual: tocText,
        });
      }
    };
    const ordinal = (text: string) => CHINESE_ORDINAL.exec(squash(text))?.[1];
    const tables = tocTables(
      doc,
      doc.toc.filter((e) => e.part === '第二部分' && ordinal(e.text)),
    );
    for (const entry of doc.toc) {
      const text = squash(entry.text);
      const part = PART.exec(text);
      if (part) {
        if (!doc.partHeadings) continue; // the importer did not record the body's part headings
        const body = doc.partHeadings.find((h) => PART.exec(squash(h.text))?.[1] === part[1]);
        compare(entry, body?.text, '部分标题', body?.source ? { source: body.source } : {});
        continue;
      }
      const n = ordinal(entry.text);
      if (!n) continue;
      const index = chineseToNumber(n) - 1;
      if (entry.part === '第二部分') {
        const table = tables.get(entry);
        if (table === 'missing') continue; // completeness/missing-table reports it once
        compare(
          entry,
          // A title printed with its ordinal ("二、2017年度…收入预算总表", Jiangsu) is compared as printed.
          table ? (ordinal(table.title) === n ? table.title : `${n}、${table.title}`) : undefined,
          '报表名称',
          table ? { table: table.id, ...(table.source ? { source: table.source } : {}) } : {},
        );
      } else if (entry.part === '第三部分') {
        const sec = doc.narrative.find((s) => s.numbering?.style === 'chinese' && s.numbering.ordinal === index + 1);
        compare(
          entry,
          sec ? `${sec.numbering?.raw ?? ''}${sec.title}` : undefined,
          '标题',
          sec
            ? {
                sectionPath: [`${sec.numbering?.raw ?? ''}${sec.title}`],
                ...(sec.source ? { source: sec.source } : {}),
              }
            : {},
        );
      }
    }
    return out;
  },
};

/**
 * The 目录 names a table without the year and department its body title prints in front ("二、收入预算总表" for
 * "二、2017年度江苏省高级人民法院部门收入预算总表"): the same heading. Any other difference is one.
 */
function sameHeading(toc: string, body: string, organisation: string): boolean {
  if (squash(toc) === squash(body)) return true;
  const [t, b] = [withoutOrdinal(toc), withoutOrdinal(body)];
  if (ordinalOf(toc) !== ordinalOf(body) || t === '' || !b.endsWith(t)) return false;
  const prefix = b
    .slice(0, b.length - t.length)
    .replace(/^\d{4}年度?/, '')
    .replace(squash(organisation), '');
  return prefix === '' || prefix === '部门' || prefix === '单位';
}

const ordinalOf = (text: string) => CHINESE_ORDINAL.exec(squash(text))?.[1];

const withoutOrdinal = (text: string) => squash(text).replace(CHINESE_ORDINAL, '');

/**
 * The body table each 目录 entry of the tables part names. An entry whose title is printed in the body names
 * that table; one that names a table the layout requires but the document lacks is `missing` (one cause, one
 * finding: the missing table, not a 目录 warning for it and for every entry after it); the others are paired in
 * order with the tables no entry names, so a renamed table is compared with its own entry, not its neighbour's.
 */
function tocTables(doc: Disclosure, entries: readonly TocEntry[]): Map<TocEntry, Table | 'missing'> {
  const out = new Map<TocEntry, Table | 'missing'>();
  const byTitle = new Map(doc.tables.map((t) => [squash(t.title), t] as const));
  const absent = getLayout(doc.meta.layout).schemas.filter((s) => !doc.tables.some((t) => t.id === s.table));
  const absentTitles = new Set(absent.flatMap((s) => [s.title, ...s.aliases].map(squash)));
  const named = new Set<Table>();
  const rest: TocEntry[] = [];
  for (const e of entries) {
    const title = withoutOrdinal(e.text);
    const t = byTitle.get(title);
    if (t && !named.has(t)) {
      out.set(e, t);
      named.add(t);
    } else if (absentTitles.has(title)) out.set(e, 'missing');
    else rest.push(e);
  }
  const unnamed = doc.tables.filter((t) => !named.has(t));
  rest.forEach((e, i) => {
    const t = unnamed[i];
    if (t) out.set(e, t);
  });
  return out;
}

function chineseToNumber(s: string): number {
  const d: Record<string, number> = { 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
  if (s === '十') return 10;
  if (s.startsWith('十')) return 10 + (d[s.slice(1)] ?? 0);
  if (s.endsWith('十')) return (d[s[0] ?? ''] ?? 0) * 10;
  if (s.includes('十')) return (d[s[0] ?? ''] ?? 0) * 10 + (d[s.slice(2)] ?? 0);
  return d[s] ?? 0;
}
