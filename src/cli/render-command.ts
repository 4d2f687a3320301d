import { readFile, writeFile } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import { Option, type Command } from 'commander';
import { IngestError } from '../ingest/errors.js';
import { readDisclosureFile } from '../ingest/index.js';
import type { Disclosure } from '../model/disclosure.js';
import { parseInputJson } from '../narrative/json.js';
import { renderDocx } from '../render/docx/index.js';
import { renderHtml } from '../render/html/index.js';
import { PdfUnavailableError, renderPdf } from '../render/pdf/index.js';
import { renderXlsx } from '../render/xlsx/index.js';
import { ExitCode, UsageError, writeOut } from './io.js';

export const RENDER_FORMATS = ['docx', 'xlsx', 'html', 'pdf', 'json'] as const;
export type RenderFormat = (typeof RENDER_FORMATS)[number];

const BINARY: ReadonlySet<RenderFormat> = new Set(['docx', 'xlsx', 'pdf']);

/** The rendered bytes or text of a disclosure in one output format. */
export async function renderAs(doc: Disclosure, format: RenderFormat): Promise<Uint8Array | string> {
  switch (format) {
    case 'docx':
      return renderDocx(doc);
    case 'xlsx':
      return renderXlsx(doc);
    case 'html':
      return renderHtml(doc);
    case 'pdf':
      return renderPdf(doc);
    case 'json':
      return JSON.stringify(doc, null, 2) + '\n';
  }
}

/**
 * The document to render: a JSON file is the canonical disclosure or the writer's input (composed into the whole
 * disclosure, 情况说明 written from the numbers); any other file is read by its import adapter (.txt, .pdf, .docx,
 * .xlsx — a filled template is composed by the writer, a rendered workbook read as it stands).
 */
export async function readRenderInput(path: string): Promise<Disclosure> {
  if (extname(path).toLowerCase() !== '.json') return readDisclosureFile(path);
  const file = basename(path);
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new IngestError(code === 'ENOENT' ? '文件不存在' : '无法读取文件', { file });
  }
  return parseInputJson(text, file);
}

function formatOf(output: string | undefined): RenderFormat | undefined {
  const ext = output ? extname(output).slice(1).toLowerCase() : '';
  const alias: Record<string, RenderFormat> = { htm: 'html' };
  const f = alias[ext] ?? ext;
  return (RENDER_FORMATS as readonly string[]).includes(f) ? (f as RenderFormat) : undefined;
}

/** `juesuan render INPUT --to docx|xlsx|html|pdf|json -o OUT`: write the disclosure a department publishes. */
export function registerRender(program: Command): void {
  program
    .command('render')
    .description('把决算（.json/.xlsx/.txt/.pdf/.docx）生成为可发布的文档：Word、Excel、网页、PDF 或标准 JSON')
    .argument('<input>', '输入文件：标准 JSON、编写输入 JSON、填好的 Excel 模板，或已有的 .txt/.pdf/.docx')
    .addOption(
      new Option('-t, --to <format>', '输出格式：docx、xlsx、html、pdf、json（省略时按输出文件扩展名）').choices(
        RENDER_FORMATS,
      ),
    )
    .option('-o, --output <file>', '输出文件；html、json 省略时写到标准输出')
    .action(async (input: string, opts: { to?: RenderFormat; output?: string }) => {
      const format = opts.to ?? formatOf(opts.output);
      if (!format) throw new UsageError('请用 --to 指定输出格式（docx、xlsx、html、pdf、json）');
      if (BINARY.has(format) && !opts.output) throw new UsageError(`--to ${format} 需要用 -o 指定输出文件`);
      const doc = await readRenderInput(input);
      for (const d of doc.diagnostics) {
        if (d.severity !== 'info') process.stderr.write(`juesuan：注意：${d.message}\n`);
      }
      let out: Uint8Array | string;
      try {
        out = await renderAs(doc, format);
      } catch (e) {
        if (e instanceof PdfUnavailableError) {
          process.stderr.write(`juesuan：${e.message}\n`);
          process.exitCode = ExitCode.Unreadable;
          return;
        }
        throw e;
      }
      if (!opts.output) {
        await writeOut(typeof out === 'string' ? out : Buffer.from(out).toString('utf8'));
        return;
      }
      try {
        await writeFile(opts.output, out);
      } catch (e) {
        const code = (e as NodeJS.ErrnoException).code;
        const why = code === 'ENOENT' ? '所在文件夹不存在' : code === 'EACCES' ? '没有写入权限' : '无法写入';
        throw new UsageError(`${opts.output}：${why}`);
      }
      const size = typeof out === 'string' ? Buffer.byteLength(out) : out.byteLength;
      process.stderr.write(`juesuan：已生成 ${opts.output}（${format}，${Math.max(1, Math.round(size / 1024))} KB）\n`);
    });
}
