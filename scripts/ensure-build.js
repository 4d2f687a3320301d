// `npm start` builds first when a build is missing or older than its sources, then the server starts:
// the server (src → dist, esbuild: scripts/build.js) and the web app (web → web/dist, Vite; served by the server at /).
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

function newest(path) {
  if (!existsSync(path)) return 0;
  const s = statSync(path);
  if (!s.isDirectory()) return s.mtimeMs;
  let t = 0;
  for (const e of readdirSync(path)) if (e !== 'dist' && e !== 'node_modules') t = Math.max(t, newest(join(path, e)));
  return t;
}

function builtAt(file) {
  try {
    return statSync(file).mtimeMs;
  } catch {
    return 0;
  }
}

// The build writes every bundle at once: against the sources and the build itself (a pulled build.js may write
// other bundles than the ones in dist).
if (builtAt('dist/cli/main.cjs') < Math.max(newest('src'), newest('scripts/build.js'))) {
  process.stderr.write('juesuan：正在编译（npm run build）…\n');
  execFileSync(process.execPath, ['scripts/build.js'], { stdio: 'inherit' });
}

const webSources = Math.max(newest('web/src'), newest('web/index.html'), newest('web/vite.config.ts'));
if (builtAt('web/dist/index.html') < webSources) {
  if (existsSync('node_modules/vite/bin/vite.js')) {
    process.stderr.write('juesuan：正在构建网页应用（vite build）…\n');
    execFileSync(process.execPath, ['node_modules/vite/bin/vite.js', 'build', '--config', 'web/vite.config.ts'], {
      stdio: 'inherit',
    });
  } else {
    process.stderr.write('juesuan：未安装 vite（开发依赖），网页应用未构建；只提供 API。\n');
  }
}
