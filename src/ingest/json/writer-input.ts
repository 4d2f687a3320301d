import { getLayout, isLayoutId, writableLayouts } from '../../model/layouts/index.js';
import { isWriterInput, type WriterInput } from '../../model/writer-input.js';
import { IngestError } from '../errors.js';
import { parseJsonText } from './parse.js';
import { msg } from '../../model/messages/index.js';

/** Checks the parts of a WriterInput the writer relies on; a Chinese error names the missing field. */
export function validateWriterInput(value: unknown, file: string): WriterInput {
  if (!isWriterInput(value)) throw new IngestError(msg('ingest.writer.notWriterInput'), { file });
  const v = value as unknown as Record<string, unknown>;
  const meta = v['meta'] as Record<string, unknown> | undefined;
  if (!meta || typeof meta !== 'object') throw new IngestError(msg('ingest.writer.noMeta'), { file });
  if (typeof meta['name'] !== 'string') throw new IngestError(msg('ingest.writer.noName'), { file });
  if (typeof meta['fiscalYear'] !== 'number') throw new IngestError(msg('ingest.writer.noYear'), { file });
  const layout = meta['layout'];
  if (typeof layout !== 'string' || !isLayoutId(layout) || getLayout(layout).writer === undefined) {
    const known = writableLayouts().map((l) => `${l.id}（${l.name}）`);
    throw new IngestError(msg('ingest.writer.badLayout', { layouts: known.join('、') }), { file });
  }
  for (const key of ['tables', 'performance', 'glossary'] as const) {
    if (!Array.isArray(v[key])) throw new IngestError(msg('ingest.writer.notArray', { key }), { file });
  }
  if (!v['overview'] || typeof v['overview'] !== 'object')
    throw new IngestError(msg('ingest.writer.noOverview'), { file });
  const bad = invalidAmount(value, '');
  if (bad) throw new IngestError(msg('ingest.writer.badAmount', { path: bad.path, why: bad.why }), { file });
  return value;
}

/**
 * The first amount ({ minor, scale }) anywhere in the input that is not exact money: minor a safe integer, scale
 * 0–6. The writer computes with these; an absurd one must be a Chinese error here, not a decimal.js exception.
 */
function invalidAmount(value: unknown, path: string): { path: string; why: string } | undefined {
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const bad = invalidAmount(value[i], `${path}/${i}`);
      if (bad) return bad;
    }
    return undefined;
  }
  if (!value || typeof value !== 'object') return undefined;
  const o = value as Record<string, unknown>;
  if ('minor' in o || 'scale' in o) {
    const { minor, scale } = o;
    if (typeof minor !== 'number' || !Number.isSafeInteger(minor)) {
      return { path: `${path}/minor`, why: msg('ingest.writer.minorNotInteger', { value: short(minor) }) };
    }
    if (typeof scale !== 'number' || !Number.isInteger(scale) || scale < 0 || scale > 6) {
      return { path: `${path}/scale`, why: msg('ingest.writer.badScale', { value: short(scale) }) };
    }
    return undefined;
  }
  for (const [k, v] of Object.entries(o)) {
    const bad = invalidAmount(v, `${path}/${k}`);
    if (bad) return bad;
  }
  return undefined;
}

function short(v: unknown): string {
  const s = JSON.stringify(v) ?? String(v);
  return s.length > 30 ? `${s.slice(0, 30)}…` : s;
}

/** Reads a WriterInput JSON text. */
export function parseWriterInputJson(text: string, file: string): WriterInput {
  return validateWriterInput(parseJsonText(text, file), file);
}
