#!/usr/bin/env node
// The CLI is compiled to dist/ by `npm run build` (run automatically on `npm install`).
// `juesuan --version` answers before commander and the commands are loaded (start-up is most of its time).
const args = process.argv.slice(2);
if (args.length === 1 && (args[0] === '--version' || args[0] === '-v')) {
  const { VERSION } = await import('../dist/cli/version.js');
  process.stdout.write(`${VERSION}\n`);
} else {
  const { loadCli } = await import('./load-cli.js');
  const cli = loadCli('../dist/cli/main.cjs');
  process.exitCode = await cli.exports.main(process.argv);
  cli.saveCache();
}
