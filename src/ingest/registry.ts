import { readFile } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import type { Disclosure } from '../model/disclosure.js';
import { IngestError } from './errors.js';

/** Options every adapter understands; adapters may read more (PDF limits …). */
export interface ReadOptions {
  /** Name to record as the source file (defaults to the path's base name). */
  readonly file?: string;
  readonly maxBytes?: number;
  readonly maxPages?: number;
  readonly timeoutMs?: number;
}

/** An import adapter: bytes of one format → the one Disclosure tree. */
export interface IngestAdapter {
  readonly format: 'text' | 'pdf' | 'xlsx' | 'json' | 'docx';
  readonly extensions: readonly string[];
  read(bytes: Uint8Array, options: ReadOptions & { file: string }): Promise<Disclosure>;
}

const adapters: IngestAdapter[] = [];

/** Adapters register themselves from src/ingest/index.ts; the registry is assembled once at start. */
export function registerAdapter(adapter: IngestAdapter): void {
  adapters.push(adapter);
}

export function adapterFor(path: string): IngestAdapter | undefined {
  const ext = extname(path).toLowerCase();
  return adapters.find((a) => a.extensions.includes(ext));
}

export function supportedExtensions(): string[] {
  return adapters.flatMap((a) => a.extensions);
}

/** Reads a disclosure from a file of any registered format. Throws IngestError with a Chinese message. */
export async function readDisclosureFile(path: string, options: ReadOptions = {}): Promise<Disclosure> {
  const file = options.file ?? basename(path);
  const adapter = adapterFor(path);
  if (!adapter) {
    throw new IngestError(
      `无法识别的文件类型“${extname(path) || '无扩展名'}”，支持：${supportedExtensions().join('、')}`,
      {
        file,
      },
    );
  }
  let bytes: Uint8Array;
  try {
    bytes = await readFile(path);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? '文件不存在' : code === 'EISDIR' ? '这是一个文件夹，不是文件' : '无法读取文件';
    throw new IngestError(why, { file });
  }
  return adapter.read(bytes, { ...options, file });
}
