import { squash } from '../../model/concepts/text.js';
import { GENERIC } from '../../model/layouts/index.js';
import { IngestError } from '../errors.js';
import { recognize } from '../shared/recognize.js';
import { matchTableTitle } from '../shared/table-title.js';
import type { PageContent } from './extract.js';
import { toLines, toWords } from './words.js';
import { msg } from '../../model/messages/index.js';

/** How many pages the first pass reads: a cover, a 目录 of up to two pages, the first table. */
export const FIRST_PASS_PAGES = 4;

/**
 * The cheap first look at a PDF, on the text of its first pages only (no page laid out, no rules read): a
 * document whose cover, 目录 and titles say neither 决算 nor 预算, and which prints no known table title, is
 * refused here, before the whole file is read. Pages without text decide nothing (a scan is reported later, by
 * what the whole file shows).
 */
export function firstPass(contents: readonly PageContent[], file: string): void {
  const pages = contents.map((c) => toLines(c.page, toWords(c.glyphs)).map((l) => l.text));
  const withText = pages.filter((p) => p.length > 0);
  if (withText.length === 0) return;
  const first = withText[0] ?? [];
  const toc = first.findIndex((l) => squash(l) === '目录');
  const cover = toc < 0 ? first : first.slice(0, toc);
  const lines = withText.flat();
  if (recognize({ cover, titles: lines }).ok) return;
  if (lines.some((l) => matchTableTitle(l, GENERIC.id)?.exact)) return;
  const n = contents.length;
  throw new IngestError(msg('ingest.pdf.noTitle', { pages: n }), { file, page: contents[0]?.page ?? 1 });
}
