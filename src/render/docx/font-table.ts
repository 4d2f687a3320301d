import JSZip from 'jszip';
import { FONT_FALLBACKS } from './styles.js';

/** PANOSE classification of each font, so a reader without it picks a face of the same kind. */
const PANOSE: Readonly<Record<string, string>> = {
  仿宋_GB2312: '02010609030101010101',
  楷体_GB2312: '02010609030101010101',
  黑体: '02010609060101010101',
  宋体: '02010600030101010101',
};

function fontEntry(name: string, altName: string): string {
  return (
    `<w:font w:name="${name}"><w:altName w:val="${altName}"/>` +
    `<w:panose1 w:val="${PANOSE[name] ?? '02010600030101010101'}"/><w:charset w:val="86"/>` +
    `<w:family w:val="modern"/><w:pitch w:val="fixed"/></w:font>`
  );
}

const LATIN =
  '<w:font w:name="Times New Roman"><w:panose1 w:val="02020603050405020304"/><w:charset w:val="00"/>' +
  '<w:family w:val="roman"/><w:pitch w:val="variable"/></w:font>';

/**
 * Writes the font table the docx package leaves empty: each Chinese font with its fallback name (w:altName), the
 * GB2312 character set and its PANOSE class — how Word and WPS choose a substitute for a font the reader lacks.
 */
export async function addFontFallbacks(bytes: Uint8Array): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(bytes);
  const part = zip.file('word/fontTable.xml');
  if (!part) return bytes;
  const xml = await part.async('string');
  const entries = Object.entries(FONT_FALLBACKS)
    .map(([name, alt]) => fontEntry(name, alt))
    .join('');
  const filled = xml.replace(/<w:fonts([^>]*?)\/>\s*$/, `<w:fonts$1>${entries}${LATIN}</w:fonts>`);
  if (filled === xml) return bytes;
  zip.file('word/fontTable.xml', filled);
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}
