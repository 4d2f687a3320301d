import type { Command } from 'commander';
import { importDocument, nodeDeps, render, summaryOf } from '../app/index.js';
import { choiceOption } from './chinese.js';
import { writeOut } from './io.js';

const FORMATS = ['json', 'csv', 'summary'] as const;

/** `juesuan parse FILE [--format json|csv|summary]`: read a disclosure and print the model. */
export function registerParse(program: Command): void {
  program
    .command('parse')
    .description('读取一份部门决算公开文档（.txt/.pdf/.json/.xlsx/.docx），输出结构化数据')
    .argument('<file>', '要读取的文件')
    .addOption(
      choiceOption(
        program,
        '-f, --format <format>',
        '输出格式：json（标准 JSON）、csv（逐单元格）、summary（中文概览）',
        FORMATS,
      ).default('summary'),
    )
    .action(async (file: string, opts: { format: (typeof FORMATS)[number] }) => {
      const deps = nodeDeps();
      const doc = await importDocument({ path: file }, deps);
      const out = opts.format === 'summary' ? await summaryOf(doc) : await render(doc, opts.format, deps);
      await writeOut(typeof out === 'string' ? out : Buffer.from(out).toString('utf8'));
    });
}
