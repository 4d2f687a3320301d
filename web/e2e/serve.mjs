// The server the end-to-end tests drive: a fresh PGlite data directory, an administrator with a password,
// no samples loaded (the tests upload what they use). Removed again when the test run stops it.
import { execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const port = process.env.E2E_PORT ?? '3210';
const data = mkdtempSync(join(tmpdir(), 'juesuan-e2e-'));
const cli = ['bin/juesuan.js'];
execFileSync(
  process.execPath,
  [...cli, 'user', 'add', '管理员甲', '--role', '管理员', '--password', 'e2e-口令-1', '--data', data],
  {
    stdio: ['ignore', 'ignore', 'inherit'],
  },
);
const server = spawn(process.execPath, [...cli, 'serve', '--data', data, '--port', port, '--no-samples'], {
  stdio: 'inherit',
});
let stopping = false;
const stop = () => {
  if (stopping) return;
  stopping = true;
  server.kill('SIGTERM');
};
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
server.on('exit', (code) => {
  rmSync(data, { recursive: true, force: true });
  process.exit(stopping ? 0 : (code ?? 1));
});
