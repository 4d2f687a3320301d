import type { Numbering, Paragraph, Section } from '../../model/narrative.js';
import type { SourceRef } from '../../model/source.js';
import { STYLE_DEPTH } from './headings.js';

/** A heading or paragraph of prose, joined across the lines (and pages) it was printed on. */
export interface ProseBlock {
  readonly numbering?: Numbering;
  /** Text without the numbering. */
  readonly text: string;
  /** A heading that carries its own sentence ("(1) …(项)。年初预算为 …") rather than a bare title. */
  readonly runIn: boolean;
  /** The unnumbered title of a part ("2025年部门预算编制说明"): a top-level section holding what follows. */
  readonly partTitle?: boolean;
  readonly source: SourceRef;
}

/** A heading carries sentences of its own when it has inner punctuation; a title may still end with a full stop. */
export function isRunIn(text: string): boolean {
  const body = text.replace(/[。.]$/, '');
  return /[。，,；]/.test(body) || body.length > 40;
}

/** The title part of a run-in item: up to the first full stop, comma or 年初预算 ("…（项）。年初预算…" → "…（项）"). */
export function runInTitle(text: string): string {
  const cuts = [text.indexOf('。'), text.indexOf('，'), text.indexOf(','), text.indexOf('年初预算')].filter(
    (i) => i > 0,
  );
  return cuts.length > 0 ? text.slice(0, Math.min(...cuts)) : text;
}

/** Above every numbering: a part title holds 第X部分 … (1) alike. */
const PART_DEPTH = -0.5;

interface OpenSection {
  title: string;
  numbering?: Numbering;
  paragraphs: Paragraph[];
  children: OpenSection[];
  source: SourceRef;
  depth: number;
}

/**
 * The section tree of 情况说明 (and of 部门概况, 名词解释): 一、 ⊃ （一） ⊃ 1. ⊃ (1). A run-in item keeps its whole
 * text as its first paragraph; text before the first heading is the preamble. Shared by every importer.
 */
export function buildSections(blocks: readonly ProseBlock[]): { sections: Section[]; preamble: Paragraph[] } {
  const root: OpenSection = { title: '', paragraphs: [], children: [], source: {}, depth: -1 };
  const stack: OpenSection[] = [root];
  for (const b of blocks) {
    if (b.partTitle) {
      stack.length = 1;
      const section: OpenSection = { title: b.text, paragraphs: [], children: [], source: b.source, depth: PART_DEPTH };
      root.children.push(section);
      stack.push(section);
      continue;
    }
    if (!b.numbering) {
      stack[stack.length - 1]?.paragraphs.push({ text: b.text, source: b.source });
      continue;
    }
    const depth = STYLE_DEPTH[b.numbering.style];
    while (stack.length > 1 && (stack[stack.length - 1]?.depth ?? -1) >= depth) stack.pop();
    const section: OpenSection = {
      title: b.runIn ? runInTitle(b.text) : b.text.replace(/[。.]$/, ''),
      numbering: b.numbering,
      paragraphs: b.runIn ? [{ text: b.text, source: b.source }] : [],
      children: [],
      source: b.source,
      depth,
    };
    stack[stack.length - 1]?.children.push(section);
    stack.push(section);
  }
  const freeze = (s: OpenSection): Section => ({
    title: s.title,
    ...(s.numbering ? { numbering: s.numbering } : {}),
    paragraphs: s.paragraphs,
    children: s.children.map(freeze),
    source: s.source,
  });
  return { sections: root.children.map(freeze), preamble: root.paragraphs };
}
