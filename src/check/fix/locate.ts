import type { Disclosure } from '../../model/disclosure.js';
import type { Fix } from '../../model/finding.js';
import type { Paragraph, Section } from '../../model/narrative.js';
import type { SourceRef } from '../../model/source.js';
import type { ClaimSite } from '../claims/types.js';

/** A paragraph of the 情况说明 with its address (section index path, paragraph index). */
export interface PlacedParagraph {
  readonly section: readonly number[];
  readonly paragraph: number;
  readonly para: Paragraph;
  readonly owner: Section;
  /** Headings from the top ("五、…", "（三）…"), as findings name the section. */
  readonly path: readonly string[];
}

/** Every paragraph of the narrative, in reading order, with its address. */
export function paragraphsOf(doc: Disclosure): PlacedParagraph[] {
  const out: PlacedParagraph[] = [];
  const visit = (list: readonly Section[], path: readonly number[], titles: readonly string[]) =>
    list.forEach((s, i) => {
      const at = [...path, i];
      const heading = [...titles, `${s.numbering?.raw ?? ''}${s.title}`];
      s.paragraphs.forEach((para, paragraph) => out.push({ section: at, paragraph, para, owner: s, path: heading }));
      visit(s.children, at, heading);
    });
  visit(doc.narrative, [], []);
  return out;
}

/** The section at an index path. */
export function sectionAt(doc: Disclosure, path: readonly number[]): Section | undefined {
  let list = doc.narrative;
  let s: Section | undefined;
  for (const i of path) {
    s = list[i];
    if (!s) return undefined;
    list = s.children;
  }
  return s;
}

const sameSource = (a: SourceRef | undefined, b: SourceRef | undefined) =>
  !a || !b || (a.line === b.line && a.page === b.page && a.paragraph === b.paragraph && a.cell === b.cell);

/**
 * Spans of a paragraph that state a reason (from "原因" to the end of its sentence): people write them and a fix
 * never touches them.
 */
export function reasonSpans(text: string): Array<readonly [number, number]> {
  const out: Array<readonly [number, number]> = [];
  for (const m of text.matchAll(/原因|由于|因为/g)) {
    const end = text.slice(m.index).search(/[。；;]/);
    out.push([m.index, end < 0 ? text.length : m.index + end + 1]);
  }
  return out;
}

const isFigureChar = (c: string) => /[\d.,]/.test(c);

/** Offsets of `needle` in `text`; a figure only where it is not part of a longer number. */
function occurrences(text: string, needle: string, figure: boolean): number[] {
  const out: number[] = [];
  for (let i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + 1)) {
    const before = text.charAt(i - 1);
    const after = text.charAt(i + needle.length);
    const digitAfter = /\d/.test(after) || (/[.,]/.test(after) && /\d/.test(text.charAt(i + needle.length + 1)));
    if (figure && ((before !== '' && isFigureChar(before)) || digitAfter)) continue;
    out.push(i);
  }
  return out;
}

/** The paragraph a claim was read from: the one at the claim's printed position that contains its sentence. */
export function paragraphOfSite(doc: Disclosure, site: ClaimSite): PlacedParagraph | undefined {
  const all = paragraphsOf(doc).filter((p) => p.para.text.includes(site.sentence));
  return all.find((p) => sameSource(p.para.source, site.source)) ?? (all.length === 1 ? all[0] : undefined);
}

export interface SentenceEdit {
  /** The text to replace, found exactly once in the sentence (else there is no determined fix). */
  readonly before: string;
  readonly text: string;
  /** `before` is a figure: it must not be part of a longer number. */
  readonly figure?: boolean;
  /** Replace only the text right after `before` (an insertion such as a missing "%"). */
  readonly insertAfter?: boolean;
}

/**
 * A fix replacing one unique piece of a claim's sentence, or nothing when the piece is not unique, cannot be
 * found, or lies in a reason (原因): a fix must be certain.
 */
export function sentenceFix(doc: Disclosure, site: ClaimSite, edit: SentenceEdit): Fix | undefined {
  const placed = paragraphOfSite(doc, site);
  if (!placed) return undefined;
  const text = placed.para.text;
  const start = text.indexOf(site.sentence);
  const hits = occurrences(site.sentence, edit.before, edit.figure ?? false);
  if (start < 0 || hits.length !== 1) return undefined;
  const from = start + (hits[0] ?? 0);
  const range: [number, number] = edit.insertAfter
    ? [from + edit.before.length, from + edit.before.length]
    : [from, from + edit.before.length];
  if (reasonSpans(text).some(([a, b]) => range[0] < b && range[1] > a)) return undefined;
  return {
    kind: 'text',
    section: placed.section,
    paragraph: placed.paragraph,
    range,
    before: text.slice(range[0], range[1]),
    text: edit.text,
  };
}

/** A fix replacing [start, end) of a placed paragraph, or nothing when the range touches a reason (原因). */
export function paragraphFix(p: PlacedParagraph, start: number, end: number, text: string): Fix | undefined {
  if (reasonSpans(p.para.text).some(([a, b]) => start < b && end > a)) return undefined;
  return {
    kind: 'text',
    section: p.section,
    paragraph: p.paragraph,
    range: [start, end],
    before: p.para.text.slice(start, end),
    text,
  };
}
