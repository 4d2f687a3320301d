import { resolve } from 'node:path';
import type { Command } from 'commander';
import type { StoreLocation } from '../server/index.js';
import { UsageError } from './io.js';

/** PostgreSQL when DATABASE_URL is set; otherwise the PGlite data directory (--data, JUESUAN_DATA, ./data). */
export function storeLocation(data: string | undefined): StoreLocation {
  const url = process.env.DATABASE_URL;
  if (url && !data) return { databaseUrl: url };
  return { dataDir: resolve(data ?? process.env.JUESUAN_DATA ?? 'data') };
}

function portOf(text: string | undefined): number {
  const port = Number(text ?? process.env.PORT ?? 3000);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new UsageError(`端口“${text}”不正确，应为 0–65535`);
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
        'databaseUrl' in location
          ? 'juesuan：使用 PostgreSQL（DATABASE_URL）\n'
          : `juesuan：使用内嵌数据库，数据目录 ${location.dataDir}（首次创建需要几秒钟）\n`,
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
      process.stdout.write(`juesuan：服务已启动 ${server.url}  （API 文档 ${server.url}/api/docs）\n`);
      let stopping = false;
      const stop = (signal: string) => {
        if (stopping) return;
        stopping = true;
        process.stderr.write(`juesuan：收到 ${signal}，正在停止…\n`);
        server.close().then(
          () => process.exit(0),
          () => process.exit(1),
        );
      };
      process.once('SIGINT', () => stop('SIGINT'));
      process.once('SIGTERM', () => stop('SIGTERM'));
    });
}
