import { writeFile } from 'node:fs/promises';
import { basename } from 'node:path';
import type { Command } from 'commander';
import type { OtherDocument, RankingFigure } from '../app/index.js';
import { choiceOption } from './chinese.js';
import { UsageError, writeOut } from './io.js';
import { msg } from '../model/messages/index.js';

interface CompareOpts {
  readonly rank: boolean;
  readonly figures?: string;
  readonly format: 'json' | 'xlsx';
  readonly output?: string;
}

/**
 * `juesuan compare A B`: two disclosures' table lines side by side with differences and rates;
 * `juesuan compare --rank FILE...`: rankings of chosen figures over a set (a region's year). JSON or XLSX.
 */
export function registerCompare(program: Command): void {
  program
    .command('compare')
    .description(
      '比较：两份公开逐表逐行对照（差额、变动率）；或用 --rank 对一组公开的指标排名（“三公”增长、基本/项目支出占比、执行率）',
    )
    .argument('<files...>', '两个文件（A、B），或 --rank 时的一组文件')
    .option('--rank', '对一组公开排名，而不是两两对照', false)
    .option(
      '--figures <list>',
      '排名的指标，逗号分隔：threePublicGrowth、basicShare、projectShare、executionRate、threePublicExecution',
    )
    .addOption(
      choiceOption(program, '-f, --format <format>', '输出格式：json 或 xlsx（需 -o）', [
        'json',
        'xlsx',
      ] as const).default('json'),
    )
    .option('-o, --output <file>', '输出文件；json 省略时写到标准输出')
    .action(async (files: string[], opts: CompareOpts) => {
      if (!opts.rank && files.length !== 2) throw new UsageError(msg('cli.compareNeedsTwo'));
      if (opts.format === 'xlsx' && !opts.output) throw new UsageError(msg('cli.xlsxNeedsOutput'));
      const app = await import('../app/index.js'); // loaded when a command runs: `--help` stays light
      let figures: RankingFigure[] | undefined;
      if (opts.figures) {
        const known = app.RANKING_FIGURES as readonly string[];
        const asked = opts.figures
          .split(/[,，]/)
          .map((s) => s.trim())
          .filter(Boolean);
        const bad = asked.filter((f) => !known.includes(f));
        if (bad.length > 0)
          throw new UsageError(msg('cli.unknownFigures', { unknown: bad.join('、'), known: known.join('、') }));
        figures = asked as RankingFigure[];
      }
      const deps = app.nodeDeps();
      const docs: OtherDocument[] = [];
      for (const file of files)
        docs.push({ doc: await app.importDocument({ path: file }, deps), source: basename(file) });
      const result = opts.rank ? app.rankDisclosures(docs, figures) : app.compareDisclosures(docs[0]!, docs[1]!);
      if (opts.format === 'xlsx') {
        const bytes = opts.rank
          ? await app.rankingsXlsx(result as ReturnType<typeof app.rankDisclosures>)
          : await app.comparisonXlsx(result as ReturnType<typeof app.compareDisclosures>);
        await writeFile(opts.output!, bytes);
        process.stderr.write(msg('cli.generated', { file: opts.output ?? '' }));
        return;
      }
      const json = JSON.stringify(result, null, 2) + '\n';
      if (opts.output) await writeFile(opts.output, json);
      else await writeOut(json);
    });
}
