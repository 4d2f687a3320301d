import { Option, type Command } from 'commander';
import { checkDisclosure, ConfigError, loadCheckConfig, type CheckConfig } from '../check/index.js';
import { FORMATTERS, type FileReport } from '../check/formatters/index.js';
import { isIngestError, readDisclosureFile } from '../ingest/index.js';
import { ExitCode, UsageError, reportFailure, writeOut } from './io.js';

type FailOn = 'error' | 'warning' | 'never';

interface CheckOpts {
  readonly format: keyof typeof FORMATTERS;
  readonly config?: string;
  readonly failOn: FailOn;
}

/** `juesuan check FILE... [--format text|json|sarif|html] [--config FILE] [--fail-on error|warning|never]`. */
export function registerCheck(program: Command): void {
  program
    .command('check')
    .description('审核部门决算公开文档：表内、表间勾稽，情况说明与报表一致，绩效自评表，完整性')
    .argument('<files...>', '要审核的文件（.txt/.pdf/.json …）')
    .addOption(
      new Option('-f, --format <format>', '输出格式：text（中文报告）、json、sarif、html（独立网页）')
        .choices(['text', 'json', 'sarif', 'html'])
        .default('text'),
    )
    .option('-c, --config <file>', '配置文件（JSON 或 YAML）：启用/关闭规则、调整级别、审核公式')
    .addOption(
      new Option('--fail-on <level>', '有此级别及以上的问题时退出码为 1：error、warning 或 never')
        .choices(['error', 'warning', 'never'])
        .default('error'),
    )
    .action(async (files: string[], opts: CheckOpts) => {
      let config: CheckConfig | undefined;
      if (opts.config) {
        try {
          config = loadCheckConfig(opts.config);
        } catch (e) {
          if (e instanceof ConfigError) throw new UsageError(e.message);
          throw e;
        }
      }
      const reports: FileReport[] = [];
      let unreadable = false;
      for (const file of files) {
        try {
          const doc = await readDisclosureFile(file);
          const result = checkDisclosure(doc, config ? { config } : {});
          const { name, fiscalYear, unit, kind, layout, title, sourceFormat } = doc.meta;
          reports.push({
            file,
            document: { name, fiscalYear, unit, kind, layout, title, ...(sourceFormat ? { sourceFormat } : {}) },
            findings: result.findings,
            summary: result.summary,
            coverage: result.coverage,
          });
        } catch (e) {
          if (!isIngestError(e)) throw e;
          reportFailure(e); // one Chinese line naming the file; the other files are still checked
          unreadable = true;
        }
      }
      if (reports.length > 0) await writeOut(FORMATTERS[opts.format](reports));
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
