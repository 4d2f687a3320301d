// Builds the CLI, the server and the worker threads into dist/ with esbuild: a few bundled files instead of ~300
// compiled modules, which a fresh `juesuan check` would otherwise resolve and load one by one (a third of the
// start-up of a check of a text file). Code used only by some commands stays in chunks loaded by `import()`, and the
// npm packages stay outside (loaded from node_modules as before). Type checking is `npm run typecheck`.
// Run: node scripts/build.js  (npm run build, npm install and `npm start` run it).
import { build } from 'esbuild';
import { readFile, rm } from 'node:fs/promises';
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

await rm(dist, { recursive: true, force: true });
await build({
  absWorkingDir: root,
  entryPoints: ['src/cli/version.ts', 'src/app/pdf-worker.ts'],
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

// The CLI and the pool's worker once more, each as one CommonJS file, for bin/juesuan.js and bin/load-worker.js to run through V8's code cache (vm.Script with
// cachedData): a fresh `juesuan check` then skips compiling the functions an earlier run compiled, and loads one
// file instead of ~30 chunks (−12% of all instructions of a fresh text check, counted with callgrind). Node 20 has
// no compile cache for ES modules. Dynamic imports become lazy requires (Node ≥ 20.19 requires ES-module
// packages), so the bundle needs no dynamic-import callback, which vm.Script only offers behind a flag.
await build({
  absWorkingDir: root,
  entryPoints: { 'cli/main': 'src/cli/main.ts', 'jobs/worker': 'src/jobs/worker.ts' },
  outdir: 'dist',
  outExtension: { '.js': '.cjs' },
  bundle: true,
  format: 'cjs',
  platform: 'node',
  target: 'node20',
  supported: { 'dynamic-import': false },
  packages: 'external',
  define: { 'import.meta.url': '__juesuanModuleUrl' },
  banner: { js: 'const __juesuanModuleUrl = require("node:url").pathToFileURL(__filename).href;' },
  plugins: [relativeUrls],
  logLevel: 'warning',
});
