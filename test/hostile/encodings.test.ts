import { describe, expect, it } from 'vitest';
import type { Disclosure } from '../../src/model/disclosure.js';
import { IngestError } from '../../src/ingest/errors.js';
import { importForTest } from '../import.js';
import { seedText } from '../seed.js';
import { encodeGb18030 } from '../gb18030.js';

/** What Chinese office software saves: the seed in GB18030, UTF-16, with full-width digits — all read alike. */
const figures = (d: Disclosure) =>
  d.tables.flatMap((t) =>
    t.rows.flatMap((r) => Object.values(r.cells).map((c) => `${t.id}/${r.key}/${c.column}=${JSON.stringify(c.value)}`)),
  );

describe('encodings and full-width characters', async () => {
  const utf8 = await importForTest({ bytes: new TextEncoder().encode(seedText()), file: 'seed.txt' });

  it.each([
    ['GB18030/GBK', () => encodeGb18030(seedText())],
    ['UTF-16（小端）', () => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(seedText(), 'utf16le')])],
    ['UTF-16（小端）', () => Buffer.from(seedText(), 'utf16le')], // no BOM: judged from the zero bytes
  ])('reads text saved as %s to the same tables, saying which encoding it read', async (name, bytes) => {
    const doc = await importForTest({ bytes: bytes(), file: 'seed.txt' });
    expect(figures(doc)).toEqual(figures(utf8));
    expect(doc.diagnostics[0]).toMatchObject({
      ruleId: 'import/encoding',
      severity: 'info',
      message: `seed.txt：按 ${name} 编码读取`,
    });
  });

  it('reads full-width digits (１，４７７．４６) as the figures they are', async () => {
    const wide = seedText().replace(/[0-9]/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0));
    const doc = await importForTest({ bytes: new TextEncoder().encode(wide), file: 'wide.txt' });
    expect(figures(doc)).toEqual(figures(utf8));
    expect(doc.diagnostics.map((d) => d.ruleId)).toContain('import/full-width-digits');
  });

  it('refuses bytes that are no known encoding, saying how to save them', async () => {
    const e: unknown = await importForTest({
      bytes: Uint8Array.from([0xff, 0xff, 0x81, 0x20, 0xfe]),
      file: 'x.txt',
    }).catch((err: unknown) => err);
    expect(e).toBeInstanceOf(IngestError);
    expect((e as Error).message).toContain('无法识别文件的文字编码');
  });
});
