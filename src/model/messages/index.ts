import { CHECK_MESSAGES } from './check.js';
import { CLI_MESSAGES } from './cli.js';
import { CONFIG_MESSAGES } from './config.js';
import { interpolate, type Placeholders } from './format.js';
import { INGEST_MESSAGES } from './ingest.js';
import { NARRATIVE_MESSAGES } from './narrative.js';
import { SERVER_MESSAGES } from './server.js';
import { STORE_MESSAGES } from './store.js';

/**
 * The one catalogue of what Juesuan says to people outside the checker's findings: message id → Chinese template
 * with `{{name}}` placeholders. Code never writes a user-visible sentence inline; it calls `msg(id, data)`, and the
 * compiler checks that the data names every placeholder. Rule findings keep their ESLint-style per-rule
 * `meta.messages` (a rule is one self-contained module); `src/app/messages.ts` lists both together.
 */
export const MESSAGES = Object.freeze({
  ...INGEST_MESSAGES,
  ...CONFIG_MESSAGES,
  ...CHECK_MESSAGES,
  ...NARRATIVE_MESSAGES,
  ...CLI_MESSAGES,
  ...SERVER_MESSAGES,
  ...STORE_MESSAGES,
});

export type MessageId = keyof typeof MESSAGES;

/** The data a message needs: one value per placeholder (none for a message without placeholders). */
export type MessageData<K extends MessageId> = Record<Placeholders<(typeof MESSAGES)[K]>, string | number>;

type DataArgs<K extends MessageId> = [Placeholders<(typeof MESSAGES)[K]>] extends [never] ? [] : [MessageData<K>];

/** The Chinese text of message `id` with its placeholders filled. */
export function msg<K extends MessageId>(id: K, ...args: DataArgs<K>): string {
  const [data] = args as [Readonly<Record<string, string | number>>?];
  return interpolate(MESSAGES[id], data);
}

export { interpolate, placeholders, type Placeholders } from './format.js';
