import type { SourceRef } from '../../model/source.js';

/**
 * Importers that read a document as the seed-shaped text (DOCX, HTML) move every source position from the line of
 * that text back to the place in their own file (a Word paragraph or table row, an HTML line).
 */

/** A text line number → the place it was written from; `line`/`endLine` of the text are replaced by the place. */
export function relocate<P extends Partial<SourceRef>>(src: SourceRef, places: readonly P[], file: string): SourceRef {
  if (src.line === undefined) return src;
  const place = places[src.line - 1];
  const { line: _line, endLine: _endLine, ...rest } = src;
  return { ...rest, file: src.file ?? file, ...(place ?? {}) };
}

/** Copies the tree, replacing every `source` object. */
export function mapSources(value: unknown, fn: (s: SourceRef) => SourceRef): unknown {
  if (Array.isArray(value)) return value.map((v) => mapSources(v, fn));
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) {
      out[k] = k === 'source' && v && typeof v === 'object' ? fn(v as SourceRef) : mapSources(v, fn);
    }
    return out;
  }
  return value;
}
