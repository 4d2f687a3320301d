import { cpSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';

const here = dirname(fileURLToPath(import.meta.url));
const pdfjsRoot = dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'));

/** pdf.js loads character maps and the standard fonts by URL for PDFs that do not embed theirs: ship them. */
function pdfjsAssets(): Plugin {
  return {
    name: 'juesuan-pdfjs-assets',
    apply: 'build',
    writeBundle(options) {
      const out = options.dir ?? join(here, 'dist');
      for (const d of ['cmaps', 'standard_fonts'])
        cpSync(join(pdfjsRoot, d), join(out, 'pdfjs', d), { recursive: true });
    },
  };
}

/** Compressed copies of the scripts and styles, sent as they are to browsers that accept them (@fastify/static). */
function precompress(): Plugin {
  return {
    name: 'juesuan-precompress',
    apply: 'build',
    writeBundle(options, bundle) {
      const out = options.dir ?? join(here, 'dist');
      for (const f of Object.keys(bundle).filter((n) => /\.(m?js|css)$/.test(n))) {
        const bytes = readFileSync(join(out, f));
        writeFileSync(join(out, `${f}.gz`), gzipSync(bytes, { level: 9 }));
        writeFileSync(join(out, `${f}.br`), brotliCompressSync(bytes));
      }
    },
  };
}

/** Prints what the first page costs (the entry's JS and CSS and what it imports statically, gzip) and the rest. */
function sizeReport(): Plugin {
  return {
    name: 'juesuan-size-report',
    apply: 'build',
    writeBundle(options, bundle) {
      const out = options.dir ?? join(here, 'dist');
      const entry = Object.values(bundle).find((c) => c.type === 'chunk' && c.isEntry);
      if (!entry || entry.type !== 'chunk') return;
      const first = new Set<string>();
      const visit = (name: string) => {
        if (first.has(name)) return;
        first.add(name);
        const c = bundle[name];
        if (c?.type === 'chunk') {
          c.imports.forEach(visit);
          c.viteMetadata?.importedCss.forEach((css) => first.add(css));
        }
      };
      visit(entry.fileName);
      const gz = (f: string) => gzipSync(readFileSync(join(out, f))).length;
      const kb = (n: number) => `${(n / 1024).toFixed(1)} kB`;
      const firstJs = [...first].filter((f) => f.endsWith('.js')).reduce((s, f) => s + gz(f), 0);
      const firstCss = [...first].filter((f) => f.endsWith('.css')).reduce((s, f) => s + gz(f), 0);
      const assets = readdirSync(join(out, 'assets'));
      const lazy = assets
        .map((f) => `assets/${f}`)
        .filter((f) => /\.m?js$/.test(f) && !first.has(f))
        .map((f) => ({ f, size: gz(f), raw: statSync(join(out, f)).size }))
        .sort((a, b) => b.size - a.size);
      const lines = [
        `首屏 JS（gzip）：${kb(firstJs)}（上限 600 kB），CSS（gzip）：${kb(firstCss)}，文件 ${[...first].join('、')}`,
        `按需加载的 JS（gzip）：${lazy.map((l) => `${l.f} ${kb(l.size)}`).join('，')}`,
      ];
      process.stdout.write(`${lines.join('\n')}\n`);
      if (firstJs > 600 * 1024) this.error(`首屏 JS 超过 600 kB（gzip）：${kb(firstJs)}`);
    },
  };
}

export default defineConfig({
  root: here,
  base: '/',
  plugins: [react(), pdfjsAssets(), precompress(), sizeReport()],
  build: {
    outDir: join(here, 'dist'),
    emptyOutDir: true,
    chunkSizeWarningLimit: 1500,
    sourcemap: false,
  },
  server: { proxy: { '/api': 'http://localhost:3000' } },
});
