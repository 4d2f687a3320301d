import { Option, type Command } from 'commander';
import { readDisclosureFile } from '../ingest/index.js';
import { renderTidyCsv } from '../render/csv.js';
import { renderSummary } from '../render/summary.js';
import { writeOut } from './io.js';

/** `juesuan parse FILE [--format json|csv|summary]`: read a disclosure and print the model. */
export function registerParse(program: Command): void {
  program
    .command('parse')
    .description('读取一份部门决算公开文档（.txt/.pdf/.json/.xlsx/.docx），输出结构化数据')
    .argument('<file>', '要读取的文件')
    .addOption(
      new Option('-f, --format <format>', '输出格式：json（标准 JSON）、csv（逐单元格）、summary（中文概览）')
        .choices(['json', 'csv', 'summary'])
        .default('summary'),
    )
    .action(async (file: string, opts: { format: 'json' | 'csv' | 'summary' }) => {
      const doc = await readDisclosureFile(file);
      const out =
        opts.format === 'json'
          ? JSON.stringify(doc, null, 2) + '\n'
          : opts.format === 'csv'
            ? renderTidyCsv(doc)
            : renderSummary(doc);
      await writeOut(out);
    });
}
