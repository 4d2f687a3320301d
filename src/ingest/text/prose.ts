import type { Numbering } from '../../model/narrative.js';
import { parseNumbering } from '../shared/headings.js';
import { isRunIn, type ProseBlock } from '../shared/sections.js';
import { collapseCjkSpaces } from '../../model/concepts/text.js';
import { joinWrapped } from '../shared/text-normalize.js';
import type { TextLine } from './lines.js';

const TERMINAL = /[。！？；：!?;:]$/;

export interface JoinOptions {
  /** False when every line is a paragraph of its own (Word documents). */
  readonly joinLines?: boolean;
}

export function joinProse(lines: readonly TextLine[], file: string, options: JoinOptions = {}): ProseBlock[] {
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
  return out.map((b) => ({
    ...(b.numbering ? { numbering: b.numbering } : {}),
    text: b.text,
    runIn: b.runIn,
    source: { file, line: b.first, ...(b.last !== b.first ? { endLine: b.last } : {}) },
  }));
}
