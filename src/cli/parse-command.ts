import type { Command } from 'commander';
import { choiceOption } from './chinese.js';
import { writeOut } from './io.js';
import { limitOption } from './limits-option.js';
import type { ImportLimits } from '../model/limits.js';
import { addPartOption, withParts } from './parts.js';

const FORMATS = ['json', 'csv', 'summary'] as const;

/** `juesuan parse FILE [--format json|csv|summary]`: read a disclosure and print the model. */
export function registerParse(program: Command): void {
  const command = program
    .command('parse')
    .description('读取一份部门决算或预算公开文档（.txt/.pdf/.json/.xlsx/.docx），输出结构化数据')
    .argument('<file>', '要读取的文件')
    .addOption(
      choiceOption(
        program,
        '-f, --format <format>',
        '输出格式：json（标准 JSON）、csv（逐单元格）、summary（中文概览）',
        FORMATS,
      ).default('summary'),
    )
    .addOption(limitOption(program));
  addPartOption(command).action(
    async (file: string, opts: { format: (typeof FORMATS)[number]; part?: string[]; limit?: ImportLimits }) => {
      const app = await import('../app/index.js'); // loaded when a command runs: `--help` stays light
      const deps = app.nodeDeps();
      const doc = await app.importDocument(withParts(file, opts.part), deps, opts.limit);
      const out = opts.format === 'summary' ? await app.summaryOf(doc) : await app.render(doc, opts.format, deps);
      await writeOut(typeof out === 'string' ? out : Buffer.from(out).toString('utf8'));
    },
  );
}
