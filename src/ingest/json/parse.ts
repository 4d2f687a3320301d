import { IngestError } from '../errors.js';

/** JSON.parse with a Chinese error naming the line of the syntax error. */
export function parseJsonText(text: string, file: string): unknown {
  try {
    return JSON.parse(text);
  } catch (e) {
    const msg = e instanceof Error ? e.message : String(e);
    const pos = /position (\d+)/.exec(msg);
    const line = pos ? text.slice(0, Number(pos[1])).split('\n').length : undefined;
    throw new IngestError('JSON 语法错误', { file, ...(line ? { line } : {}) });
  }
}
