import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { writePdf } from '../../../test/pdf-builder.js';
import { IngestError } from '../errors.js';
import { parsePdf } from './index.js';

const sample = readFileSync(new URL('../../../samples/shanghai-template-2024.pdf', import.meta.url));

/** A small valid PDF: one A4 page with the given content stream, optional extra trailer entries. */
function minimalPdf(content: string, trailerExtra = '', extraObjects: string[] = []): Uint8Array {
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << >> >>',
    `<< /Length ${content.length} >>\nstream\n${content}\nendstream`,
    ...extraObjects,
  ];
  return writePdf(objects, trailerExtra);
}

function rc4(key: Uint8Array, data: Uint8Array): Uint8Array {
  const s = Array.from({ length: 256 }, (_, i) => i);
  let j = 0;
  for (let i = 0; i < 256; i++) {
    j = (j + (s[i] ?? 0) + (key[i % key.length] ?? 0)) & 255;
    [s[i], s[j]] = [s[j] ?? 0, s[i] ?? 0];
  }
  const out = new Uint8Array(data.length);
  let a = 0;
  j = 0;
  for (let k = 0; k < data.length; k++) {
    a = (a + 1) & 255;
    j = (j + (s[a] ?? 0)) & 255;
    [s[a], s[j]] = [s[j] ?? 0, s[a] ?? 0];
    out[k] = (data[k] ?? 0) ^ (s[((s[a] ?? 0) + (s[j] ?? 0)) & 255] ?? 0);
  }
  return out;
}

/** A PDF encrypted with the standard security handler (R2, 40-bit) and a user password, as a reader sees it. */
function encryptedPdf(): Uint8Array {
  const pad = Buffer.from('28BF4E5E4E758A4164004E56FFFA01082E2E00B6D0683E802F0CA9FE6453697A', 'hex');
  const padded = (pw: string) => Buffer.concat([Buffer.from(pw, 'latin1'), pad]).subarray(0, 32);
  const o = rc4(createHash('md5').update(padded('owner')).digest().subarray(0, 5), padded('secret'));
  const id = Buffer.alloc(16, 7);
  const p = Buffer.alloc(4);
  p.writeInt32LE(-4);
  const key = createHash('md5').update(padded('secret')).update(o).update(p).update(id).digest().subarray(0, 5);
  const u = rc4(key, pad);
  const hex = (b: Uint8Array) => Buffer.from(b).toString('hex');
  return minimalPdf('BT ET', `/Encrypt 5 0 R /ID [<${hex(id)}> <${hex(id)}>]`, [
    `<< /Filter /Standard /V 1 /R 2 /O <${hex(o)}> /U <${hex(u)}> /P -4 >>`,
  ]);
}

async function failure(bytes: Uint8Array, options: Parameters<typeof parsePdf>[1] = {}): Promise<IngestError> {
  try {
    await parsePdf(bytes, { file: 'x.pdf', ...options });
  } catch (e) {
    expect(e).toBeInstanceOf(IngestError);
    return e as IngestError;
  }
  throw new Error('expected an IngestError');
}

describe('PDF limits and unreadable input end in a Chinese IngestError naming the file', () => {
  it('rejects an empty file and a file that is not a PDF', async () => {
    expect((await failure(new Uint8Array())).message).toBe('x.pdf：文件为空');
    expect((await failure(Buffer.from('上海市普陀区财政局 2024 年度部门决算'))).message).toContain('这不是 PDF 文件');
  });

  it('rejects a corrupt (truncated) PDF', async () => {
    const e = await failure(sample.subarray(0, 2000));
    expect(e.message).toMatch(/^x\.pdf(，第 \d+ 页)?：.*(损坏|无效|无法)/);
  });

  it('rejects an encrypted PDF', async () => {
    expect((await failure(encryptedPdf())).message).toBe('x.pdf：PDF 已加密（需要密码），无法读取');
  });

  it('rejects a PDF without a text layer (a scan)', async () => {
    const e = await failure(minimalPdf('0 0 0 rg 100 100 300 400 re f'));
    expect(e.message).toContain('没有文字层');
  });

  it('enforces the byte, page and time limits', async () => {
    expect((await failure(sample, { maxBytes: 1000 })).message).toMatch(/文件过大.*超过上限/);
    expect((await failure(sample, { maxPages: 5 })).message).toBe('x.pdf：共 23 页，超过上限 5 页');
    expect((await failure(sample, { timeoutMs: 1 })).message).toMatch(/^x\.pdf：读取超过 1 秒仍未完成，已中止$/);
  });

  it('rejects a PDF that is not a disclosure (no cover title)', async () => {
    const text = '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>';
    const doc = minimalPdf('BT /F1 12 Tf 72 700 Td (2024) Tj ET', '', [text]);
    const e = await failure(doc);
    expect(e.message).toContain('封面找不到');
  });
});
