import { IngestError } from '../errors.js';
import { msg } from '../../model/messages/index.js';

/** JSON.parse with a Chinese error naming the line of the syntax error. */
export function parseJsonText(text: string, file: string): unknown {
  try {
    return JSON.parse(text);
  } catch (e) {
    const detail = e instanceof Error ? e.message : String(e);
    const pos = /position (\d+)/.exec(detail);
    const line = pos ? text.slice(0, Number(pos[1])).split('\n').length : undefined;
    throw new IngestError(msg('ingest.json.syntax'), { file, ...(line ? { line } : {}) });
  }
}
