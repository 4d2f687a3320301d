import type { Command } from 'commander';
import { systemClock } from '../app/node.js';
import { getLayout, writableLayouts } from '../model/layouts/index.js';
import { choiceOption } from './chinese.js';
import { UsageError } from './io.js';
import { writeFileAtomic } from './output-file.js';
import { msg } from '../model/messages/index.js';

/** `juesuan template [--layout qinghai|shanghai] [--year 2024] -o 模板.xlsx`: the fillable Excel workbook. */
export function registerTemplate(program: Command): void {
  // Choices from the layout registry: every layout that can be written (has tables and a narrative writer).
  const layouts = writableLayouts();
  const described = layouts.map((l) => `${l.id}（${l.name}，${l.schemas.length} 张表）`).join('或');
  program
    .command('template')
    .description('生成可填写的 Excel 模板（各张决算报表、上年数、年初预算、“三公”统计数、原因、绩效自评等）')
    .addOption(
      choiceOption(
        program,
        '-l, --layout <layout>',
        `版式：${described}`,
        layouts.map((l) => l.id),
      ).default(layouts[0]?.id),
    )
    .option('-y, --year <year>', '决算年度', String(systemClock.now().getFullYear() - 1))
    .requiredOption('-o, --output <file>', '输出的 .xlsx 文件')
    .action(async (opts: { layout: string; year: string; output: string }) => {
      const year = Number(opts.year);
      if (!/^\d{4}$/.test(opts.year) || year < 2000 || year > 2100) {
        throw new UsageError(msg('cli.badYear', { value: opts.year }));
      }
      if (!/\.xlsx$/i.test(opts.output)) throw new UsageError(msg('cli.templateExtension', { file: opts.output }));
      const { renderTemplate } = await import('../app/render.js');
      const bytes = await renderTemplate({ layout: opts.layout, year });
      await writeFileAtomic(opts.output, bytes);
      process.stderr.write(
        msg('cli.templateWritten', { file: opts.output, layout: getLayout(opts.layout).name, year }),
      );
    });
}
