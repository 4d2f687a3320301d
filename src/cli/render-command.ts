import { extname } from 'node:path';
import type { Command } from 'commander';
import { PdfUnavailableError } from '../app/errors.js';
import { RENDER_FORMATS, RENDERERS, type RenderFormat } from '../app/registries.js';
import { choiceOption } from './chinese.js';
import { limitOption } from './limits-option.js';
import type { ImportLimits } from '../model/limits.js';
import { ExitCode, UsageError, writeOut } from './io.js';
import { refuseOverwritingInput, writeFileAtomic } from './output-file.js';
import { addPartOption, withParts } from './parts.js';
import { msg } from '../model/messages/index.js';

export { RENDER_FORMATS, type RenderFormat };

function formatOf(output: string | undefined): RenderFormat | undefined {
  const ext = output ? extname(output).slice(1).toLowerCase() : '';
  const alias: Record<string, RenderFormat> = { htm: 'html' };
  const f = alias[ext] ?? ext;
  return (RENDER_FORMATS as readonly string[]).includes(f) ? (f as RenderFormat) : undefined;
}

interface RenderOpts {
  readonly to?: RenderFormat;
  readonly output?: string;
  readonly allowErrors?: boolean;
  readonly limit?: ImportLimits;
  readonly part?: string[];
}

/**
 * `juesuan render INPUT --to docx|xlsx|html|pdf|json|csv -o OUT [--allow-errors]`: write the disclosure a
 * department publishes. What is about to be written is checked first: with errors nothing is written and the exit
 * code is 1 (with --allow-errors it is written, the report printed, and the exit code still 1).
 */
export function registerRender(program: Command): void {
  const command = program
    .command('render')
    .description('把决算（.json/.xlsx/.txt/.pdf/.docx）生成为可发布的文档：Word、Excel、网页、PDF 或标准 JSON')
    .argument('<input>', '输入文件：标准 JSON、编写输入 JSON、填好的 Excel 模板，或已有的 .txt/.pdf/.docx')
    .addOption(
      choiceOption(
        program,
        '-t, --to <format>',
        '输出格式：docx、xlsx、html、pdf、json、csv（省略时按输出文件扩展名）',
        RENDER_FORMATS,
      ),
    )
    .option('-o, --output <file>', '输出文件；html、json、csv 省略时写到标准输出')
    .option('--allow-errors', '审核发现错误时仍然生成（打印审核报告，退出码仍为 1）')
    .addOption(limitOption(program));
  addPartOption(command).action(async (input: string, opts: RenderOpts) => {
    const format = opts.to ?? formatOf(opts.output);
    if (!format) throw new UsageError(msg('cli.needsTo', { formats: RENDER_FORMATS.join('、') }));
    if (RENDERERS[format].binary && !opts.output) throw new UsageError(msg('cli.formatNeedsOutput', { format }));
    if (opts.output) await refuseOverwritingInput(opts.output, [input, ...(opts.part ?? [])]);
    const app = await import('../app/index.js'); // loaded when a command runs: `--help` stays light
    const deps = app.nodeDeps();
    // JSON is the canonical disclosure or the writer's input; a filled template is composed, too (see src/app).
    const doc = await app.importDocument(withParts(input, opts.part), deps, opts.limit);
    for (const d of doc.diagnostics) {
      if (d.severity !== 'info') process.stderr.write(msg('cli.renderNote', { text: d.message }));
    }
    // The checker runs on exactly what is about to be written.
    const result = app.check(doc);
    const errors = result.summary.error;
    if (errors > 0) {
      const shown = { ...result, findings: result.findings.filter((f) => f.severity !== 'info') };
      process.stderr.write(app.formatReports('text', [app.fileReport(input, doc, shown)]));
      process.exitCode = ExitCode.Findings;
      if (!opts.allowErrors) {
        process.stderr.write(
          msg('cli.renderRefused', { errors, target: opts.output ? ` ${opts.output}` : msg('cli.output') }) +
            msg('cli.renderRefusedHint'),
        );
        return;
      }
    }
    let out: Uint8Array | string;
    try {
      out = await app.render(doc, format, deps);
    } catch (e) {
      if (e instanceof PdfUnavailableError) {
        process.stderr.write(msg('cli.line', { text: e.message }));
        process.exitCode = ExitCode.Unreadable;
        return;
      }
      throw e;
    }
    if (!opts.output) {
      await writeOut(typeof out === 'string' ? out : Buffer.from(out).toString('utf8'));
      return;
    }
    await writeFileAtomic(opts.output, out);
    const size = typeof out === 'string' ? Buffer.byteLength(out) : out.byteLength;
    const flagged = errors > 0 ? `，含 ${errors} 个审核错误` : '';
    process.stderr.write(
      msg('cli.rendered', { file: opts.output, format, kb: Math.max(1, Math.round(size / 1024)), flagged }),
    );
  });
}
