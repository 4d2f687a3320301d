// Runs a bundle (one CommonJS file: the CLI, or the pool's worker) through V8's code cache. Compiling the functions
// a command runs is a large part of a fresh process's (or thread's) work; the cache written after one run lets the
// next run deserialize them instead. The cache is only an optimisation: any failure to read or write it falls back to a plain compile, and
// JUESUAN_NO_COMPILE_CACHE=1 turns it off.
// CommonJS (bin/package.json), like bin/juesuan.js: an ES-module entry costs a fresh process ~8 ms of loader.
'use strict';
const { isAscii } = require('node:buffer');
const {
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  statSync,
  unlinkSync,
  writeFileSync,
} = require('node:fs');
const { createRequire, Module } = require('node:module');
const { tmpdir } = require('node:os');
const { join } = require('node:path');
const { Script } = require('node:vm');

/**
 * How scripts/build.js begins a bundle it writes inside CommonJS's function wrapper (Module.wrap's text). A literal,
 * not Module.wrap(''): were Node's wrapper ever to change, a wrapped bundle must still be recognised, not wrapped twice.
 */
const WRAPPED = '(function (exports, require, module, __filename, __dirname) { ';

/** FNV-1a, 32 bits, in hex: a file name for the key (node:crypto alone took longer to load than the key is worth). */
function fnv1a(text) {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193) >>> 0;
  return h.toString(16).padStart(8, '0');
}

/**
 * Where the cache of this exact bundle and use lives. V8 checks a cache only against the source's length, V8's
 * version and its flags, so the key also holds the bundle's size and modification time (a rebuilt bundle never
 * meets an old cache) and the Node version. The name starts with the use, so that a new cache replaces the stale
 * ones of the same use (see writeCache).
 */
function cachePath(file, stat, use) {
  const key = [file, stat.size, stat.mtimeMs, process.version, process.arch, process.execArgv.join(' ')].join('\n');
  // Per user id, which needs no user database (os.userInfo() reads /etc/passwd, and throws in a container without
  // an entry). Windows has no uid; its temporary folder is the user's own.
  const user = process.getuid?.() ?? 'user';
  const dir = process.env.JUESUAN_COMPILE_CACHE_DIR ?? join(tmpdir(), `juesuan-compile-cache-${user}`);
  const prefix = `${use.replace(/[^a-z0-9.]/gi, '_') || 'default'}-${fnv1a(file)}-`;
  return { dir, prefix, file: join(dir, `${prefix}${fnv1a(key)}.bin`) };
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
    // Caches of the same bundle and use for an earlier build or Node: never read again.
    for (const name of readdirSync(where.dir)) {
      const path = join(where.dir, name);
      if (name.startsWith(where.prefix) && name.endsWith('.bin') && path !== where.file) unlinkSync(path);
    }
  } catch {
    // a read-only or full temporary directory: the next run compiles again
  }
}

/**
 * The use of the first bundle this thread loaded (the command's, or `worker`). A bundle that one loads in turn
 * (PDFium's glue) is cached per that use: what it runs, and the V8 flags it runs under (bin/juesuan.js sets them per
 * command; V8 rejects a cache written under other flags), depend on the command.
 */
let firstUse;

/**
 * The bundle's exports, compiled with the code cache when one fits, and `saveCache`, to call once the command has
 * run: it writes the caches that did not fit (not at exit: a command may end the process itself). `path`: the
 * bundle, relative to this file; `use`: what it runs (one cache each: a cache written by `--help`, or by a check
 * of a text file, holds little of what a check of a PDF compiles).
 */
function loadBundle(path, use) {
  firstUse ??= use;
  if (use !== firstUse) use = `${firstUse}+${use}`;
  const file = join(__dirname, path);
  // The build writes the bundle in ASCII (scripts/build.js): read as latin1, without decoding UTF-8.
  const bytes = readFileSync(file);
  const source = isAscii(bytes) ? bytes.latin1Slice(0, bytes.length) : bytes.toString('utf8');
  const off = process.env.JUESUAN_NO_COMPILE_CACHE === '1';
  const where = off ? undefined : cachePath(file, statSync(file), use);
  const cachedData = where && readCache(where.file);
  // The build writes the bundle already wrapped (scripts/build.js): wrapping it here would copy it whole.
  const script = new Script(source.startsWith(WRAPPED) ? source : Module.wrap(source), { filename: file, cachedData });
  const module = { exports: {} };
  const require = createRequire(file);
  script.runInThisContext().call(module.exports, module.exports, require, module, file, join(file, '..'));
  if (where !== undefined && (!cachedData || script.cachedDataRejected === true)) unsaved.push({ where, script });
  return { exports: module.exports, saveCache };
}

/** The bundles this thread loaded without a cache that fitted, whose cache is still to be written. */
const unsaved = [];

/** Writes the caches still to be written: the CLI's, and that of PDFium's glue, which the CLI loads itself. */
function saveCache() {
  for (const { where, script } of unsaved.splice(0)) writeCache(where, script);
}

module.exports = { loadBundle };
