// Builds the CLI, the server and the worker threads into dist/ with esbuild: a few bundled files instead of ~300
// compiled modules, which a fresh `juesuan check` would otherwise resolve and load one by one (a third of the
// start-up of a check of a text file). Code used only by some commands stays in chunks loaded by `import()`, and the
// npm packages stay outside (loaded from node_modules as before). Type checking is `npm run typecheck`.
// Run: node scripts/build.js  (npm run build, npm install and `npm start` run it). JUESUAN_BUILD_READABLE=1 keeps one
// statement per line, so that a CPU profile's line ticks (--cpu-prof) point at code rather than at one long line.
import { build } from 'esbuild';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const src = join(root, 'src');
const dist = join(root, 'dist');

/**
 * Every output file sits one folder below dist/ (dist/cli/main.cjs, dist/chunks/…), while a source sits at any
 * depth below src/: a URL relative to a source's `import.meta.url` (the samples, the schema, a worker's script) is
 * rewritten for that depth, a file under src/ becoming its built counterpart under dist/.
 */
const relativeUrls = {
  name: 'relative-urls',
  setup(b) {
    b.onLoad({ filter: /[\\/]src[\\/].*\.ts$/ }, async (args) => {
      const text = await readFile(args.path, 'utf8');
      const contents = text.replace(/new URL\((['"])(\.\.?\/[^'"]*)\1, import\.meta\.url\)/g, (whole, quote, path) => {
        let target = resolve(dirname(args.path), path);
        if (target.startsWith(src + '/')) target = join(dist, relative(src, target)).replace(/\.ts$/, '.js');
        let rel = relative(join(dist, 'chunks'), target) + (path.endsWith('/') ? '/' : '');
        if (!rel.startsWith('.')) rel = `./${rel}`;
        return `new URL(${quote}${rel}${quote}, import.meta.url)`;
      });
      return { contents, loader: 'ts' };
    });
  },
};

/** Packages bundled into the CommonJS bundles (pure JavaScript, no files of their own read at run time). */
const BUNDLED = new Set(['commander', 'decimal.js', '@embedpdf/pdfium']);

/**
 * PDFium's JavaScript glue (300 KB) is a bundle of its own, dist/cli/pdfium.cjs, which the CLI and the worker load
 * through the code cache (bin/load-bundle.js) when they first read a PDF. Required from node_modules it was compiled
 * afresh by every process (~25 ms, 2–3% of a fresh PDF check); inside the CLI's bundle every other command would
 * read it too (+2% on `--help`). Its wasm stays a file: src/ingest/pdf/pdfium.ts compiles it and hands the glue the
 * module (instantiateWasm), so the glue never looks for it beside the bundle.
 */
const pdfiumGlueBundle = {
  name: 'pdfium-glue-bundle',
  setup(b) {
    b.onResolve({ filter: /^@embedpdf\/pdfium$/ }, (args) =>
      args.kind === 'entry-point' ? undefined : { path: 'pdfium', namespace: 'pdfium-glue' },
    );
    // Both bundles are two folders below the package's root (dist/cli, dist/jobs).
    b.onResolve({ filter: /load-bundle\.js$/, namespace: 'pdfium-glue' }, (args) => ({
      path: args.path,
      external: true,
    }));
    b.onLoad({ filter: /.*/, namespace: 'pdfium-glue' }, () => ({
      contents:
        "module.exports = require('../../bin/load-bundle.js').loadBundle('../dist/cli/pdfium.cjs', 'pdfium').exports;",
      loader: 'js',
    }));
  },
};

/**
 * commander loads node:child_process with itself, for subcommands run as separate executables, which Juesuan has
 * none of: required when spawned instead (~4 ms of every start-up). Another commander is bundled as it is.
 */
const lazyChildProcess = {
  name: 'lazy-child-process',
  setup(b) {
    b.onLoad({ filter: /[\\/]commander[\\/]lib[\\/]command\.js$/ }, async (args) => {
      const text = await readFile(args.path, 'utf8');
      const eager = "const childProcess = require('node:child_process');";
      if (!text.includes(eager)) return undefined;
      const lazy = "const childProcess = { spawn: (...a) => require('node:child_process').spawn(...a) };";
      return { contents: text.replace(eager, lazy), loader: 'js' };
    });
  },
};

/** `packages: 'external'`, but for the packages named: a bare import of any other stays a require(). */
function externalPackagesBut(bundled) {
  return {
    name: 'external-packages-but',
    setup(b) {
      b.onResolve({ filter: /^[^./]/ }, (args) => {
        const name = args.path.startsWith('@') ? args.path.split('/').slice(0, 2).join('/') : args.path.split('/')[0];
        return bundled.has(name) ? undefined : { path: args.path, external: true };
      });
    },
  };
}

await rm(dist, { recursive: true, force: true });
await build({
  absWorkingDir: root,
  entryPoints: ['src/app/pdf-worker.ts'],
  outbase: 'src',
  outdir: 'dist',
  chunkNames: 'chunks/[name]-[hash]',
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  packages: 'external',
  plugins: [relativeUrls],
  logLevel: 'warning',
});

/**
 * The bundle's text with every non-ASCII character written as a \u escape, which means the same character in a
 * string, a regular expression, an identifier and a comment alike (esbuild escapes strings, but leaves regular
 * expression literals and comments as they are). An identity escape of such a character (`\（`, the character
 * itself) loses its backslash. Line separators stay (escaped in a comment they would join the next line to it);
 * bin/load-bundle.js reads a bundle that is not all ASCII as UTF-8.
 */
function asciiOnly(text) {
  // eslint-disable-next-line no-control-regex -- the class is "not ASCII": it starts at U+0000 by definition
  return text.replace(/(\\*)([^\x00-\x7f\u2028\u2029])/g, (_, slashes, ch) => {
    const kept = slashes.length % 2 === 1 ? slashes.slice(1) : slashes;
    return `${kept}\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`;
  });
}

/**
 * The bundles bin/load-bundle.js runs, written inside CommonJS's function wrapper (Module.wrap's own text): compiled
 * as they are read, rather than joined to the wrapper first, which made V8 copy the whole text (1 MB) into its heap.
 * `cli/version` stays a plain module (bin/juesuan.js requires it). The opening is the one load-bundle.js looks for.
 */
function wrapped(path, text) {
  if (path.endsWith(`${join('cli', 'version')}.cjs`)) return text;
  return `(function (exports, require, module, __filename, __dirname) { ${text}\n});`;
}

// The CLI and the pool's worker once more, each as one CommonJS file, for bin/juesuan.js and bin/load-worker.js to run through V8's code cache (vm.Script with
// cachedData): a fresh `juesuan check` then skips compiling the functions an earlier run compiled, and loads one
// file instead of ~30 chunks (−12% of all instructions of a fresh text check, counted with callgrind). Node 20 has
// no compile cache for ES modules. Dynamic imports become lazy requires (Node ≥ 20.19 requires ES-module
// packages), so the bundle needs no dynamic-import callback, which vm.Script only offers behind a flag.
await build({
  absWorkingDir: root,
  entryPoints: {
    'cli/main': 'src/cli/main.ts',
    'cli/version': 'src/cli/version.ts',
    'jobs/worker': 'src/jobs/worker.ts',
    'cli/pdfium': '@embedpdf/pdfium',
  },
  outdir: 'dist',
  outExtension: { '.js': '.cjs' },
  bundle: true,
  format: 'cjs',
  platform: 'node',
  target: 'node20',
  // Template literals lowered to plain strings (esbuild leaves a String.raw template's text as it is): with
  // asciiOnly below, the bundle is read as latin1, not decoded as UTF-8 (which cost more than reading it).
  supported: { 'dynamic-import': false, 'template-literal': false },
  // Pure-JS packages every command loads go inside the bundle, and so into the code cache: loaded from
  // node_modules they were resolved and compiled afresh by every process (commander and decimal.js: ~20 ms).
  plugins: [relativeUrls, pdfiumGlueBundle, externalPackagesBut(BUNDLED), lazyChildProcess],
  // Whitespace only (names stay, for readable stack traces): a fifth less text to read and hash per start.
  minifyWhitespace: process.env.JUESUAN_BUILD_READABLE !== '1',
  define: { 'import.meta.url': '__juesuanModuleUrl' },
  banner: { js: 'const __juesuanModuleUrl = require("node:url").pathToFileURL(__filename).href;' },
  logLevel: 'warning',
  write: false,
}).then(({ outputFiles }) =>
  Promise.all(
    outputFiles.map(async (f) => {
      await mkdir(dirname(f.path), { recursive: true });
      await writeFile(f.path, wrapped(f.path, asciiOnly(f.text)));
    }),
  ),
);
