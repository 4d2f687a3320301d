import type { Disclosure } from '../model/disclosure.js';
import type { Imported, IngestFormat, ReadOptions } from '../ingest/adapter.js';
import type { Browser, PdfEngine } from './ports.js';

/**
 * The explicit, frozen registries of the application core. Each entry loads its module only when used, so that
 * `juesuan --version` or a check of a text file never loads exceljs, docx, pdf.js or playwright. (The report
 * formatters' registry is FORMATTERS in src/check/formatters, re-exported by ./check.ts.)
 */

export interface ImporterEntry {
  readonly format: IngestFormat;
  readonly extensions: readonly string[];
  read(bytes: Uint8Array, options: ReadOptions, deps: { readonly pdf: PdfEngine }): Promise<Imported>;
}

const disclosure = (doc: Disclosure): Imported => ({ kind: 'disclosure', doc });

export const IMPORTERS: readonly ImporterEntry[] = Object.freeze([
  {
    format: 'text',
    extensions: ['.txt', '.text'],
    read: async (bytes, options) => (await import('../ingest/text/index.js')).textAdapter.read(bytes, options),
  },
  {
    format: 'json',
    extensions: ['.json'],
    read: async (bytes, options) => (await import('../ingest/json/index.js')).jsonAdapter.read(bytes, options),
  },
  {
    // PDF parsing goes through the injected engine: a worker thread in the CLI and the server.
    format: 'pdf',
    extensions: ['.pdf'],
    read: async (bytes, options, deps) => disclosure(await deps.pdf.parse(bytes, options)),
  },
  {
    format: 'docx',
    extensions: ['.docx'],
    read: async (bytes, options) => (await import('../ingest/docx/index.js')).docxAdapter.read(bytes, options),
  },
  {
    format: 'xlsx',
    extensions: ['.xlsx'],
    read: async (bytes, options) => (await import('../ingest/xlsx/index.js')).xlsxAdapter.read(bytes, options),
  },
  {
    format: 'html',
    extensions: ['.html', '.htm'],
    read: async (bytes, options) => (await import('../ingest/html/index.js')).htmlAdapter.read(bytes, options),
  },
] satisfies ImporterEntry[]);

export const RENDER_FORMATS = ['docx', 'xlsx', 'html', 'pdf', 'json', 'csv'] as const;
export type RenderFormat = (typeof RENDER_FORMATS)[number];

export interface RendererEntry {
  /** Bytes (written to a file) rather than text. */
  readonly binary: boolean;
  render(doc: Disclosure, deps: { readonly browser: Browser }): Promise<Uint8Array | string>;
}

export const RENDERERS: Readonly<Record<RenderFormat, RendererEntry>> = Object.freeze({
  docx: { binary: true, render: async (doc) => (await import('../render/docx/index.js')).renderDocx(doc) },
  xlsx: { binary: true, render: async (doc) => (await import('../render/xlsx/index.js')).renderXlsx(doc) },
  html: { binary: false, render: async (doc) => (await import('../render/html/index.js')).renderHtml(doc) },
  pdf: {
    binary: true,
    async render(doc, deps) {
      const printer = await deps.browser.open();
      try {
        return await printer.render(doc);
      } finally {
        await printer.close();
      }
    },
  },
  json: { binary: false, render: async (doc) => JSON.stringify(doc, null, 2) + '\n' },
  csv: { binary: false, render: async (doc) => (await import('../render/csv.js')).renderTidyCsv(doc) },
});
