import { resolve } from 'node:path';
import type { Command } from 'commander';
import type { StoreLocation } from '../server/index.js';
import { UsageError } from './io.js';
import { msg } from '../model/messages/index.js';

/** PostgreSQL when DATABASE_URL is set; otherwise the PGlite data directory (--data, JUESUAN_DATA, ./data). */
export function storeLocation(data: string | undefined): StoreLocation {
  const url = process.env.DATABASE_URL;
  if (url && !data) return { databaseUrl: url };
  return { dataDir: resolve(data ?? process.env.JUESUAN_DATA ?? 'data') };
}

function portOf(text: string | undefined): number {
  const port = Number(text ?? process.env.PORT ?? 3000);
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new UsageError(msg('cli.badPort', { value: String(text ?? process.env.PORT) }));
  return port;
}

/** `juesuan serve [--data DIR] [--port N]`: the HTTP API over the store, with the samples loaded on first start. */
export function registerServe(program: Command): void {
  program
    .command('serve')
    .description('启动服务：存储（默认内嵌 PGlite，设置 DATABASE_URL 则用 PostgreSQL）+ HTTP API；首次启动载入样例')
    .option('-d, --data <dir>', '数据目录（内嵌数据库；默认 ./data 或环境变量 JUESUAN_DATA）')
    .option('-p, --port <n>', '端口（默认 3000 或环境变量 PORT）')
    .option('--host <host>', '监听地址（默认 127.0.0.1；对外服务用 0.0.0.0）', '127.0.0.1')
    .option('--no-samples', '首次启动时不载入 samples/ 中的样例')
    .action(async (opts: { data?: string; port?: string; host: string; samples: boolean }) => {
      const location = storeLocation(opts.data);
      process.stderr.write(
        'databaseUrl' in location ? msg('cli.usingPostgres') : msg('cli.usingEmbedded', { dir: location.dataDir }),
      );
      const { startServer } = await import('../server/index.js'); // the server's libraries load only for `serve`
      // Requests per minute per client address (default 30000); benchmarks raise it to measure raw throughput.
      const rate = Number(process.env.JUESUAN_RATE_LIMIT);
      const server = await startServer({
        location,
        port: portOf(opts.port),
        host: opts.host,
        samples: opts.samples,
        ...(Number.isInteger(rate) && rate > 0 ? { limits: { requestsPerMinute: rate } } : {}),
      });
      process.stdout.write(msg('cli.serving', { url: server.url, docsUrl: server.url }));
      let stopping = false;
      const stop = (signal: string) => {
        if (stopping) return;
        stopping = true;
        process.stderr.write(msg('cli.stopping', { signal }));
        server.close().then(
          () => process.exit(0),
          () => process.exit(1),
        );
      };
      process.once('SIGINT', () => stop('SIGINT'));
      process.once('SIGTERM', () => stop('SIGTERM'));
    });
}
