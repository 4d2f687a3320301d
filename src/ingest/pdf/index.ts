import type { Disclosure, Metadata } from '../../model/disclosure.js';
import type { Finding } from '../../model/finding.js';
import { IngestError } from '../errors.js';
import { imported, type IngestAdapter } from '../adapter.js';
import { buildDisclosure } from './document.js';
import { openPdf, type PageContent, type PdfDocument } from './extract.js';
import { FIRST_PASS_PAGES, firstPass } from './first-pass.js';
import { garbledPages, pageList } from './text-layer.js';

export { firstPagesText } from './extract.js';
export { compilePdfium, loadPdfium as startPdfium, usePdfiumModule } from './pdfium.js';
import { dropRunningHeaders, layoutPage, type PageLayout } from './layout.js';
import { tooLarge } from '../shared/limits.js';
import { msg } from '../../model/messages/index.js';

export interface ParsePdfOptions {
  /** Name recorded as the source file and used in messages. */
  readonly file?: string;
  /** Largest file accepted (default 50 MB). */
  readonly maxBytes?: number;
  /** Most pages accepted (default 300). */
  readonly maxPages?: number;
  /** Time allowed for the whole read (default 60 s). */
  readonly timeoutMs?: number;
  /** One of several files of one disclosure (see ReadOptions.partial). */
  readonly partial?: boolean;
  /** A further part's first file's metadata (see ReadOptions.partOf). */
  readonly partOf?: Metadata;
  /** Ignore drawn rules and read every table by the stream fallback (for tests and misleading rules). */
  readonly ignoreRules?: boolean;
}

export const PDF_LIMITS = { maxBytes: 50 * 1024 * 1024, maxPages: 300, timeoutMs: 60_000 } as const;

/**
 * Reads a published disclosure PDF into the model: tables from the drawn rules (stream fallback without them),
 * narrative sections from the text. Unreadable input (encrypted, scanned, corrupt, too large, too slow) is an
 * IngestError with a Chinese message; a table that cannot be read is a finding in `diagnostics`.
 */
