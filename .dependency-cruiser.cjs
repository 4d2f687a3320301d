/**
 * Juesuan's layers (docs/architecture.md), enforced by `npm run lint`. Dependencies point inward:
 *   model ← formats ← ingest | narrative | check | render | store ← app ← jobs ← server ← cli
 *   (jobs and server also use the store directly: they keep what app computes)
 * Inner layers never import each other; product code never imports test code; no file cycles.
 * Tests (*.test.ts) may cross layers (a writer test runs the checker on what it wrote), but never form cycles.
 */
const TEST = '\\.test\\.ts$';
const INNER = 'ingest|narrative|check|render|store';

/** A rule that files under `from` import nothing in src/ but what `allowed` matches. */
const only = (name, comment, from, allowed) => ({
  name,
  comment,
  severity: 'error',
  from: { path: from, pathNot: TEST },
  to: { path: '^src/', pathNot: allowed },
});

module.exports = {
  forbidden: [
    only(
      'model-depends-on-nothing',
      'src/model is the centre: it imports nothing else of the project.',
      '^src/model/',
      ['^src/model/'],
    ),
    only(
      'formats-on-model-only',
      'src/formats (neutral file-format descriptions) uses the model only.',
      '^src/formats/',
      ['^src/(model|formats)/'],
    ),
    only(
      'inner-layers-on-model-and-formats-only',
      'ingest, narrative, check, render and store use model and formats, never each other (compose them in src/app).',
      `^src/(${INNER})/`,
      ['^src/(model|formats)/', '^src/$1/'],
    ),
    only(
      'app-over-the-layers',
      'src/app composes the layers; it never imports a shell (cli, server, jobs).',
      '^src/app/',
      [`^src/(model|formats|${INNER}|app)/`],
    ),
    only(
      'shells-over-app',
      'cli is a thin shell over src/app (and the model’s types); it may start the server and use jobs.',
      '^src/cli/',
      ['^src/(app|model|jobs|server|cli)/'],
    ),
    only(
      'server-over-app-jobs-store',
      'The HTTP server is a shell over src/app, the jobs and the store.',
      '^src/server/',
      ['^src/(app|model|jobs|store|server)/'],
    ),
    only(
      'jobs-over-app-and-store',
      'Jobs (worker pool, queue) run src/app and keep their results in the store.',
      '^src/jobs/',
      ['^src/(app|model|store|jobs)/'],
    ),
    {
      name: 'known-layers-only',
      comment: 'Every folder of src/ is a layer with its rule above: add a new one to this file first.',
      severity: 'error',
      from: { path: '^src/', pathNot: `^src/(model|formats|${INNER}|app|cli|server|jobs)/` },
      to: {},
    },
    {
      name: 'no-test-code-in-product',
      comment: 'Fixtures and test helpers live under test/; product code never imports them.',
      severity: 'error',
      from: { path: '^src/', pathNot: TEST },
      to: { path: ['^test/', TEST] },
    },
    {
      name: 'web-over-http-only',
      comment: 'The web app talks to the server over its HTTP API only: nothing under web/ imports src/ (or test/).',
      severity: 'error',
      from: { path: '^web/' },
      to: { path: '^(src|test)/' },
    },
    {
      name: 'no-circular',
      comment: 'No file cycles, in product or test code.',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
    {
      name: 'not-to-unresolvable',
      severity: 'error',
      from: {},
      to: { couldNotResolve: true },
    },
  ],
  options: {
    includeOnly: '^(src|test|web/src|web/e2e)/',
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    // `.js` specifiers resolve to the `.ts` sources (TypeScript's NodeNext convention) through tsConfig.
    enhancedResolveOptions: { conditionNames: ['import', 'require', 'node', 'default'] },
    reporterOptions: { text: { highlightFocused: true } },
  },
};
