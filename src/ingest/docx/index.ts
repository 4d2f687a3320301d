import { resolveLimits, type ImportLimits } from '../../model/limits.js';
import { refuseOversize, refuseZipBomb } from '../shared/limits.js';
import JSZip from 'jszip';
import type { Disclosure } from '../../model/disclosure.js';
import type { SourceRef } from '../../model/source.js';
import { IngestError, isIngestError } from '../errors.js';
import { imported, type IngestAdapter } from '../adapter.js';
import { parseText } from '../text/index.js';
import { documentText } from './document-text.js';
import { customProperties } from './custom-properties.js';
import { readNumbering, type NumberingDefinitions } from './numbering.js';
import { mapSources, relocate } from '../shared/sources.js';
import { msg } from '../../model/messages/index.js';

/**
 * Reads a Word document (.docx): its body as the seed-shaped text (a line per paragraph, a tab-separated line per
 * table row, merged cells as printed) through the text importer, with every source position moved from the line of
 * that text to the paragraph or table row of the document, so messages point at the Word document itself.
 */
export async function parseDocx(
  bytes: Uint8Array,
  options: { readonly file?: string } & ImportLimits = {},
): Promise<Disclosure> {
  const file = options.file ?? '输入文档';
  refuseOversize(bytes, options, file);
  refuseZipBomb(bytes, options, file, 'Word 文档');
  const { xml, properties, numbering } = await readDocument(bytes, file);
  let text: ReturnType<typeof documentText>;
  try {
    text = documentText(xml, numbering);
  } catch {
    throw new IngestError(msg('ingest.docx.bodyUnparsable'), { file });
  }
  const { maxRows } = resolveLimits(options);
  if (text.lines.length > maxRows) {
    throw new IngestError(msg('ingest.docx.tooManyRows', { rows: text.lines.length, limit: maxRows }), { file });
  }
  const toDoc = (src: SourceRef): SourceRef => relocate(src, text.places, file);
  let doc: Disclosure;
  try {
    // The layout Juesuan wrote into the document properties is declared to the one detection (an unknown id fails).
    const declared = properties['JuesuanLayout'];
    doc = parseText(text.lines.join('\n'), {
      file,
      lineBreaks: 'paragraphs',
      ...(declared ? { layout: declared } : {}),
    });
  } catch (e) {
    if (isIngestError(e)) throw new IngestError(e.reason, e.source ? toDoc(e.source) : { file });
    throw e;
  }
  const moved = mapSources(doc, toDoc) as Disclosure;
  const region = properties['JuesuanRegion'];
  return { ...moved, meta: { ...moved.meta, ...(region ? { region } : {}), sourceFormat: 'docx' } };
}

async function readDocument(
  bytes: Uint8Array,
  file: string,
): Promise<{ xml: string; properties: Record<string, string>; numbering: NumberingDefinitions }> {
  const isZip = bytes[0] === 0x50 && bytes[1] === 0x4b;
  if (!isZip) {
    const isOle = bytes[0] === 0xd0 && bytes[1] === 0xcf && bytes[2] === 0x11 && bytes[3] === 0xe0;
    throw new IngestError(isOle ? msg('ingest.docx.legacyOrEncrypted') : msg('ingest.docx.invalid'), { file });
  }
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(bytes);
  } catch {
    throw new IngestError(msg('ingest.docx.zipBroken'), { file });
  }
  const part = zip.file('word/document.xml');
  if (!part) throw new IngestError(msg('ingest.docx.noBody'), { file });
  const text = async (name: string) => zip.file(name)?.async('string');
  try {
    const custom = await text('docProps/custom.xml');
    return {
      xml: await part.async('string'),
      properties: custom ? customProperties(custom) : {},
      numbering: readNumbering(await text('word/numbering.xml'), await text('word/styles.xml')),
    };
  } catch (e) {
    if (isIngestError(e)) throw e;
    // JSZip finds a damaged entry only when it inflates it (sizes or CRC that do not match).
    throw new IngestError(msg('ingest.docx.entryBroken'), { file });
  }
}

/** The DOCX adapter: Word documents, such as a draft a finance officer wants checked before publishing. */
export const docxAdapter: IngestAdapter = {
  format: 'docx',
  extensions: ['.docx'],
  async read(bytes, options) {
    return imported(await parseDocx(bytes, options));
  },
};
