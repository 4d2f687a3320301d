import { halfWidthFigures } from '../../model/concepts/text.js';
import { IngestError } from '../errors.js';
import { msg } from '../../model/messages/index.js';

/** The encodings Chinese office software writes text in, as TextDecoder names them. */
export type TextEncodingName = 'utf-8' | 'utf-16le' | 'utf-16be' | 'gb18030';

/** How each is named to a person. */
export const ENCODING_NAMES: Readonly<Record<TextEncodingName, string>> = {
  'utf-8': 'UTF-8',
  'utf-16le': 'UTF-16（小端）',
  'utf-16be': 'UTF-16（大端）',
  gb18030: 'GB18030/GBK',
};

export interface DecodedText {
  readonly text: string;
  readonly encoding: TextEncodingName;
  /** Whether a byte-order mark said so (otherwise the bytes were judged). */
  readonly bom: boolean;
}

/** UTF-16 without a BOM: zero bytes, which text in an 8-bit encoding never has, at one position of each pair. */
function utf16Without(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | undefined {
  const n = Math.min(bytes.length - (bytes.length % 2), 4096);
  if (n < 4) return undefined;
  let even = 0;
  let odd = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) even++;
    if (bytes[i + 1] === 0) odd++;
  }
  // Chinese text in UTF-16 has zero bytes only for ASCII (digits, tabs, line ends): a few percent, on one side.
  const pairs = n / 2;
  if (odd >= pairs * 0.01 && even <= odd / 10) return 'utf-16le';
  if (even >= pairs * 0.01 && odd <= even / 10) return 'utf-16be';
  return undefined;
}

function strict(encoding: TextEncodingName, bytes: Uint8Array): string | undefined {
  try {
    return new TextDecoder(encoding, { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return undefined;
  }
}

/**
 * Decodes text as saved by Chinese office software: a BOM decides (UTF-8, UTF-16), else valid UTF-8 is UTF-8,
 * zero bytes in every other position are UTF-16, and anything else that decodes as GB18030 (a superset of GBK and
 * GB2312) is GB18030. Throws a Chinese IngestError when none fits.
 */
export function decodeText(bytes: Uint8Array, file: string): DecodedText {
  const [a, b, c] = [bytes[0], bytes[1], bytes[2]];
  const bomEncoding: TextEncodingName | undefined =
    a === 0xef && b === 0xbb && c === 0xbf
      ? 'utf-8'
      : a === 0xff && b === 0xfe
        ? 'utf-16le'
        : a === 0xfe && b === 0xff
          ? 'utf-16be'
          : undefined;
  if (bomEncoding) {
    const text = strict(bomEncoding, bytes);
    if (text !== undefined) return { text, encoding: bomEncoding, bom: true };
  }
  const utf16 = utf16Without(bytes);
  const order: TextEncodingName[] = utf16 ? [utf16, 'utf-8', 'gb18030'] : ['utf-8', 'gb18030'];
  for (const encoding of order) {
    const text = strict(encoding, bytes);
    if (text !== undefined) return { text, encoding, bom: false };
  }
  throw new IngestError(msg('ingest.unknownEncoding'), { file });
}

/** Full-width figures read as half-width (see halfWidthFigures); `changed` says whether there were any. */
export function normalizeFullWidthNumbers(text: string): { readonly text: string; readonly changed: boolean } {
  const out = halfWidthFigures(text);
  return { text: out, changed: out !== text };
}
