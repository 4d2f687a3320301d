/**
 * Word's automatic numbering: a heading typed as "一、" in a draft is often a list paragraph whose "一、" exists only
 * in numbering.xml. This computes the label each numbered paragraph shows, so the importer sees the text a reader
 * sees ("一、收入支出决算总体情况说明", "（二）…", "3.…").
 */

import { formatChineseNumeral } from '../../model/concepts/numerals.js';

interface Level {
  readonly start: number;
  readonly format: string;
  readonly text: string;
}

export interface NumberingDefinitions {
  /** numId → its levels (ilvl → level). */
  readonly lists: ReadonlyMap<string, ReadonlyMap<number, Level>>;
  /** Paragraph style id → its numbering, for styles that number their paragraphs. */
  readonly styles: ReadonlyMap<string, { numId: string; ilvl: number }>;
}

function attr(tag: string, name: string): string | undefined {
  return new RegExp(`\\b${name}="([^"]*)"`).exec(tag)?.[1];
}

/** Reads numbering.xml (and the numbering of paragraph styles from styles.xml). */
export function readNumbering(numberingXml: string | undefined, stylesXml: string | undefined): NumberingDefinitions {
  const abstract = new Map<string, Map<number, Level>>();
  for (const m of (numberingXml ?? '').matchAll(/<w:abstractNum\b([^>]*)>([\s\S]*?)<\/w:abstractNum>/g)) {
    const id = attr(m[1] ?? '', 'w:abstractNumId');
    if (id === undefined) continue;
    const levels = new Map<number, Level>();
    for (const l of (m[2] ?? '').matchAll(/<w:lvl\b([^>]*)>([\s\S]*?)<\/w:lvl>/g)) {
      const body = l[2] ?? '';
      levels.set(Number(attr(l[1] ?? '', 'w:ilvl') ?? 0), {
        start: Number(attr(/<w:start\b[^>]*>/.exec(body)?.[0] ?? '', 'w:val') ?? 1),
        format: attr(/<w:numFmt\b[^>]*>/.exec(body)?.[0] ?? '', 'w:val') ?? 'decimal',
        text: attr(/<w:lvlText\b[^>]*>/.exec(body)?.[0] ?? '', 'w:val') ?? '',
      });
    }
    abstract.set(id, levels);
  }
  const lists = new Map<string, Map<number, Level>>();
  for (const m of (numberingXml ?? '').matchAll(/<w:num\b([^>]*)>([\s\S]*?)<\/w:num>/g)) {
    const numId = attr(m[1] ?? '', 'w:numId');
    const abs = attr(/<w:abstractNumId\b[^>]*>/.exec(m[2] ?? '')?.[0] ?? '', 'w:val');
    const levels = abs !== undefined ? abstract.get(abs) : undefined;
    if (numId === undefined || !levels) continue;
    const copy = new Map(levels);
    for (const o of (m[2] ?? '').matchAll(/<w:lvlOverride\b([^>]*)>([\s\S]*?)<\/w:lvlOverride>/g)) {
      const ilvl = Number(attr(o[1] ?? '', 'w:ilvl') ?? 0);
      const start = attr(/<w:startOverride\b[^>]*>/.exec(o[2] ?? '')?.[0] ?? '', 'w:val');
      const base = copy.get(ilvl);
      if (base && start !== undefined) copy.set(ilvl, { ...base, start: Number(start) });
    }
    lists.set(numId, copy);
  }
  const styles = new Map<string, { numId: string; ilvl: number }>();
  for (const m of (stylesXml ?? '').matchAll(/<w:style\b([^>]*)>([\s\S]*?)<\/w:style>/g)) {
    const id = attr(m[1] ?? '', 'w:styleId');
    const numPr = /<w:numPr>([\s\S]*?)<\/w:numPr>/.exec(m[2] ?? '')?.[1];
    const numId = attr(/<w:numId\b[^>]*>/.exec(numPr ?? '')?.[0] ?? '', 'w:val');
    if (id === undefined || numId === undefined) continue;
    styles.set(id, { numId, ilvl: Number(attr(/<w:ilvl\b[^>]*>/.exec(numPr ?? '')?.[0] ?? '', 'w:val') ?? 0) });
  }
  return { lists, styles };
}

function formatNumber(n: number, format: string): string {
  switch (format) {
    case 'chineseCounting':
    case 'chineseCountingThousand':
    case 'japaneseCounting':
    case 'ideographDigital':
    case 'taiwaneseCounting':
    case 'taiwaneseCountingThousand':
      return formatChineseNumeral(n);
    case 'lowerLetter':
      return String.fromCharCode(96 + (((n - 1) % 26) + 1));
    case 'upperLetter':
      return String.fromCharCode(64 + (((n - 1) % 26) + 1));
    case 'decimalFullWidth':
      return String(n).replace(/\d/g, (d) => String.fromCharCode(0xff10 + Number(d)));
    case 'decimalEnclosedCircle':
    case 'decimalEnclosedCircleChinese':
      return n <= 20 ? String.fromCharCode(0x2460 + n - 1) : String(n);
    case 'none':
      return '';
    default:
      return String(n);
  }
}

/** Counts list paragraphs in document order and gives each its label. */
export class NumberingCounter {
  private readonly counts = new Map<string, number[]>();

  constructor(private readonly defs: NumberingDefinitions) {}

  /** The label of a paragraph with this numbering (direct numPr, else its style's), or '' when it has none. */
  label(numId: string | undefined, ilvl: number | undefined, styleId: string | undefined): string {
    const viaStyle = styleId !== undefined ? this.defs.styles.get(styleId) : undefined;
    const id = numId ?? viaStyle?.numId;
    if (id === undefined || id === '0') return '';
    const levels = this.defs.lists.get(id);
    const level = ilvl ?? viaStyle?.ilvl ?? 0;
    const def = levels?.get(level);
    if (!levels || !def) return '';
    const counts = this.counts.get(id) ?? [];
    for (let l = 0; l <= level; l++) counts[l] ??= (levels.get(l)?.start ?? 1) - 1;
    counts[level] = (counts[level] ?? 0) + 1;
    counts.length = level + 1;
    this.counts.set(id, counts);
    return def.text.replace(/%(\d)/g, (_m, d: string) => {
      const l = Number(d) - 1;
      return formatNumber(counts[l] ?? levels.get(l)?.start ?? 1, levels.get(l)?.format ?? 'decimal');
    });
  }
}
