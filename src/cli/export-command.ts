import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Command } from 'commander';
import type { ExportItem } from '../app/index.js';
import { isIngestError } from '../app/errors.js';
import { ExitCode, UsageError, reportFailure } from './io.js';
import { cannotWrite } from './output-file.js';
import { msg } from '../model/messages/index.js';

/** `juesuan export --datapackage OUTDIR FILE...`: open data (CSV + datapackage.json) of several disclosures. */
export function registerExport(program: Command): void {
  program
    .command('export')
    .description('导出开放数据：逐单元格的 CSV、审核问题 CSV 和描述它们的 datapackage.json（Frictionless 数据包）')
    .argument('<files...>', '要导出的文件（.txt/.pdf/.json/.xlsx/.docx），例如一个地区一个年度的全部文档')
    .requiredOption('--datapackage <dir>', '输出文件夹（不存在则创建）')
    .option('--title <title>', '数据包标题')
    .action(async (files: string[], opts: { datapackage: string; title?: string }) => {
      const app = await import('../app/index.js'); // loaded when a command runs: `--help` stays light
      const deps = app.nodeDeps();
      const items: ExportItem[] = [];
      let unreadable = false;
      for (const file of files) {
        try {
          items.push({ doc: await app.importDocument({ path: file }, deps) });
        } catch (e) {
          if (!isIngestError(e)) throw e;
          reportFailure(e); // named in one Chinese line; the other files are still exported
          unreadable = true;
        }
      }
      if (items.length === 0) throw new UsageError(msg('cli.nothingToExport'));
      const years = [...new Set(items.map((i) => i.doc.meta.fiscalYear))].sort();
      const pkg = await app.exportDataPackage(items, {
        scope: years.length === 1 ? [years[0]] : [years[0], years.at(-1)],
        now: deps.clock.now(),
        ...(opts.title ? { title: opts.title } : {}),
      });
      try {
        await mkdir(opts.datapackage, { recursive: true });
        for (const [name, text] of Object.entries(pkg)) await writeFile(join(opts.datapackage, name), text);
      } catch (e) {
        throw cannotWrite(opts.datapackage, e);
      }
      const cells = pkg['cells.csv']!.split('\r\n').length - 2;
      process.stderr.write(msg('cli.exported', { documents: items.length, cells, dir: opts.datapackage }));
      process.exitCode = unreadable ? ExitCode.Unreadable : ExitCode.Ok;
    });
}
