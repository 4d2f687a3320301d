import { createRequire } from 'node:module';
import { formatBytes, resolveLimits, sizeOverLimit, type ImportLimits } from '../../model/limits.js';
import { IngestError } from '../errors.js';
import { msg } from '../../model/messages/index.js';

/** The refusal of a file over the size limit, in Chinese: its size and the limit, written so that they differ. */
export function tooLarge(size: number, maxBytes: number, file: string): IngestError {
  return new IngestError(msg('ingest.tooLarge', sizeOverLimit(size, maxBytes)), { file });
}

/** A file larger than the limit is refused before anything reads it. */
export function refuseOversize(bytes: Uint8Array, limits: ImportLimits, file: string): void {
  const { maxBytes } = resolveLimits(limits);
  if (bytes.length > maxBytes) throw tooLarge(bytes.length, maxBytes, file);
}

/** Counts lines on the bytes (no decoding): a text with too many is refused before it is turned into strings. */
export function refuseTooManyLines(bytes: Uint8Array, limits: ImportLimits, file: string): void {
  const { maxRows } = resolveLimits(limits);
  let lines = 1;
  for (let i = bytes.indexOf(0x0a); i !== -1; i = bytes.indexOf(0x0a, i + 1)) {
    if (++lines > maxRows) throw new IngestError(msg('ingest.tooManyRows', { limit: maxRows }), { file });
  }
}

/** One entry of a zip's central directory. */
interface ZipEntry {
  readonly name: string;
  readonly method: number;
  readonly compressed: number;
  readonly size: number;
  readonly localOffset: number;
}

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
const ZIP64 = 0xffffffff;

/**
 * Reads the central directory of a zip (.xlsx, .docx) without inflating anything. Undefined when the bytes are not
 * a well-formed zip (the format's reader then says so in its own words).
 */
function centralDirectory(bytes: Uint8Array): ZipEntry[] | undefined {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let eocd = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 0xffff); i--) {
    if (view.getUint32(i, true) === EOCD) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) return undefined;
  const count = view.getUint16(eocd + 10, true);
  let at = view.getUint32(eocd + 16, true);
  const entries: ZipEntry[] = [];
  for (let n = 0; n < count; n++) {
    if (at + 46 > bytes.length || view.getUint32(at, true) !== CENTRAL) return undefined;
    const nameLength = view.getUint16(at + 28, true);
    const skip = nameLength + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
    entries.push({
      name: new TextDecoder().decode(bytes.subarray(at + 46, at + 46 + nameLength)),
      method: view.getUint16(at + 10, true),
      compressed: view.getUint32(at + 20, true),
      size: view.getUint32(at + 24, true),
      localOffset: view.getUint32(at + 42, true),
    });
    at += 46 + skip;
  }
  return entries;
}

/**
 * Refuses a zip container that would inflate beyond the limits — a zip bomb — from its central directory, before
 * a library inflates anything; then inflates each entry with its declared size as a hard cap (a directory that
 * lies about sizes cannot make the library inflate more than the limits). `what` names the format ("Excel 工作簿").
 */
export function refuseZipBomb(bytes: Uint8Array, limits: ImportLimits, file: string, what: string): void {
  const { maxUnzippedBytes, maxZipRatio, maxEntries } = resolveLimits(limits);
  const entries = centralDirectory(bytes);
  if (!entries) return;
  const refuse = (why: string) => {
    throw new IngestError(msg('ingest.zipBomb', { what, why }), { file });
  };
  if (entries.length > maxEntries) refuse(`包含 ${entries.length} 个文件，超过上限 ${maxEntries} 个`);
  if (entries.some((e) => e.size === ZIP64 || e.compressed === ZIP64)) refuse('使用了超大（ZIP64）条目');
  const total = entries.reduce((s, e) => s + e.size, 0);
  if (total > maxUnzippedBytes) {
    refuse(`解压后共 ${formatBytes(total)}，超过上限 ${formatBytes(maxUnzippedBytes)}`);
  }
  if (total > maxZipRatio * Math.max(bytes.length, 1) && total > 1024 * 1024) {
    refuse(`压缩比 ${Math.round(total / bytes.length)} 倍，超过上限 ${maxZipRatio} 倍`);
  }
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  // node:zlib loaded on use (a check of a text or PDF file never needs it).
  const { inflateRawSync } = createRequire(import.meta.url)('node:zlib') as typeof import('node:zlib');
  for (const e of entries) {
    if (e.method !== 8 || e.compressed === 0) continue;
    const local = e.localOffset;
    if (local + 30 > bytes.length || view.getUint32(local, true) !== LOCAL) return;
    const start = local + 30 + view.getUint16(local + 26, true) + view.getUint16(local + 28, true);
    try {
      inflateRawSync(bytes.subarray(start, start + e.compressed), { maxOutputLength: Math.max(1, e.size) });
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE') {
        refuse(`“${e.name}”解压后超过其声明的大小 ${formatBytes(e.size)}`);
      }
      return; // corrupt data: the format's reader reports it
    }
  }
}
