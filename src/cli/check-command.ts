import { pathToFileURL } from 'node:url';
import type { Command } from 'commander';
import { basename } from 'node:path';
import type { FileReport, OtherDocument, ReportFormat } from '../app/index.js';
import type { Disclosure } from '../model/disclosure.js';
import { isIngestError } from '../app/errors.js';
import { choiceOption } from './chinese.js';
import { loadConfigOption } from './config-option.js';
import { limitOption } from './limits-option.js';
import type { ImportLimits } from '../model/limits.js';
import { ExitCode, UsageError, reportFailure, writeOut } from './io.js';
import { withParts } from './parts.js';
import { msg } from '../model/messages/index.js';

type FailOn = 'error' | 'warning' | 'never';

interface CheckOpts {
  readonly format: ReportFormat;
  readonly with: string[];
  readonly config?: string;
  readonly failOn: FailOn;
  readonly verbose?: boolean;
  readonly limit?: ImportLimits;
  readonly part?: string[];
}

/** `juesuan check FILE... [--format text|json|sarif|html] [--config FILE] [--fail-on error|warning|never]`. */
export function registerCheck(program: Command): void {
  program
    .command('check')
    .description('审核部门决算、预算公开文档：表内、表间勾稽，情况说明与报表一致，绩效自评表，完整性')
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
    .option(
      '-w, --with <file>',
      '与另一份公开比对（可多次使用）：上年同类公开、同年度预算、上年决算、所属单位；要审核的多个文件之间也互相比对',
      (v: string, prev: string[]) => [...prev, v],
      [] as string[],
    )
    .option('-c, --config <file>', '配置文件（JSON 或 YAML）：启用/关闭规则、调整级别、审核公式')
    .addOption(
      choiceOption(program, '--fail-on <level>', '有此级别及以上的问题时退出码为 1：error、warning 或 never', [
        'error',
        'warning',
        'never',
      ] as const).default('error'),
    )
    .addOption(limitOption(program))
    .option(
      '-p, --part <file>',
      '同一份公开文档的其余文件（如说明和报表分成两个 PDF 发布），可重复；与第一个文件合并为一份读取',
      (value: string, previous: string[] = []) => [...previous, value],
    )
    .action(async (files: string[], opts: CheckOpts) => {
      const app = await import('../app/index.js'); // loaded when a command runs: `--help` stays light
      const config = await loadConfigOption(opts.config);
      const deps = app.nodeDeps();
      const reports: FileReport[] = [];
      let unreadable = false;
      if (opts.part && files.length > 1) {
        throw new UsageError(msg('cli.partNeedsOneDocument'));
      }
      const read = async (file: string, parts?: string[]) => {
        try {
          return await app.importDocument(withParts(file, parts), deps, { ...config?.limits, ...opts.limit });
        } catch (e) {
          if (!isIngestError(e)) throw e;
          reportFailure(e); // one Chinese line naming the file; the other files are still checked
          unreadable = true;
          return undefined;
        }
      };
      const docs: { file: string; doc: Disclosure }[] = [];
      for (const file of files) {
        const doc = await read(file, opts.part);
        if (doc) docs.push({ file, doc });
      }
      // With --with, every checked file is also compared with the others given and with each other.
      const others: OtherDocument[] = [];
      for (const file of opts.with) {
        const doc = await read(file);
        if (doc) others.push({ doc, source: basename(file) });
      }
      const pool = [...others, ...docs.map((d) => ({ doc: d.doc, source: basename(d.file) }))];
      for (const { file, doc } of docs) {
        const result = opts.with.length > 0 ? app.checkWith(doc, pool, config) : app.check(doc, config);
        reports.push(app.fileReport(file, doc, result));
      }
      // Relative file names are relative to the working directory (SARIF's %SRCROOT%).
      const baseUri = pathToFileURL(`${process.cwd()}/`).href;
      if (reports.length > 0)
        await writeOut(app.formatReports(opts.format, reports, { baseUri, verbose: opts.verbose === true }));
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
