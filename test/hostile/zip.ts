import { deflateRawSync, constants } from 'node:zlib';

/** One entry of a hand-made zip: its name, its deflated data, the size it declares and really inflates to. */
interface Entry {
  readonly name: string;
  readonly data: Uint8Array;
  readonly declared: number;
}

/**
 * A raw deflate stream of `mb` MiB of zeros built without holding them: one 1 MiB block flushed (not final),
 * repeated, then an empty final block. (Hostile inputs for the limits tests: a zip bomb.)
 */
export function zerosDeflated(mb: number): Uint8Array {
  const block = deflateRawSync(Buffer.alloc(1024 * 1024), { level: 9, finishFlush: constants.Z_SYNC_FLUSH });
  const parts: Uint8Array[] = [];
  for (let i = 0; i < mb; i++) parts.push(block);
  parts.push(Uint8Array.from([0x03, 0x00])); // final empty fixed-Huffman block
  return Buffer.concat(parts);
}

/** A zip of the given entries (CRCs left 0: readers that check them never get that far). */
export function makeZip(entries: readonly Entry[]): Uint8Array {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const name = Buffer.from(e.name);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(e.data.length, 18);
    local.writeUInt32LE(e.declared, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(8, 10);
    central.writeUInt32LE(e.data.length, 20);
    central.writeUInt32LE(e.declared, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, Buffer.from(e.data));
    centrals.push(central, name);
    offset += 30 + name.length + e.data.length;
  }
  const cd = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(cd.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, cd, end]);
}

/** A zip bomb shaped like an Office file: [Content_Types].xml and one part that inflates to `mb` MiB. */
export function officeBomb(part: string, mb: number, lie = false): Uint8Array {
  const data = zerosDeflated(mb);
  return makeZip([
    { name: '[Content_Types].xml', data: deflateRawSync(Buffer.from('<Types/>')), declared: 8 },
    { name: part, data, declared: lie ? 1024 : mb * 1024 * 1024 },
  ]);
}
