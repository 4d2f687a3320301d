import type { Disclosure } from '../../model/disclosure.js';
import type { Location } from '../../model/finding.js';
import type { Section } from '../../model/narrative.js';
import { paragraphsOf, type PlacedParagraph } from '../fix/locate.js';

/** A piece of printed text a rule can read, where it is, and (for a narrative paragraph) its fix address. */
export interface TextPiece {
  readonly text: string;
  /**
   * The text as printed when that differs from `text` by full-width figures (importers read "１，４７７．４６" as
   * 1,477.46 and keep the printed form, the same length): for rules about how a text is written, not what it says.
   */
  readonly printed?: string;
  readonly where: 'cover' | 'toc' | 'part' | 'heading' | 'paragraph' | 'overview' | 'glossary' | 'table-title' | 'row';
  readonly location: Location;
  readonly paragraph?: PlacedParagraph;
}

function sectionPaths(doc: Disclosure): Map<Section, readonly string[]> {
  const out = new Map<Section, readonly string[]>();
  const visit = (list: readonly Section[], path: readonly string[]) => {
    for (const s of list) {
      const p = [...path, `${s.numbering?.raw ?? ''}${s.title}`];
      out.set(s, p);
      visit(s.children, p);
    }
  };
  visit(doc.narrative, []);
  return out;
}

const src = <T extends { source?: Location['source'] }>(x: T) => (x.source ? { source: x.source } : {});

/**
 * Every piece of text of a disclosure a person reads: cover, 目录, part headings, 情况说明 headings and
 * paragraphs, overview, glossary, table titles and row labels. `tables: false` leaves the tables out.
 */
export function textPieces(doc: Disclosure, options: { tables?: boolean } = {}): TextPiece[] {
  const out: TextPiece[] = [];
  out.push(
    { text: doc.meta.name, where: 'cover', location: {} },
    { text: doc.meta.title, where: 'cover', location: {} },
  );
  for (const e of doc.toc) out.push({ text: e.text, where: 'toc', location: src(e) });
  for (const e of doc.partHeadings ?? []) out.push({ text: e.text, where: 'part', location: src(e) });
  const paths = sectionPaths(doc);
  for (const [s, path] of paths)
    out.push({ text: s.title, where: 'heading', location: { sectionPath: path, ...src(s) } });
  for (const p of paragraphsOf(doc)) {
    const path = paths.get(p.owner) ?? [];
    out.push({
      text: p.para.text,
      ...(p.para.printed !== undefined ? { printed: p.para.printed } : {}),
      where: 'paragraph',
      location: { sectionPath: path, ...src(p.para) },
      paragraph: p,
    });
  }
  for (const d of doc.overview.duties) out.push({ text: d.text, where: 'overview', location: src(d) });
  for (const p of doc.overview.organization) out.push({ text: p.text, where: 'overview', location: src(p) });
  for (const g of doc.glossary) out.push({ text: `${g.term}：${g.definition}`, where: 'glossary', location: src(g) });
  if (options.tables !== false) {
    for (const t of doc.tables) {
      out.push({ text: t.title, where: 'table-title', location: { table: t.id, ...src(t) } });
      for (const r of t.rows)
        out.push({
          text: r.label,
          where: 'row',
          location: {
            table: t.id,
            rowKey: r.key,
            ...(r.code ? { rowCode: r.code } : {}),
            rowLabel: r.label,
            ...src(r),
          },
        });
    }
  }
  return out;
}
