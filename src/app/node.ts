import { constants } from 'node:fs';
import { access, readFile, stat } from 'node:fs/promises';
import { tooLarge } from '../ingest/shared/limits.js';
import { basename } from 'node:path';
import { IngestError } from '../ingest/errors.js';
import type { ImportDeps } from './import.js';
import { inProcessPdfEngine } from './pdf-engine.js';
import type { Browser, Clock, FileReader } from './ports.js';
import type { RenderDeps } from './render.js';
import { msg } from '../model/messages/index.js';

/** Files from the local disk; a Chinese IngestError naming the file when it cannot be read. */
export const nodeFiles: FileReader = {
  async readFile(path, options = {}) {
    try {
      const { maxBytes } = options;
      if (maxBytes !== undefined) {
        const { size } = await stat(path);
        if (size > maxBytes) throw tooLarge(size, maxBytes, basename(path));
      }
      return await readFile(path);
    } catch (e) {
      throw e instanceof IngestError ? e : cannotRead(path, e);
    }
  },
  async assertReadable(path) {
    let folder = false;
    try {
      folder = (await stat(path)).isDirectory();
      if (!folder) await access(path, constants.R_OK);
    } catch (e) {
      throw cannotRead(path, e);
    }
    if (folder) throw new IngestError(msg('ingest.fileIsFolder'), { file: basename(path) });
  },
};

/** Why a file cannot be read, in Chinese, naming the file. */
function cannotRead(path: string, e: unknown): IngestError {
  const code = (e as NodeJS.ErrnoException).code;
  const why =
    code === 'ENOENT' || code === 'ENOTDIR'
      ? msg('ingest.fileMissing')
      : code === 'EISDIR'
        ? msg('ingest.fileIsFolder')
        : msg('ingest.fileUnreadable');
  return new IngestError(why, { file: basename(path) });
}

export const systemClock: Clock = { now: () => new Date() };

/** Headless Chromium through playwright-core (an optional dependency), loaded only when a PDF is printed. */
export const chromiumBrowser: Browser = {
  async open() {
    const { openPdfPrinter } = await import('../render/pdf/index.js');
    return openPdfPrinter();
  },
};

/**
 * Everything a command of the CLI needs on one Node machine: local files, the clock, Chromium, and the PDF engine
 * in the command's own thread: a command does one thing at a time, and a worker thread would cost a second start-up
 * (another V8 isolate, the parser's modules and PDFium loaded again) and a copy of the document back.
 */
export interface NodeDeps extends ImportDeps, RenderDeps {
  readonly clock: Clock;
}

export function nodeDeps(): NodeDeps {
  return { files: nodeFiles, pdf: inProcessPdfEngine, browser: chromiumBrowser, clock: systemClock };
}
