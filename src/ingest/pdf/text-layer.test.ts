import { readFileSync } from 'node:fs';
import { PDFDict, PDFDocument, PDFName, PDFRawStream, PDFRef, decodePDFRawStream } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { IngestError } from '../errors.js';
import { buildPdf } from '../../../test/pdf-builder.js';
import { SAMPLES } from '../../../test/seed.js';
import { parsePdf } from './index.js';
import { judgeTextLayer, pageList } from './text-layer.js';

const PROSE =
  '2024 年度收入、支出总计 1551.86 万元，比上年收入、支出总计各增加 457.45 万元，增长 41.80%，主要原因是由于工作' +
  '需要部分人员划转，财政拨款收支增加。一般公共预算财政拨款支出决算为 1550.46 万元，完成年初预算的 132.95%。';

/**
 * A real sample whose fonts' ToUnicode maps are rewritten by `remap` (each mapped code point to another): the
 * page looks the same, the extracted text is what a broken producer would give.
 */
async function garble(file: string, remap: (cp: number) => number): Promise<Uint8Array> {
  const pdf = await PDFDocument.load(readFileSync(`${SAMPLES}${file}`));
  const ctx = pdf.context;
  for (const [, obj] of ctx.enumerateIndirectObjects()) {
    if (!(obj instanceof PDFDict)) continue;
    const ref = obj.get(PDFName.of('ToUnicode'));
    const stream = ref instanceof PDFRef ? ctx.lookup(ref) : undefined;
    if (!(ref instanceof PDFRef) || !(stream instanceof PDFRawStream)) continue;
    const cmap = new TextDecoder('latin1').decode(decodePDFRawStream(stream).decode());
    // Targets of bfchar/bfrange entries: the second <hex> on each mapping line.
    const fixed = cmap.replace(
      /^(<[0-9A-Fa-f]+>\s+(?:<[0-9A-Fa-f]+>\s+)?)<([0-9A-Fa-f]{4})>/gm,
      (_, head: string, hex: string) => {
        const cp = remap(parseInt(hex, 16));
        return `${head}<${cp.toString(16).toUpperCase().padStart(4, '0')}>`;
      },
    );
    ctx.assign(ref, ctx.flateStream(fixed));
  }
  return pdf.save();
}

describe('judgeTextLayer', () => {
  it('trusts real prose and tables, and pages with too little text to judge', () => {
    expect(judgeTextLayer(1, PROSE).reason).toBeUndefined();
    expect(
      judgeTextLayer(2, '301 工资福利支出 821.71 30101 基本工资 309.92 30102 津贴补贴 84.33').reason,
    ).toBeUndefined();
    expect(judgeTextLayer(3, '— 12 —').reason).toBeUndefined();
  });

  it('names private-use characters, U+FFFD and radicals, Latin letter soup, and random ideographs', () => {
    const pua = [...PROSE].map((c, i) => (i % 3 === 0 ? '\uE012' : c)).join('');
    expect(judgeTextLayer(1, pua).reason).toMatch(/私用区字符、替换符/);
    expect(judgeTextLayer(1, PROSE.replace(/[\u4e00-\u9fff]/g, '\uFFFD')).reason).toMatch(/私用区字符、替换符/);
    expect(judgeTextLayer(1, PROSE.replace(/[\u4e00-\u9fff]/g, 'q')).reason).toBe(
      '几乎没有汉字，大多是无意义的拉丁字母',
    );
    const shifted = PROSE.replace(/[\u4e00-\u9fff]/g, (c) => String.fromCodePoint((c.codePointAt(0) ?? 0) + 0x1234));
    expect(judgeTextLayer(1, shifted).reason).toMatch(/^汉字分布异常：常用字只占 \d+%/);
  });

  it('takes Latin letters that read as words for a document in another language, not for letter soup', () => {
    const english =
      'This document describes the library and the functions it provides for encoding and decoding structures, ' +
      'with examples of their use in the applications that depend on them.';
    expect(judgeTextLayer(1, english).reason).toBeUndefined();
    // The same letters a broken map gives for the prose's ideographs: one letter per ideograph, as its code says.
    const soup = PROSE.replace(/[\u4e00-\u9fff]/g, (c) => String.fromCharCode(97 + ((c.codePointAt(0) ?? 0) % 26)));
    expect(judgeTextLayer(1, soup).reason).toBe('几乎没有汉字，大多是无意义的拉丁字母');
  });

  it('lists pages as a reader writes them', () => {
    expect(pageList([3])).toBe('第 3 页');
    expect(pageList([1, 2, 3, 4, 7, 9, 10])).toBe('第 1–4、7、9、10 页');
  });
});

describe('a PDF in English', () => {
  it('is refused as not a disclosure, not as a garbled text layer', async () => {
    const lines = [
      'Annual Report of the Library Committee',
      'This document describes the library and the functions it provides for encoding',
      'and decoding structures, with examples of their use in the applications that depend on them.',
    ];
    const content = lines.map((l, i) => `BT /F1 12 Tf 72 ${760 - i * 20} Td (${l}) Tj ET`).join('\n');
    const e = await parsePdf(buildPdf([{ content }]), { file: 'report.pdf' }).then(
      () => undefined,
      (err: unknown) => err,
    );
    expect(e).toBeInstanceOf(IngestError);
    expect((e as IngestError).message).toMatch(/不是部门决算或部门预算公开文档/);
    expect((e as IngestError).message).not.toContain('文字层');
  }, 60_000);
});

describe('a PDF whose text layer is garbled (a real sample with its ToUnicode maps rewritten)', () => {
  const refused = async (bytes: Uint8Array) => {
    const e = await parsePdf(bytes, { file: '乱码.pdf' }).then(
      () => undefined,
      (err: unknown) => err,
    );
    expect(e).toBeInstanceOf(IngestError);
    return (e as IngestError).message;
  };

  // Private-use targets, as a font subset without a usable map gives. The Latin and random-ideograph cases are
  // judged on text above: PDFium falls back to the font's own tables for some rewritten maps.
  it('refused as an unreadable text layer naming the pages, not as "not a disclosure"', async () => {
    const message = await refused(await garble('putuo-czj-2024.pdf', (cp) => 0xe000 + (cp % 0x1000)));
    expect(message).toMatch(
      /^乱码\.pdf，第 \d+ 页：PDF 的文字层无法识别：第 [\d、–]+ 页提取出的文字\d+% 的字符是私用区字符/,
    );
    expect(message).toContain('ToUnicode');
    expect(message).not.toContain('不是部门决算');
  }, 60_000);
});
