import type { Command } from 'commander';
import type { CheckConfig, FileReport, ReportFormat } from '../app/index.js';
import { isIngestError } from '../app/errors.js';
import { choiceOption } from './chinese.js';
import { ExitCode, UsageError, reportFailure, writeOut } from './io.js';

type FailOn = 'error' | 'warning' | 'never';

interface CheckOpts {
  readonly format: ReportFormat;
  readonly config?: string;
  readonly failOn: FailOn;
  readonly verbose?: boolean;
}

/** `juesuan check FILE... [--format text|json|sarif|html] [--config FILE] [--fail-on error|warning|never]`. */
export function registerCheck(program: Command): void {
  program
    .command('check')
    .description('审核部门决算公开文档：表内、表间勾稽，情况说明与报表一致，绩效自评表，完整性')
    .argument('<files...>', '要审核的文件（.txt/.pdf/.json …）')
    .addOption(
      choiceOption(program, '-f, --format <format>', '输出格式：text（中文报告）、json、sarif、html（独立网页）', [
        'text',
        'json',
        'sarif',
        'html',
      ] as const).default('text'),
    )
    .option('-v, --verbose', '文本报告列出全部提示（默认把尾数差异等提示按表或章节汇总为一行）')
    .option('-c, --config <file>', '配置文件（JSON 或 YAML）：启用/关闭规则、调整级别、审核公式')
    .addOption(
      choiceOption(program, '--fail-on <level>', '有此级别及以上的问题时退出码为 1：error、warning 或 never', [
        'error',
        'warning',
        'never',
      ] as const).default('error'),
    )
    .action(async (files: string[], opts: CheckOpts) => {
      const app = await import('../app/index.js'); // loaded when a command runs: `--help` stays light
      let config: CheckConfig | undefined;
      if (opts.config) {
        try {
          config = app.loadCheckConfig(opts.config);
        } catch (e) {
          if (e instanceof app.ConfigError) throw new UsageError(e.message);
          throw e;
        }
      }
      const deps = app.nodeDeps();
      const reports: FileReport[] = [];
      let unreadable = false;
      for (const file of files) {
        try {
          const doc = await app.importDocument({ path: file }, deps);
          reports.push(app.fileReport(file, doc, app.check(doc, config)));
        } catch (e) {
          if (!isIngestError(e)) throw e;
          reportFailure(e); // one Chinese line naming the file; the other files are still checked
          unreadable = true;
        }
      }
      if (reports.length > 0)
        await writeOut(app.formatReports(opts.format, reports, { verbose: opts.verbose === true }));
      process.exitCode = unreadable
        ? ExitCode.Unreadable
        : failing(reports, opts.failOn)
          ? ExitCode.Findings
          : ExitCode.Ok;
    });
}

function failing(reports: readonly FileReport[], failOn: FailOn): boolean {
  if (failOn === 'never') return false;
  return reports.some((r) => r.summary.error > 0 || (failOn === 'warning' && r.summary.warning > 0));
}
