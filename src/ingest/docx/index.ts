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
    throw new IngestError('Word 文档正文（word/document.xml）无法解析，文件可能已损坏', { file });
  }
  const { maxRows } = resolveLimits(options);
  if (text.lines.length > maxRows) {
    throw new IngestError(`正文有 ${text.lines.length} 个段落和表格行，超过上限 ${maxRows} 个`, { file });
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
    throw new IngestError(
      isOle
        ? '这是旧版 Word（.doc）或加密的文档，请在 Word/WPS 中另存为 .docx 后再读取'
        : '不是有效的 Word 文档（.docx）',
      { file },
    );
  }
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(bytes);
  } catch {
    throw new IngestError('不是有效的 Word 文档（.docx）：压缩包已损坏', { file });
  }
  const part = zip.file('word/document.xml');
  if (!part) throw new IngestError('不是 Word 文档：缺少正文部分 word/document.xml', { file });
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
    throw new IngestError('不是有效的 Word 文档（.docx）：压缩包中的内容已损坏', { file });
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
