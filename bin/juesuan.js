#!/usr/bin/env node
// The CLI is compiled to dist/ by `npm run build` (run automatically on `npm install`).
// `juesuan --version` answers before commander and the commands are loaded (start-up is most of its time).
const args = process.argv.slice(2);
if (args.length === 1 && (args[0] === '--version' || args[0] === '-v')) {
  const { VERSION } = await import('../dist/cli/version.js');
  process.stdout.write(`${VERSION}\n`);
} else {
  const { loadBundle } = await import('./load-bundle.js');
  // The command and the kind of its first input (check.pdf, check.txt, batch, serve…): each its own code cache.
  const [command = '', ...rest] = args;
  const input = rest.find((a) => !a.startsWith('-')) ?? '';
  const kind = /\.([a-z0-9]{1,5})$/i.exec(input)?.[1]?.toLowerCase() ?? '';
  const cli = loadBundle('../dist/cli/main.cjs', /^[a-z]+$/.test(command) ? `${command}.${kind}` : '');
  process.exitCode = await cli.exports.main(process.argv);
  cli.saveCache();
}
