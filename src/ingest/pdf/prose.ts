import type { GlossaryTerm } from '../../model/disclosure.js';
import type { Numbering } from '../../model/narrative.js';
import type { SourceRef } from '../../model/source.js';
import { parseNumbering } from '../shared/headings.js';
import { isRunIn, type ProseBlock } from '../shared/sections.js';
import { joinWrapped } from '../shared/text-normalize.js';
import type { TextLine } from './words.js';

const LEADING_PUNCT = /^[。，、；：:）)」”]/;

/**
 * Joins printed lines into headings and paragraphs. A line starts a new block when it is numbered or indented from
 * the page's left margin (a first line); a wrapped line starts at the margin. Chinese needs no space to rejoin.
 */
export function joinLines(
  lines: readonly TextLine[],
  margins: { left: number; right: number },
  file: string,
  titles: ReadonlySet<TextLine> = new Set(),
): ProseBlock[] {
  interface Open {
    numbering?: Numbering;
    text: string;
    runIn: boolean;
    title?: true;
    page: number;
    box: [number, number, number, number];
  }
  const out: Open[] = [];
  const pitch = typicalPitch(lines);
  let prevLine: TextLine | undefined;
  for (const line of lines) {
    const text = line.text.trim();
    if (text === '') continue;
    if (titles.has(line)) {
      out.push({ text, runIn: false, title: true, page: line.page, box: [line.x0, line.top, line.x1, line.bottom] });
      prevLine = line;
      continue;
    }
    const prev = out[out.length - 1];
    const prevFull = prevLine !== undefined && prevLine.x1 >= margins.right - prevLine.size * 3.5;
    // A wider gap than the usual line pitch (a blank line) ends a paragraph even without an indent.
    const gap = prevLine !== undefined && prevLine.page === line.page && line.top - prevLine.top > pitch * 1.5;
    prevLine = line;
    const numbered = LEADING_PUNCT.test(text) ? undefined : parseNumbering(text);
    const indented = line.x0 - margins.left >= line.size * 1.2;
    const barePrevTitle = (prev?.numbering !== undefined && !prev.runIn) || prev?.title === true;
    // A full line that stops mid-sentence goes on in the next one, even one printed indented (a hanging indent).
    const midSentence = prevFull && !gap && !barePrevTitle && /[\u4e00-\u9fff\d，,、]$/.test(prev?.text ?? '');
    const continues =
      prev !== undefined &&
      !numbered &&
      (LEADING_PUNCT.test(text) ||
        (indented && midSentence) ||
        (!indented && (!gap || /[：:]$/.test(prev.text)) && (!barePrevTitle || prevFull)));
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
    ...(b.title ? { partTitle: true } : {}),
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
