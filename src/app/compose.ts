import type { Imported } from '../ingest/adapter.js';
import type { Disclosure } from '../model/disclosure.js';
import type { WriterInput } from '../model/writer-input.js';
import { composeDisclosure } from '../narrative/index.js';

/**
 * The explicit composition step: the writer's input becomes the whole disclosure (情况说明 written from the
 * numbers); a disclosure that was read as it stands is returned unchanged. The importer may then review what the
 * writer found missing (a template names the cells of missing reasons).
 */
export function compose(imported: Imported | WriterInput): Disclosure {
  if (!('kind' in imported)) return composeDisclosure(imported);
  if (imported.kind === 'disclosure') return imported.doc;
  const doc = composeDisclosure(imported.input);
  imported.review?.(doc);
  return doc;
}
