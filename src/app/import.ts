import type { Disclosure, Metadata } from '../model/disclosure.js';
import { mergeParts } from './parts.js';
import { IngestError } from '../ingest/errors.js';
import { compose } from './compose.js';
import { resolveLimits, type ImportLimits } from '../model/limits.js';
import { tooLarge } from '../ingest/shared/limits.js';
import type { FileReader, PdfEngine } from './ports.js';
import { IMPORTERS, type ImporterEntry } from './registries.js';
import { msg } from '../model/messages/index.js';

export interface ImportDeps {
  readonly files: FileReader;
  readonly pdf: PdfEngine;
}

/** A document to import: a path to read, or bytes already read (an upload) with the name to record. */
export type DocumentSource =
  { readonly path: string; readonly file?: string } | { readonly bytes: Uint8Array; readonly file: string };

/** Limits for this import (model/limits.ts); what is not given takes the default. */
export type ImportOptions = ImportLimits;

export function extensionOf(name: string): string {
  const base = name.slice(name.lastIndexOf('/') + 1);
  const dot = base.lastIndexOf('.');
  return dot > 0 ? base.slice(dot).toLowerCase() : '';
}

export function baseName(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1);
}

export function importerFor(name: string): ImporterEntry | undefined {
  const ext = extensionOf(name);
  return IMPORTERS.find((i) => i.extensions.includes(ext));
}

export function supportedExtensions(): string[] {
  return IMPORTERS.flatMap((i) => i.extensions);
}

/**
 * Reads a document of any registered format into the model; the writer's input (a filled template, writer-input
 * JSON) is composed into the whole disclosure. Throws IngestError with a Chinese message naming the file.
 *
 * A disclosure published as several files (narrative and tables apart) is read from all of them: pass the files
 * in order, the one with the cover first (`juesuan parse FIRST --part SECOND`); each further part is read with
 * the first one's metadata and layout, and the parts are merged into one disclosure (parts.ts).
 */
export async function importDocument(
  source: DocumentSource | readonly DocumentSource[],
  deps: ImportDeps,
  options: ImportOptions = {},
): Promise<Disclosure> {
  const sources: readonly DocumentSource[] = isList(source) ? source : [source];
  const [first, ...rest] = sources;
  if (!first) throw new IngestError(msg('ingest.noFile'));
  const partial = rest.length > 0;
  // PDFium compiles while the files are read.
  if (sources.some((s) => importerFor('path' in s ? s.path : s.file)?.format === 'pdf')) deps.pdf.prepare?.();
  const main = await importOne(first, deps, { ...options, ...(partial ? { partial } : {}) });
  const parts: Disclosure[] = [];
  for (const s of rest) parts.push(await importOne(s, deps, { ...options, partial, partOf: main.meta }));
  return parts.length > 0 ? mergeParts(main, parts) : main;
}

function isList(s: DocumentSource | readonly DocumentSource[]): s is readonly DocumentSource[] {
  return Array.isArray(s);
}

async function importOne(
  source: DocumentSource,
  deps: ImportDeps,
  options: ImportOptions & { readonly partial?: boolean; readonly partOf?: Metadata },
): Promise<Disclosure> {
  const file = source.file ?? baseName('path' in source ? source.path : source.file);
  const importer = importerFor('path' in source ? source.path : source.file);
  const limits = resolveLimits(options);
  if (!importer) {
    // A path that names no file, or a folder, is said to be that, rather than of an unknown type.
    if ('path' in source) await deps.files.assertReadable(source.path);
    const ext = extensionOf('path' in source ? source.path : source.file);
    throw new IngestError(
      msg('ingest.unknownExtension', {
        ext: ext || msg('ingest.noExtension'),
        supported: supportedExtensions().join('、'),
      }),
      {
        file,
      },
    );
  }
  const bytes =
    'bytes' in source ? source.bytes : await deps.files.readFile(source.path, { maxBytes: limits.maxBytes });
  if (bytes.length > limits.maxBytes) throw tooLarge(bytes.length, limits.maxBytes, file);
  return compose(
    await withDeadline(importer.read(bytes, { ...options, ...limits, file }, deps), limits.timeoutMs, file),
  );
}

/** The import, or a Chinese error when it has not finished in time (the PDF engine also stops its own work). */
async function withDeadline<T>(work: Promise<T>, timeoutMs: number, file: string): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () =>
        reject(
          new IngestError(msg('ingest.timeout', { seconds: Math.max(1, Math.round(timeoutMs / 1000)) }), { file }),
        ),
      timeoutMs + 1_000, // the PDF engine's own limit reports first, naming the page
    );
  });
  try {
    return await Promise.race([work, late]);
  } finally {
    clearTimeout(timer);
  }
}
