import { access, constants, mkdir, rename, rm, stat, writeFile } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { UsageError } from './io.js';
import { msg } from '../model/messages/index.js';

/** Why a file could not be written, in Chinese. */
function whyNotWritten(e: unknown): string {
  const code = (e as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return msg('cli.folderMissing');
  if (code === 'EACCES' || code === 'EPERM') return msg('cli.noWritePermission');
  if (code === 'EISDIR') return msg('cli.isFolder');
  if (code === 'ENOSPC') return msg('cli.diskFull');
  if (code === 'EEXIST' || code === 'ENOTDIR') return msg('cli.fileInPath');
  return msg('cli.writeFailed');
}

/** The usage error for an output that could not be written: its path and why (whyNotWritten). */
export function cannotWrite(path: string, e: unknown): UsageError {
  return new UsageError(msg('cli.cannotWrite', { path, why: whyNotWritten(e) }));
}

/**
 * Writes a whole file or nothing: the bytes go to a temporary file beside the target, which is then renamed over
 * it (a rename within one folder is atomic), so an interrupted render never leaves half a document and a failed
 * one leaves the old file as it was.
 */
export async function writeFileAtomic(path: string, data: Uint8Array | string): Promise<void> {
  // node:crypto loaded on use: loaded with the module, it cost every command's start-up ~10 ms.
  const { randomBytes } = await import('node:crypto');
  const tmp = join(dirname(path), `.${basename(path)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  try {
    await writeFile(tmp, data);
    await rename(tmp, path);
  } catch (e) {
    await rm(tmp, { force: true });
    throw cannotWrite(path, e);
  }
}

/**
 * Refuses, before any work, an output whose folder is missing or cannot be written to (a batch of hundreds of files
 * would otherwise learn it only once it has run).
 */
export async function checkWritableFolder(path: string): Promise<void> {
  const folder = dirname(resolve(path));
  let isFolder = false;
  try {
    isFolder = (await stat(folder)).isDirectory();
    if (isFolder) await access(folder, constants.W_OK);
  } catch (e) {
    throw cannotWrite(path, e);
  }
  if (!isFolder) throw cannotWrite(path, { code: 'ENOENT' });
}

/** Creates an output folder (and its parents) before any work, or refuses it in Chinese. */
export async function ensureFolder(path: string): Promise<void> {
  try {
    await mkdir(path, { recursive: true });
  } catch (e) {
    throw cannotWrite(path, e);
  }
}

/** Whether two paths name the same file: the same path, or (when both exist) the same inode through links. */
async function sameFile(a: string, b: string): Promise<boolean> {
  if (resolve(a) === resolve(b)) return true;
  try {
    const [sa, sb] = await Promise.all([stat(a), stat(b)]);
    return sa.dev === sb.dev && sa.ino === sb.ino;
  } catch {
    return false;
  }
}

/** Refuses an output that would overwrite an input (a filled template would lose the sheets it was read from). */
export async function refuseOverwritingInput(output: string, inputs: readonly string[]): Promise<void> {
  for (const input of inputs) {
    if (await sameFile(output, input)) {
      throw new UsageError(msg('cli.outputIsInput', { file: output }));
    }
  }
}
