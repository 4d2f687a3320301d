/**
 * Juesuan's layers (docs/architecture.md), enforced by `npm run lint`. Dependencies point inward:
 *   model ← formats ← ingest | narrative | check | render | store ← app ← cli | server | jobs
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
      'cli, server and jobs are thin shells over src/app (and the model’s types); server and cli may use jobs.',
      '^src/(cli|server|jobs)/',
      ['^src/(app|model|jobs)/', '^src/$1/'],
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
    includeOnly: '^(src|test)/',
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    // `.js` specifiers resolve to the `.ts` sources (TypeScript's NodeNext convention) through tsConfig.
    enhancedResolveOptions: { conditionNames: ['import', 'require', 'node', 'default'] },
    reporterOptions: { text: { highlightFocused: true } },
  },
};
