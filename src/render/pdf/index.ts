import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Disclosure } from '../../model/disclosure.js';
import { renderHtml } from '../html/index.js';
import { PdfUnavailableError } from './errors.js';
import { fixToUnicode } from './tounicode.js';

/** Debian's chromium (apt-get install chromium fonts-noto-cjk); JUESUAN_CHROMIUM names another binary. */
export const DEFAULT_CHROMIUM = '/usr/bin/chromium';

const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export { PdfUnavailableError };

export function chromiumPath(): string {
  return process.env.JUESUAN_CHROMIUM ?? DEFAULT_CHROMIUM;
}

export interface PdfOptions {
  /** Chromium binary; defaults to JUESUAN_CHROMIUM or /usr/bin/chromium. */
  readonly executablePath?: string;
  readonly timeoutMs?: number;
}

/**
 * The HTML rendering printed to PDF by headless Chromium, so Chinese text is embedded with the system's CJK fonts
 * (fonts-noto-cjk on Debian). A fresh profile directory per run, removed afterwards; no network.
 */
export async function renderPdf(doc: Disclosure, options: PdfOptions = {}): Promise<Uint8Array> {
  return htmlToPdf(renderHtml(doc), options);
}

/** One-shot: start Chromium, print, close. */
export async function htmlToPdf(html: string, options: PdfOptions = {}): Promise<Uint8Array> {
  const printer = await openPdfPrinter(options);
  try {
    return await printer.print(html);
  } finally {
    await printer.close();
  }
}

/** A running Chromium that prints many documents (batch rendering, the server): start-up is paid once. */
export interface PdfPrinter {
  print(html: string): Promise<Uint8Array>;
  render(doc: Disclosure): Promise<Uint8Array>;
  close(): Promise<void>;
}

/** playwright-core is an optional dependency, needed only for PDF output: loaded on first use. */
async function loadPlaywright(): Promise<typeof import('playwright-core')> {
  try {
    return await import('playwright-core');
  } catch {
    throw new PdfUnavailableError(
      '无法生成 PDF：没有安装可选依赖 playwright-core。请运行 npm install playwright-core；也可改用 --to html 或 --to docx',
    );
  }
}

export async function openPdfPrinter(options: PdfOptions = {}): Promise<PdfPrinter> {
  const executablePath = options.executablePath ?? chromiumPath();
  if (!existsSync(executablePath)) {
    throw new PdfUnavailableError(
      `无法生成 PDF：找不到 Chromium 浏览器（${executablePath}）。请安装：apt-get install -y chromium fonts-noto-cjk，` +
        '或用环境变量 JUESUAN_CHROMIUM 指定浏览器路径；也可改用 --to html 或 --to docx',
    );
  }
  const { chromium } = await loadPlaywright();
  const profile = await mkdtemp(join(tmpdir(), 'juesuan-chromium-'));
  const timeout = options.timeoutMs ?? 60_000;
  let context: Awaited<ReturnType<typeof chromium.launchPersistentContext>>;
  try {
    context = await chromium.launchPersistentContext(profile, {
      executablePath,
      headless: true,
      args: CHROMIUM_ARGS,
      timeout,
      offline: true,
    });
  } catch (e) {
    await rm(profile, { recursive: true, force: true });
    const why = e instanceof Error ? e.message.split('\n')[0] : String(e);
    throw new PdfUnavailableError(`无法生成 PDF：Chromium（${executablePath}）启动失败：${why}`);
  }
  const print = async (html: string): Promise<Uint8Array> => {
    const page = await context.newPage();
    try {
      page.setDefaultTimeout(timeout);
      await page.setContent(html, { waitUntil: 'load', timeout });
      const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
      return await fixToUnicode(new Uint8Array(pdf));
    } finally {
      await page.close();
    }
  };
  return {
    print,
    render: (doc) => print(renderHtml(doc)),
    async close() {
      try {
        await context.close();
      } finally {
        await rm(profile, { recursive: true, force: true });
      }
    },
  };
}
