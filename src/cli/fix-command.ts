import { extname } from 'node:path';
import type { Command } from 'commander';
import { PdfUnavailableError } from '../app/errors.js';
import { RENDER_FORMATS, type RenderFormat } from '../app/registries.js';
import { choiceOption } from './chinese.js';
import { loadConfigOption } from './config-option.js';
import { refuseOverwritingInput, writeFileAtomic } from './output-file.js';
import { ExitCode, UsageError, writeOut } from './io.js';
import { msg } from '../model/messages/index.js';

interface FixOpts {
  readonly output: string;
  readonly to?: RenderFormat;
  readonly config?: string;
}

function formatOf(output: string): RenderFormat | undefined {
  const ext = extname(output).slice(1).toLowerCase();
  const f = ext === 'htm' ? 'html' : ext;
  return (RENDER_FORMATS as readonly string[]).includes(f) ? (f as RenderFormat) : undefined;
}

/** `juesuan fix IN -o OUT [--to docx|json|…]`: ESLint's --fix for the 情况说明. */
export function registerFix(program: Command): void {
  program
    .command('fix')
    .description('自动修正情况说明中可确定的错误（金额、比率、增减用词、“%”、编号、重复标点），写出修正后的文档')
    .argument('<input>', '要修正的文件（.txt/.pdf/.docx/.json …）')
    .requiredOption('-o, --output <file>', '修正后的文档')
    .addOption(
      choiceOption(
        program,
        '-t, --to <format>',
        '输出格式：docx、xlsx、html、pdf、json、csv（省略时按输出文件扩展名）',
        RENDER_FORMATS,
      ),
    )
    .option('-c, --config <file>', '配置文件（JSON 或 YAML）：启用/关闭规则、调整级别')
    .action(async (input: string, opts: FixOpts) => {
      const format = opts.to ?? formatOf(opts.output);
      if (!format) throw new UsageError(msg('cli.needsTo', { formats: RENDER_FORMATS.join('、') }));
      // The corrected document never replaces the one it was read from (as render): the original stays for review.
      await refuseOverwritingInput(opts.output, [input]);
      const app = await import('../app/index.js'); // loaded when a command runs: `--help` stays light
      const config = await loadConfigOption(opts.config);
      const deps = app.nodeDeps();
      const doc = await app.importDocument({ path: input }, deps);
      const fixed = app.fixDocument(doc, config);
      let out: Uint8Array | string;
      try {
        out = await app.render(fixed.doc, format, deps);
      } catch (e) {
        if (e instanceof PdfUnavailableError) {
          process.stderr.write(msg('cli.line', { text: e.message }));
          process.exitCode = ExitCode.Unreadable;
          return;
        }
        throw e;
      }
      await writeFileAtomic(opts.output, out);
      await writeOut(msg('cli.fixWritten', { report: app.fixReport(fixed), file: opts.output, format }));
      process.exitCode = fixed.result.summary.error > 0 ? ExitCode.Findings : ExitCode.Ok;
    });
}
