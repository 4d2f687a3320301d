/**
 * The import adapters, assembled once. Each adapter lives in its own folder (text, pdf, xlsx, json, docx)
 * and is registered here; nothing else knows the list.
 */
import { registerAdapter } from './registry.js';
import { parseInputJson } from '../narrative/json.js';
import { jsonAdapter } from './json/index.js';
import { textAdapter } from './text/index.js';
import { pdfAdapter } from './pdf/index.js';
import { docxAdapter } from './docx/index.js';
import { xlsxAdapter } from './xlsx/index.js';

registerAdapter(textAdapter);
// JSON is the canonical disclosure or the writer's input (numbers and reasons, narrative written on import).
registerAdapter({
  ...jsonAdapter,
  read: async (bytes, o) => parseInputJson(new TextDecoder('utf-8').decode(bytes), o.file),
});
registerAdapter(pdfAdapter);
registerAdapter(docxAdapter);
registerAdapter(xlsxAdapter);

export { readDisclosureFile, adapterFor, supportedExtensions, type ReadOptions } from './registry.js';
export { IngestError, isIngestError } from './errors.js';
