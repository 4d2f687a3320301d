/**
 * Worker-thread entry of the PDF engine: parses one PDF per message (PDFium), off the caller's event loop.
 * Errors travel back as plain data (an IngestError keeps its Chinese reason and its source).
 */
import { parentPort } from 'node:worker_threads';
import { isIngestError } from '../ingest/errors.js';
import { parsePdf } from '../ingest/pdf/index.js';
import type { PdfParseOptions } from './ports.js';
import type { PdfWorkerReply } from './pdf-engine.js';

parentPort?.on('message', async (msg: { bytes: Uint8Array; options: PdfParseOptions }) => {
  let reply: PdfWorkerReply;
  try {
    reply = { ok: true, doc: await parsePdf(msg.bytes, msg.options) };
  } catch (e) {
    reply = isIngestError(e)
      ? { ok: false, ingest: true, reason: e.reason, ...(e.source ? { source: e.source } : {}) }
      : { ok: false, ingest: false, reason: e instanceof Error ? e.message : String(e) };
  }
  parentPort?.postMessage(reply);
});
