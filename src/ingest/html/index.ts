import { resolveLimits, type ImportLimits } from '../../model/limits.js';
import type { Disclosure } from '../../model/disclosure.js';
import type { SourceRef } from '../../model/source.js';
import { IngestError, isIngestError } from '../errors.js';
import { imported, type IngestAdapter } from '../adapter.js';
import { importNote, parseText } from '../text/index.js';
import { msg } from '../../model/messages/index.js';
import { decodeText, ENCODING_NAMES, type TextEncodingName } from '../shared/decode.js';
import { refuseOversize } from '../shared/limits.js';
import { mapSources, relocate } from '../shared/sources.js';
import { htmlText } from './html-text.js';

/** The `<meta name>` Juesuan writes the layout and region under (src/render/html), read back here. */
export const LAYOUT_META = 'juesuan-layout';
export const REGION_META = 'juesuan-region';

/** The charset a page declares in its first bytes (`<meta charset="gb2312">`, `content="text/html; charset=GBK"`). */
function declaredCharset(bytes: Uint8Array): TextEncodingName | undefined {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 4096)).toLowerCase();
  const m = /<meta[^>]+charset\s*=\s*["']?\s*([a-z0-9_-]+)/.exec(head);
  const name = m?.[1];
  if (!name) return undefined;
  if (/^(gb2312|gbk|gb18030|x-gbk|cp936|euc-cn)$/.test(name)) return 'gb18030';
  if (name === 'utf-8' || name === 'utf8') return 'utf-8';
  return undefined;
}

/**
 * The page's text: a byte-order mark decides, else the charset the page declares (Chinese sites often publish in
 * GB2312/GBK), else the bytes are judged as for a text file (UTF-8, UTF-16, GB18030).
 */
function decode(bytes: Uint8Array, file: string): { text: string; encoding: TextEncodingName } {
  const bom = bytes[0] === 0xef || bytes[0] === 0xff || bytes[0] === 0xfe;
  const declared = bom ? undefined : declaredCharset(bytes);
  if (declared) {
    try {
      return { text: new TextDecoder(declared, { fatal: true }).decode(bytes), encoding: declared };
    } catch {
      // The declaration is wrong (a page saved again in another encoding): judge the bytes instead.
    }
  }
  return decodeText(bytes, file);
}

/**
 * Reads an HTML page of a disclosure — one Juesuan rendered, or one a department published on its website (tables
 * as <table>, headings as h1–h6 or bold paragraphs): its text in reading order through the text importer, with every
 * source position moved to the line of the HTML file.
 */
export function parseHtml(bytes: Uint8Array, options: { readonly file?: string } & ImportLimits = {}): Disclosure {
  const file = options.file ?? '输入网页';
  refuseOversize(bytes, options, file);
  const decoded = decode(bytes, file);
  if (!/<[a-z!]/i.test(decoded.text.slice(0, 65536))) {
    throw new IngestError(msg('ingest.html.notHtml'), { file });
  }
  const page = htmlText(decoded.text);
  const { maxRows } = resolveLimits(options);
  if (page.lines.length > maxRows) {
    throw new IngestError(msg('ingest.html.tooManyRows', { rows: page.lines.length, limit: maxRows }), { file });
  }
  if (page.lines.length === 0) throw new IngestError(msg('ingest.html.noText'), { file });
  const toPage = (src: SourceRef): SourceRef => relocate(src, page.places, file);
  const declared = page.meta[LAYOUT_META];
  let doc: Disclosure;
  try {
    doc = parseText(page.lines.join('\n'), {
      file,
      lineBreaks: 'paragraphs',
      ...(declared ? { layout: declared } : {}),
    });
  } catch (e) {
    if (isIngestError(e)) throw new IngestError(e.reason, e.source ? toPage(e.source) : { file }, e.code);
    throw e;
  }
  const moved = mapSources(doc, toPage) as Disclosure;
  const region = page.meta[REGION_META];
  const notes =
    decoded.encoding === 'utf-8'
      ? []
      : [
          importNote(
            'import/encoding',
            msg('import.encodingRead', { encoding: ENCODING_NAMES[decoded.encoding] }),
            file,
          ),
        ];
  return {
    ...moved,
    meta: { ...moved.meta, ...(region ? { region } : {}), sourceFormat: 'html' },
    diagnostics: [...notes, ...moved.diagnostics],
  };
}

/** The HTML adapter: pages Juesuan rendered and disclosures published as web pages (.html, .htm). */
export const htmlAdapter: IngestAdapter = {
  format: 'html',
  extensions: ['.html', '.htm'],
  async read(bytes, options) {
    return imported(parseHtml(bytes, options));
  },
};
