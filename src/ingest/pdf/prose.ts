import type { GlossaryTerm } from '../../model/disclosure.js';
import type { Numbering, Paragraph, Section } from '../../model/narrative.js';
import type { SourceRef } from '../../model/source.js';
import { STYLE_DEPTH, parseNumbering } from '../shared/headings.js';
import { joinWrapped } from '../shared/text-normalize.js';
import type { TextLine } from './words.js';

/** A heading or paragraph of prose, joined across the lines (and pages) it was printed on. */
export interface ProseBlock {
  readonly numbering?: Numbering;
  readonly text: string;
  readonly runIn: boolean;
  readonly source: SourceRef;
}

const LEADING_PUNCT = /^[。，、；：:）)」”]/;

function isRunIn(text: string): boolean {
  const body = text.replace(/[。.]$/, '');
  return /[。，,；]/.test(body) || body.length > 40;
}

/**
 * Joins printed lines into headings and paragraphs. A line starts a new block when it is numbered or indented from
 * the page's left margin (a first line); a wrapped line starts at the margin. Chinese needs no space to rejoin.
 */
export function joinLines(
  lines: readonly TextLine[],
  margins: { left: number; right: number },
  file: string,
): ProseBlock[] {
  interface Open {
    numbering?: Numbering;
    text: string;
    runIn: boolean;
    page: number;
    box: [number, number, number, number];
  }
  const out: Open[] = [];
  const pitch = typicalPitch(lines);
  let prevLine: TextLine | undefined;
  for (const line of lines) {
    const text = line.text.trim();
    if (text === '') continue;
    const prev = out[out.length - 1];
    const prevFull = prevLine !== undefined && prevLine.x1 >= margins.right - prevLine.size * 3.5;
    // A wider gap than the usual line pitch (a blank line) ends a paragraph even without an indent.
    const gap = prevLine !== undefined && prevLine.page === line.page && line.top - prevLine.top > pitch * 1.5;
    prevLine = line;
    const numbered = LEADING_PUNCT.test(text) ? undefined : parseNumbering(text);
    const indented = line.x0 - margins.left >= line.size * 1.2;
    const barePrevTitle = prev?.numbering !== undefined && !prev.runIn;
    const continues =
      prev !== undefined &&
      !numbered &&
      (LEADING_PUNCT.test(text) || (!indented && (!gap || /[：:]$/.test(prev.text)) && (!barePrevTitle || prevFull)));
    if (continues && prev) {
      prev.text = joinWrapped(prev.text, text);
      if (prev.numbering) prev.runIn = isRunIn(prev.text);
      if (prev.page === line.page) {
        prev.box = [
          Math.min(prev.box[0], line.x0),
          Math.min(prev.box[1], line.top),
          Math.max(prev.box[2], line.x1),
          Math.max(prev.box[3], line.bottom),
        ];
      }
      continue;
    }
    const box: [number, number, number, number] = [line.x0, line.top, line.x1, line.bottom];
    if (numbered) {
      out.push({
        numbering: numbered.numbering,
        text: numbered.text,
        runIn: isRunIn(numbered.text),
        page: line.page,
        box,
      });
    } else {
      out.push({ text, runIn: false, page: line.page, box });
    }
  }
  return out.map((b) => ({
    ...(b.numbering ? { numbering: b.numbering } : {}),
    text: b.text,
    runIn: b.runIn,
    source: { file, page: b.page, box: b.box.map((v) => Math.round(v * 10) / 10) as unknown as SourceRef['box'] },
  }));
}

/** The usual distance from one line's top to the next on a page (single or double spacing). */
function typicalPitch(lines: readonly TextLine[]): number {
  const steps: number[] = [];
  for (let i = 1; i < lines.length; i++) {
    const a = lines[i - 1] as TextLine;
    const b = lines[i] as TextLine;
    const d = b.top - a.top;
    if (a.page === b.page && d > 0 && d < b.size * 4) steps.push(d);
  }
  steps.sort((x, y) => x - y);
  return steps[steps.length >> 1] ?? 24;
}

interface OpenSection {
  title: string;
  numbering?: Numbering;
  paragraphs: Paragraph[];
  children: OpenSection[];
  source: SourceRef;
  depth: number;
}

/** The section tree: 一、 ⊃ （一） ⊃ 1. ⊃ (1); text before the first heading is the preamble. */
export function buildSections(blocks: readonly ProseBlock[]): { sections: Section[]; preamble: Paragraph[] } {
  const root: OpenSection = { title: '', paragraphs: [], children: [], source: {}, depth: -1 };
  const stack: OpenSection[] = [root];
  for (const b of blocks) {
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

function runInTitle(text: string): string {
  const cuts = [text.indexOf('。'), text.indexOf('，'), text.indexOf(','), text.indexOf('年初预算')].filter(
    (i) => i > 0,
  );
  return cuts.length > 0 ? text.slice(0, Math.min(...cuts)) : text;
}

/** 名词解释: each block "一、term：definition" (numbered or not) is one term. */
export function readGlossaryBlocks(blocks: readonly ProseBlock[]): GlossaryTerm[] {
  const terms: GlossaryTerm[] = [];
  for (const b of blocks) {
    const m = /^([^：:。，]{1,30})[：:](.+)$/.exec(b.text);
    if (m) terms.push({ term: (m[1] ?? '').trim(), definition: (m[2] ?? '').trim(), source: b.source });
    else if (terms.length > 0) {
      const last = terms[terms.length - 1] as GlossaryTerm;
      terms[terms.length - 1] = { ...last, definition: last.definition + b.text };
    }
  }
  return terms;
}
