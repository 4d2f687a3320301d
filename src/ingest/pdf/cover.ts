import type { DocumentKind } from '../../model/identity.js';
import { squash } from '../../model/concepts/text.js';
import { IngestError } from '../errors.js';
import { recognize } from '../shared/recognize.js';
import type { PageLayout } from './layout.js';
import { msg } from '../../model/messages/index.js';

export interface Cover {
  name: string;
  region?: string;
  year: number;
  kind: '部门' | '单位';
  documentKind: DocumentKind;
  title: string;
  /** The cover's lines as printed (the layout detection's cover evidence). */
  lines: string[];
}

/**
 * The cover's lines: the free text of the first page with text (some PDFs open with a blank or image-only page),
 * down to its 目录 when the 目录 starts on the same page.
 */
export function coverLines(first: readonly PageLayout[]): string[] {
  const page = first.find((p) => p.items.some((i) => i.kind === 'line'));
  const lines = page?.items.flatMap((i) => (i.kind === 'line' ? [i.line.text] : [])) ?? [];
  const toc = lines.findIndex((l) => squash(l) === '目录');
  return toc < 0 ? lines : lines.slice(0, toc);
}

/**
 * The cover read with the document's 目录 and table titles (`titles`): a title printed over several lines, with a
 * prefix, a label ("预算主管部门：…") or no cover at all (a tables-only file) is still recognised.
 */
export function readCover(first: readonly PageLayout[], titles: readonly string[], file: string): Cover {
  const lines = coverLines(first);
  const r = recognize({ cover: lines, titles });
  if (!r.ok)
    throw new IngestError(msg('ingest.pdf.notDisclosure', { reason: r.reason }), { file, page: first[0]?.page ?? 1 });
  const c = r.recognition;
  return {
    name: c.name,
    ...(c.region ? { region: c.region } : {}),
    year: c.year,
    kind: c.scope,
    documentKind: c.documentKind,
    title: c.title,
    lines,
  };
}
