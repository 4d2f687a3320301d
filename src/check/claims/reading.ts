import type { Disclosure } from '../../model/disclosure.js';
import type { Section } from '../../model/narrative.js';
import { cellFigure } from '../locate.js';
import type { CellRef, Claim } from './types.js';

/** A number-bearing sentence of the 情况说明 that no claim binds to a table cell. */
export interface UnboundSentence {
  readonly sectionPath: readonly string[];
  readonly sentence: string;
}

/**
 * How much of the 情况说明 the claims cover: the sentences that state an amount or a percentage, and those of
 * them whose figures could not be tied to any table cell of this document (their figures were read but nothing
 * could be compared). Reported with every check, so a sentence is never skipped silently.
 */
export interface ClaimReading {
  readonly sentences: number;
  readonly unbound: number;
  readonly unboundSentences: readonly UnboundSentence[];
}

const FIGURE = /\d(?:[\d,]*\d)?(?:\.\d+)?\s*(?:亿元|万元|元|[%％])/;
const SENTENCE = /[^。；;]+[。；;]?/g;

/** The sentences of a paragraph as the claim extractor splits them. */
export function sentencesOf(text: string): string[] {
  return [...text.matchAll(SENTENCE)].map((m) => m[0].trim()).filter((s) => s !== '');
}

function cellsOf(c: Claim): Array<CellRef | undefined> {
  switch (c.kind) {
    case 'amount':
    case 'count':
      return [c.cell];
    case 'share':
      return [c.partCell, c.wholeCell];
    case 'execution':
      return [c.cell];
    case 'change':
      return [c.currentCell];
    case 'comparison':
      return [c.execution?.cell];
    default:
      return [];
  }
}

export function claimReading(doc: Disclosure, claims: readonly Claim[]): ClaimReading {
  const squash = (s: string) => s.replace(/\s+/g, '');
  const bound = new Set<string>();
  for (const c of claims) {
    if (cellsOf(c).some((ref) => ref !== undefined && cellFigure(doc, ref) !== undefined)) {
      bound.add(squash(c.site.sentence));
    }
  }
  let sentences = 0;
  const unboundSentences: UnboundSentence[] = [];
  const visit = (sec: Section, path: readonly string[]) => {
    const here = [...path, `${sec.numbering?.raw ?? ''}${sec.title}`];
    for (const p of sec.paragraphs) {
      for (const s of sentencesOf(p.text)) {
        if (!FIGURE.test(s)) continue;
        sentences++;
        const key = squash(s);
        if (![...bound].some((b) => b.includes(key) || key.includes(b))) {
          unboundSentences.push({ sectionPath: here, sentence: s });
        }
      }
    }
    for (const c of sec.children) visit(c, here);
  };
  for (const s of doc.narrative) visit(s, []);
  return { sentences, unbound: unboundSentences.length, unboundSentences };
}
