import { getLayout, isLayoutId, writableLayouts } from '../../model/layouts/index.js';
import { isWriterInput, type WriterInput } from '../../model/writer-input.js';
import { IngestError } from '../errors.js';
import { parseJsonText } from './parse.js';

/** Checks the parts of a WriterInput the writer relies on; a Chinese error names the missing field. */
export function validateWriterInput(value: unknown, file: string): WriterInput {
  if (!isWriterInput(value)) throw new IngestError('不是编写输入（format 应为 juesuan/writer-input@1）', { file });
  const v = value as unknown as Record<string, unknown>;
  const meta = v['meta'] as Record<string, unknown> | undefined;
  if (!meta || typeof meta !== 'object') throw new IngestError('编写输入缺少字段“meta”', { file });
  if (typeof meta['name'] !== 'string') throw new IngestError('编写输入缺少单位名称“meta.name”', { file });
  if (typeof meta['fiscalYear'] !== 'number') throw new IngestError('编写输入缺少年度“meta.fiscalYear”', { file });
  const layout = meta['layout'];
  if (typeof layout !== 'string' || !isLayoutId(layout) || getLayout(layout).writer === undefined) {
    const known = writableLayouts().map((l) => `${l.id}（${l.name}）`);
    throw new IngestError(`编写输入的版式“meta.layout”应为 ${known.join('、')} 之一`, { file });
  }
  for (const key of ['tables', 'performance', 'glossary'] as const) {
    if (!Array.isArray(v[key])) throw new IngestError(`编写输入的“${key}”应为数组`, { file });
  }
  if (!v['overview'] || typeof v['overview'] !== 'object')
    throw new IngestError('编写输入缺少字段“overview”', { file });
  return value;
}

/** Reads a WriterInput JSON text. */
export function parseWriterInputJson(text: string, file: string): WriterInput {
  return validateWriterInput(parseJsonText(text, file), file);
}
