import { describe, expect, it } from 'vitest';
import { IngestError } from '../ingest/errors.js';
import { parseWriterInputJson } from '../ingest/json/index.js';
import { isWriterInput } from '../model/writer-input.js';
import { composeDisclosure } from '../narrative/index.js';
import { parseSeed, seedWriterInput } from '../../test/fixtures/haidong.js';
import { importText } from '../../test/import.js';

describe('JSON input: the canonical disclosure or the writer’s input', () => {
  const input = seedWriterInput();

  it('tells a WriterInput from a canonical Disclosure by its format tag', () => {
    expect(isWriterInput(input)).toBe(true);
    expect(isWriterInput(parseSeed())).toBe(false);
    expect(isWriterInput(null)).toBe(false);
  });

  it('composes a WriterInput JSON into the same document as the object', async () => {
    const doc = await importText(JSON.stringify(input), 'input.json');
    expect(JSON.stringify(doc.narrative)).toBe(JSON.stringify(composeDisclosure(input).narrative));
    expect(parseWriterInputJson(JSON.stringify(input), 'input.json').lastYear?.grandTotal).toEqual({
      minor: 109441,
      scale: 2,
    });
  });

  it('returns a canonical Disclosure JSON as it is', async () => {
    const seed = parseSeed();
    const doc = await importText(JSON.stringify(seed), 'seed.json');
    expect(doc.narrative).toEqual(seed.narrative);
  });

  it('names the missing field of a bad WriterInput, and the line of a syntax error', async () => {
    const noName = { ...input, meta: { ...input.meta, name: undefined } };
    await expect(importText(JSON.stringify(noName), 'in.json')).rejects.toThrow(
      'in.json：编写输入缺少单位名称“meta.name”',
    );
    for (const layout of ['beijing', 'generic', undefined]) {
      const badLayout = { ...input, meta: { ...input.meta, layout } };
      await expect(importText(JSON.stringify(badLayout), 'in.json')).rejects.toThrow(
        'in.json：编写输入的版式“meta.layout”应为 qinghai（青海版式）、shanghai（上海版式） 之一',
      );
    }
    const bad = '{\n"format": "juesuan/writer-input@1",\n}';
    await expect(importText(bad, 'in.json')).rejects.toThrow(IngestError);
    await expect(importText(bad, 'in.json')).rejects.toThrow(/in\.json，第 \d 行：JSON 语法错误/);
  });
});
