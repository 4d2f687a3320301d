/**
 * One face out of an OpenType collection (.ttc): Chromium's PDF backend embeds a face of a collection as Type 3
 * glyph procedures (no real font, text poorly extractable), but a stand-alone OpenType font as a CID font. The
 * faces of a collection share tables; a stand-alone copy is the face's table directory with its tables copied.
 */
export interface CollectionFace {
  readonly index: number;
  /** Family names found in the name table (English and others), e.g. "Noto Serif CJK SC". */
  readonly families: readonly string[];
}

function tag(view: DataView, at: number): string {
  return String.fromCharCode(view.getUint8(at), view.getUint8(at + 1), view.getUint8(at + 2), view.getUint8(at + 3));
}

function faceOffsets(bytes: Uint8Array): number[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (tag(view, 0) !== 'ttcf') return [0];
  const n = view.getUint32(8);
  return Array.from({ length: n }, (_, i) => view.getUint32(12 + 4 * i));
}

interface TableRecord {
  readonly tag: string;
  readonly checksum: number;
  readonly offset: number;
  readonly length: number;
}

function tables(view: DataView, dir: number): TableRecord[] {
  const count = view.getUint16(dir + 4);
  return Array.from({ length: count }, (_, i) => {
    const at = dir + 12 + 16 * i;
    return {
      tag: tag(view, at),
      checksum: view.getUint32(at + 4),
      offset: view.getUint32(at + 8),
      length: view.getUint32(at + 12),
    };
  });
}

/** Family names (name IDs 1 and 16) of a face, from its Windows Unicode (UTF-16BE) records. */
function families(view: DataView, records: readonly TableRecord[]): string[] {
  const name = records.find((r) => r.tag === 'name');
  if (!name) return [];
  const base = name.offset;
  const count = view.getUint16(base + 2);
  const strings = base + view.getUint16(base + 4);
  const out = new Set<string>();
  for (let i = 0; i < count; i++) {
    const at = base + 6 + 12 * i;
    const platform = view.getUint16(at);
    const nameId = view.getUint16(at + 6);
    if (platform !== 3 || (nameId !== 1 && nameId !== 16)) continue;
    const length = view.getUint16(at + 8);
    const offset = view.getUint16(at + 10);
    let s = '';
    for (let k = 0; k + 1 < length; k += 2) s += String.fromCharCode(view.getUint16(strings + offset + k));
    out.add(s);
  }
  return [...out];
}

/** The faces of a font file (one for a plain .otf/.ttf). */
export function collectionFaces(bytes: Uint8Array): CollectionFace[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return faceOffsets(bytes).map((dir, index) => ({ index, families: families(view, tables(view, dir)) }));
}

/** The face `index` of a collection as a stand-alone OpenType font. */
export function extractFace(bytes: Uint8Array, index: number): Uint8Array {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const dir = faceOffsets(bytes)[index];
  if (dir === undefined) throw new RangeError(`no face ${index}`);
  const records = tables(view, dir);
  const headerLength = 12 + 16 * records.length;
  const padded = (n: number) => (n + 3) & ~3;
  const total = records.reduce((s, r) => s + padded(r.length), headerLength);
  const out = new Uint8Array(total);
  const w = new DataView(out.buffer);
  out.set(bytes.subarray(dir, dir + 12), 0); // sfnt version, numTables, search fields
  let at = headerLength;
  records.forEach((r, i) => {
    const rec = 12 + 16 * i;
    for (let k = 0; k < 4; k++) w.setUint8(rec + k, r.tag.charCodeAt(k));
    w.setUint32(rec + 4, r.checksum);
    w.setUint32(rec + 8, at);
    w.setUint32(rec + 12, r.length);
    out.set(bytes.subarray(r.offset, r.offset + r.length), at);
    at += padded(r.length);
  });
  return out;
}
