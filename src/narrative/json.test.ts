import { describe, expect, it } from 'vitest';
import { IngestError } from '../ingest/errors.js';
import { parseSeed, seedWriterInput } from './fixtures/haidong.js';
import { composeDisclosure, isWriterInput, parseInputJson, parseWriterInputJson } from './index.js';

describe('JSON input for `juesuan render`', () => {
  const input = seedWriterInput();

  it('tells a WriterInput from a canonical Disclosure by its format tag', () => {
    expect(isWriterInput(input)).toBe(true);
    expect(isWriterInput(parseSeed())).toBe(false);
    expect(isWriterInput(null)).toBe(false);
  });

  it('composes a WriterInput JSON into the same document as the object', () => {
    const doc = parseInputJson(JSON.stringify(input), 'input.json');
    expect(JSON.stringify(doc.narrative)).toBe(JSON.stringify(composeDisclosure(input).narrative));
    expect(parseWriterInputJson(JSON.stringify(input), 'input.json').lastYear?.grandTotal).toEqual({
      minor: 109441,
      scale: 2,
    });
  });

  it('returns a canonical Disclosure JSON as it is', () => {
    const seed = parseSeed();
    const doc = parseInputJson(JSON.stringify(seed), 'seed.json');
    expect(doc.narrative).toEqual(seed.narrative);
  });

  it('names the missing field of a bad WriterInput, and the line of a syntax error', () => {
    const noName = { ...input, meta: { ...input.meta, name: undefined } };
    expect(() => parseInputJson(JSON.stringify(noName), 'in.json')).toThrow('in.json：编写输入缺少单位名称“meta.name”');
    for (const layout of ['beijing', 'generic', undefined]) {
      const bad = { ...input, meta: { ...input.meta, layout } };
      expect(() => parseInputJson(JSON.stringify(bad), 'in.json')).toThrow(
        'in.json：编写输入的版式“meta.layout”应为 qinghai（青海版式）、shanghai（上海版式） 之一',
      );
    }
    expect(() => parseInputJson('{\n"format": "juesuan/writer-input@1",\n}', 'in.json')).toThrow(IngestError);
    expect(() => parseInputJson('{\n"format": "juesuan/writer-input@1",\n}', 'in.json')).toThrow(
      /in\.json，第 \d 行：JSON 语法错误/,
    );
  });
});
