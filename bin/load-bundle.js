// Runs a bundle (one CommonJS file: the CLI, or the pool's worker) through V8's code cache. Compiling the functions
// a command runs is a large part of a fresh process's (or thread's) work; the cache written after one run lets the
// next run deserialize them instead. The cache is only an optimisation: any failure to read or write it falls back to a plain compile, and
// JUESUAN_NO_COMPILE_CACHE=1 turns it off.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { createRequire, Module } from 'node:module';
import { tmpdir, userInfo } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, URL } from 'node:url';
import { Script } from 'node:vm';

/**
 * Where the cache of this exact bundle and use lives. V8 checks a cache only against the source's length, V8's
 * version and its flags, so the key also holds the bundle's size and modification time (a rebuilt bundle never
 * meets an old cache) and the Node version.
 */
function cachePath(file, stat, use) {
  const key = createHash('sha256')
    .update([file, stat.size, stat.mtimeMs, process.version, process.arch, process.execArgv.join(' '), use].join('\n'))
    .digest('hex')
    .slice(0, 24);
  let user = 'user';
  try {
    user = String(userInfo().uid);
  } catch {
    // no user database entry (containers): one shared name, still per machine
  }
  const dir = process.env.JUESUAN_COMPILE_CACHE_DIR ?? join(tmpdir(), `juesuan-compile-cache-${user}`);
  return { dir, file: join(dir, `${key}.bin`) };
}

function readCache(path) {
  try {
    return readFileSync(path);
  } catch {
    return undefined;
  }
}

/** Written once the command has run, so that the cache holds every function it compiled; atomically (rename). */
function writeCache(where, script) {
  try {
    // Not `recursive`: the temporary directory exists, and a recursive mkdir can spin forever under /proc.
    if (!existsSync(where.dir)) mkdirSync(where.dir, { mode: 0o700 });
    const tmp = `${where.file}.${process.pid}.tmp`;
    writeFileSync(tmp, script.createCachedData(), { mode: 0o600 });
    renameSync(tmp, where.file);
  } catch {
    // a read-only or full temporary directory: the next run compiles again
  }
}

/**
 * The bundle's exports, compiled with the code cache when one fits, and `saveCache`, to call once the command has
 * run: it writes the cache when none fitted (not at exit: a command may end the process itself). `path`: the
 * bundle, relative to this file; `use`: what it runs (one cache each: a cache written by `--help`, or by a check
 * of a text file, holds little of what a check of a PDF compiles).
 */
export function loadBundle(path, use) {
  const file = fileURLToPath(new URL(path, import.meta.url));
  const source = readFileSync(file, 'utf8');
  const off = process.env.JUESUAN_NO_COMPILE_CACHE === '1';
  const where = off ? undefined : cachePath(file, statSync(file), use);
  const cachedData = where && readCache(where.file);
  const script = new Script(Module.wrap(source), { filename: file, cachedData });
  const module = { exports: {} };
  const require = createRequire(file);
  script.runInThisContext().call(module.exports, module.exports, require, module, file, join(file, '..'));
  const stale = where !== undefined && (!cachedData || script.cachedDataRejected === true);
  return { exports: module.exports, saveCache: () => stale && writeCache(where, script) };
}
