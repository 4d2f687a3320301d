import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parsedSeed } from '../../../test/seed.js';
import { openPdf } from '../../ingest/pdf/extract.js';
import { PdfUnavailableError, chromiumPath, openPdfPrinter, renderPdf } from './index.js';
import { fixCMap, ideographFor } from './tounicode.js';

const haveChromium = existsSync(chromiumPath());

describe('ToUnicode repair', () => {
  it('maps Kangxi and supplement radicals to the ideographs the page shows', () => {
    expect(ideographFor(0x2f08)).toBe('人');
    expect(ideographFor(0x2f12)).toBe('力');
    expect(ideographFor(0x2ed4)).toBe('门');
    expect(ideographFor(0x4eba)).toBeUndefined();
    const cmap = '2 beginbfchar\n<1B> <2F08>\n<1C> <6D77>\nendbfchar\n1 beginbfchar\n<05> <2ED4>\nendbfchar';
    expect(fixCMap(cmap)).toBe(
      '2 beginbfchar\n<1B> <4EBA>\n<1C> <6D77>\nendbfchar\n1 beginbfchar\n<05> <95E8>\nendbfchar',
    );
    expect(fixCMap('1 beginbfchar\n<1C> <6D77>\nendbfchar')).toBeNull();
  });
});

describe('renderPdf', () => {
  it('says in Chinese that Chromium is missing, and how to install it', async () => {
    const e = await renderPdf(parsedSeed(), { executablePath: '/nonexistent/chromium' }).then(
      () => undefined,
      (err: unknown) => err,
    );
    expect(e).toBeInstanceOf(PdfUnavailableError);
    expect((e as Error).message).toContain('找不到 Chromium 浏览器（/nonexistent/chromium）');
    expect((e as Error).message).toContain('apt-get install -y chromium fonts-noto-cjk');
  });

  // CI installs Debian's chromium and fonts-noto-cjk (.ci/run); without them only the message above can be tested.
  it.skipIf(!haveChromium)(
    'prints the seed with its Chinese text embedded, wide tables on landscape pages',
    async () => {
      const pdf = await renderPdf(parsedSeed());
      expect(new TextDecoder().decode(pdf.slice(0, 5))).toBe('%PDF-');
      const doc = await openPdf(pdf, 'seed.pdf');
      try {
        expect(doc.pageCount).toBeGreaterThan(40);
        const pageText = async (n: number) => {
          const text = doc.pageText(n).replace(/\n/g, '');
          const { width, height } = doc.readPage(n);
          return { text, landscape: width > height };
        };
        const cover = await pageText(1);
        // 人, 力 and 门 as text, not the radicals ⼈ ⼒ ⻔ that share their glyphs in Noto CJK.
        expect(cover.text).toBe('海东市人力资源和社会保障局2024 年度部门决算');
        expect(cover.landscape).toBe(false);
        let t01: { text: string; landscape: boolean } | undefined;
        for (let n = 2; n <= doc.pageCount && !t01; n++) {
          const p = await pageText(n);
          if (p.text.includes('收入支出决算总表') && p.text.includes('1,477.46')) t01 = p;
        }
        expect(t01?.landscape).toBe(true);
        expect(t01?.text).toContain('公开01表');
        expect(t01?.text).toContain('一般公共预算财政拨款收入');
        expect(t01?.text).not.toMatch(/[\u2e80-\u2fdf]/);
      } finally {
        doc.close();
      }
    },
    60_000,
  );
});

describe('openPdfPrinter', () => {
  it.skipIf(!haveChromium)(
    'prints several documents with one Chromium, each a complete PDF',
    async () => {
      const printer = await openPdfPrinter();
      try {
        const a = await printer.render(parsedSeed());
        const b = await printer.print('<html><body><h1>第二份：测试</h1></body></html>');
        for (const pdf of [a, b]) {
          expect(new TextDecoder().decode(pdf.slice(0, 5))).toBe('%PDF-');
          expect(new TextDecoder().decode(pdf.slice(-6))).toContain('%%EOF');
        }
        expect(a.byteLength).toBeGreaterThan(b.byteLength * 5);
      } finally {
        await printer.close();
      }
    },
    120_000,
  );
});
