import type { Numbering, Paragraph, Section } from '../../model/narrative.js';
import { STYLE_DEPTH, parseNumbering } from '../shared/headings.js';
import { collapseCjkSpaces, joinWrapped } from '../shared/text-normalize.js';
import type { TextLine } from './lines.js';

/** A logical line of prose: a heading or a paragraph, joined across the line breaks of the extraction. */
export interface ProseBlock {
  readonly numbering?: Numbering;
  /** Text without the numbering. */
  readonly text: string;
  /** A heading that carries its own sentence ("(1) …(项)。年初预算为 …") rather than a bare title. */
  readonly runIn: boolean;
  readonly first: number;
  readonly last: number;
}

const TERMINAL = /[。！？；：!?;:]$/;

/** A heading that carries sentences of its own; a title may still end with a full stop ("（一）…情况。"). */
function isRunIn(text: string): boolean {
  const body = text.replace(/[。.]$/, '');
  return /[。，,；]/.test(body) || body.length > 40;
}

/**
 * Joins extraction lines into headings and paragraphs. Chinese prose has no spaces to rejoin: a line that does not
 * end a sentence continues on the next non-blank line, unless that line is numbered. Bare titles never continue.
 */
export interface JoinOptions {
  /** False when every line is a paragraph of its own (Word documents). */
  readonly joinLines?: boolean;
}

export function joinProse(lines: readonly TextLine[], options: JoinOptions = {}): ProseBlock[] {
  const joinLines = options.joinLines ?? true;
  const out: { numbering?: Numbering; text: string; runIn: boolean; first: number; last: number }[] = [];
  for (const line of lines) {
    const text = collapseCjkSpaces(line.text);
    if (text === '') continue;
    const numbered = parseNumbering(text);
    const heading = numbered;
    const prev = out[out.length - 1];
    if (joinLines && !heading && prev && (!prev.numbering || prev.runIn) && !TERMINAL.test(prev.text)) {
      prev.text = joinWrapped(prev.text, text);
      prev.last = line.no;
      continue;
    }
    if (heading) {
      out.push({
        numbering: heading.numbering,
        text: heading.text,
        runIn: isRunIn(heading.text),
        first: line.no,
        last: line.no,
      });
    } else {
      out.push({ text, runIn: false, first: line.no, last: line.no });
    }
  }
  return out;
}

interface OpenSection {
  title: string;
  numbering?: Numbering;
  paragraphs: Paragraph[];
  children: OpenSection[];
  first: number;
  depth: number;
}

/** Builds the section tree: 一、 ⊃ （一） ⊃ 1. ⊃ (1); paragraphs before the first heading go to `preamble`. */
export function buildSections(
  blocks: readonly ProseBlock[],
  file: string,
): { sections: Section[]; preamble: Paragraph[] } {
  const root: OpenSection = { title: '', paragraphs: [], children: [], first: 0, depth: -1 };
  const stack: OpenSection[] = [root];
  const src = (b: ProseBlock) => ({ file, line: b.first, ...(b.last !== b.first ? { endLine: b.last } : {}) });
  for (const b of blocks) {
    if (!b.numbering) {
      stack[stack.length - 1]?.paragraphs.push({ text: b.text, source: src(b) });
      continue;
    }
    const depth = STYLE_DEPTH[b.numbering.style];
    while (stack.length > 1 && (stack[stack.length - 1]?.depth ?? -1) >= depth) stack.pop();
    const title = b.runIn ? runInTitle(b.text) : b.text.replace(/[。.]$/, '');
    const section: OpenSection = {
      title,
      numbering: b.numbering,
      paragraphs: b.runIn ? [{ text: b.text, source: src(b) }] : [],
      children: [],
      first: b.first,
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
    source: { file, line: s.first },
  });
  return { sections: root.children.map(freeze), preamble: root.paragraphs };
}

/** The title part of a run-in item: up to the first full stop, comma or 年初预算 ("…（项）。年初预算…" → "…（项）"). */
function runInTitle(text: string): string {
  const cuts = [text.indexOf('。'), text.indexOf('，'), text.indexOf(','), text.indexOf('年初预算')].filter(
    (i) => i > 0,
  );
  return cuts.length > 0 ? text.slice(0, Math.min(...cuts)) : text;
}