export async function parsePdf(bytes: Uint8Array, options: ParsePdfOptions = {}): Promise<Disclosure> {
  const file = options.file ?? '输入文件';
  const maxBytes = options.maxBytes ?? PDF_LIMITS.maxBytes;
  const maxPages = options.maxPages ?? PDF_LIMITS.maxPages;
  const timeoutMs = options.timeoutMs ?? PDF_LIMITS.timeoutMs;
  if (bytes.length === 0) throw new IngestError(msg('ingest.empty'), { file });
  if (bytes.length > maxBytes) throw tooLarge(bytes.length, maxBytes, file);
  if (!startsWithPdfHeader(bytes)) throw new IngestError(msg('ingest.pdf.notPdf'), { file });

  const started = performance.now();
  const timeoutError = () =>
    new IngestError(msg('ingest.timeout', { seconds: Math.max(1, Math.round(timeoutMs / 1000)) }), { file });
  let timer: NodeJS.Timeout | undefined;
  let doc: PdfDocument | undefined;
  let timedOut = false;
  const work = (async () => {
    doc = await openPdf(bytes, file);
    if (doc.pageCount > maxPages) {
      throw new IngestError(msg('ingest.pdf.tooManyPages', { pages: doc.pageCount, limit: maxPages }), { file });
    }
    const opened = doc;
    const contentOf = (n: number): PageContent => {
      // Pages are read synchronously, which starves the timer: check the clock between pages as well.
      if (timedOut || performance.now() - started > timeoutMs) throw timeoutError();
      try {
        return opened.readPage(n);
      } catch (e) {
        if (e instanceof IngestError) throw e;
        throw new IngestError(msg('ingest.pdf.pageUnreadableBecause', { detail: errorText(e) }), { file, page: n });
      }
    };
    // The first pages decide whether this is a disclosure at all, before the rest is read and laid out.
    const head: PageContent[] = [];
    for (let n = 1; n <= Math.min(FIRST_PASS_PAGES, doc.pageCount); n++) head.push(contentOf(n));
    // A garbled text layer would read as "not a disclosure": say what is wrong with it instead.
    refuseGarbled(head, file);
    firstPass(head, file);
    const pages: PageLayout[] = [];
    for (let n = 1; n <= doc.pageCount; n++) {
      const content = head[n - 1] ?? contentOf(n);
      pages.push(layoutPage(content, { ignoreRules: options.ignoreRules ?? false }));
    }
    if (pages.every((p) => p.words.length === 0)) {
      throw new IngestError(msg('ingest.pdf.noTextLayer'), { file });
    }
    const contents = pages.map((p) => ({ page: p.page, glyphs: p.words.map((w) => ({ str: w.text })) }));
    refuseGarbled(contents, file);
    const disclosure = buildDisclosure(dropRunningHeaders(pages), file, {
      ...(options.partial !== undefined ? { partial: options.partial } : {}),
      ...(options.partOf ? { partOf: options.partOf } : {}),
    });
    if (performance.now() - started > timeoutMs) throw timeoutError();
    const garbled = garbledPages(contents.map(pageText));
    if (garbled.length === 0) return disclosure;
    const note: Finding = {
      ruleId: 'import/garbled-text',
      severity: 'error',
      message: msg('import.garbledText', {
        pages: pageList(garbled.map((g) => g.page)),
        reason: garbled[0]?.reason ?? '',
      }),
      locations: garbled.map((g) => ({ source: { file, page: g.page } })),
    };
    return { ...disclosure, diagnostics: [note, ...disclosure.diagnostics] };
  })();
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      timedOut = true;
      reject(timeoutError());
    }, timeoutMs);
  });
  try {
    return await Promise.race([work, timeout]);
  } finally {
    clearTimeout(timer);
    work.catch(() => undefined);
    doc?.close();
  }
}

type PageGlyphs = { readonly page: number; readonly glyphs: readonly { readonly str: string }[] };

function pageText(c: PageGlyphs): { page: number; text: string } {
  return { page: c.page, text: c.glyphs.map((g) => g.str).join('') };
}

/** Refuses a document most of whose pages with text have a garbled text layer (see text-layer.ts). */
function refuseGarbled(contents: readonly PageGlyphs[], file: string): void {
  const withText = contents.map(pageText).filter((p) => p.text.trim() !== '');
  const garbled = garbledPages(withText);
  if (withText.length === 0 || garbled.length * 2 < withText.length) return;
  throw new IngestError(
    msg('ingest.pdf.garbled', { pages: pageList(garbled.map((g) => g.page)), reason: garbled[0]?.reason ?? '' }) +
      msg('ingest.pdf.garbledAdvice'),
    { file, page: garbled[0]?.page ?? 1 },
  );
}

function startsWithPdfHeader(bytes: Uint8Array): boolean {
  // The header may follow a little junk (allowed by readers); look in the first 1 KB.
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 1024));
  return head.includes('%PDF-');
}

function errorText(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}

/** The PDF adapter: published disclosure PDFs (Shanghai and Qinghai layouts). */
export const pdfAdapter: IngestAdapter = {
  format: 'pdf',
  extensions: ['.pdf'],
  async read(bytes, options) {
    return imported(
      await parsePdf(bytes, {
        file: options.file,
        ...(options.maxBytes !== undefined ? { maxBytes: options.maxBytes } : {}),
        ...(options.maxPages !== undefined ? { maxPages: options.maxPages } : {}),
        ...(options.timeoutMs !== undefined ? { timeoutMs: options.timeoutMs } : {}),
        ...(options.partial !== undefined ? { partial: options.partial } : {}),
        ...(options.partOf ? { partOf: options.partOf } : {}),
      }),
    );
  },
};
