import { isJuesuanError } from '../app/errors.js';
import { msg } from '../model/messages/index.js';

export const ExitCode = { Ok: 0, Findings: 1, Unreadable: 2 } as const;

/** Bad usage detected by a command (Chinese message, exit code 2). */
export class UsageError extends Error {}

/**
 * Prints a failure as one Chinese line and returns exit code 2; a stack trace only with JUESUAN_DEBUG=1. Every
 * error Juesuan raises on purpose is a JuesuanError (import, configuration, unknown schema …); anything else is
 * a bug and says so.
 */
export function reportFailure(e: unknown): number {
  if (isJuesuanError(e)) {
    process.stderr.write(msg('cli.line', { text: e.message }));
  } else {
    const detail = e instanceof Error ? e.message : String(e);
    process.stderr.write(msg('cli.internalError', { detail }));
    if (process.env.JUESUAN_DEBUG === '1' && e instanceof Error) process.stderr.write(`${e.stack ?? ''}\n`);
  }
  return ExitCode.Unreadable;
}

let pipeWatched = false;

/**
 * Writes to stdout, honouring back-pressure. When the reader goes away (`juesuan parse … | head`), the rest of the
 * output is dropped quietly instead of crashing with EPIPE.
 */
export function writeOut(text: string): Promise<void> {
  if (!pipeWatched) {
    pipeWatched = true;
    process.stdout.on('error', (e: NodeJS.ErrnoException) => {
      if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
      throw e;
    });
  }
  return new Promise((resolve) => {
    if (process.stdout.write(text)) resolve();
    else process.stdout.once('drain', () => resolve());
  });
}
