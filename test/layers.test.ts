import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { cruise, type ICruiseResult } from 'dependency-cruiser';
import extractDepcruiseOptions from 'dependency-cruiser/config-utl/extract-depcruise-options';
import extractTSConfig from 'dependency-cruiser/config-utl/extract-ts-config';
import { describe, expect, it } from 'vitest';

const CONFIG = fileURLToPath(new URL('../.dependency-cruiser.cjs', import.meta.url));

/** Cruises a small tree of files written to a temporary folder with the project's layer rules. */
async function violations(files: Record<string, string>): Promise<string[]> {
  const root = mkdtempSync(join(tmpdir(), 'juesuan-layers-'));
  const write = (path: string, text: string) => {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  };
  write('tsconfig.json', JSON.stringify({ compilerOptions: { module: 'NodeNext', moduleResolution: 'NodeNext' } }));
  for (const [path, text] of Object.entries(files)) write(path, text);
  const options = await extractDepcruiseOptions(CONFIG);
  const tsConfig = join(root, 'tsconfig.json');
  const result = await cruise(
    ['src', 'test'].filter((d) => Object.keys(files).some((f) => f.startsWith(`${d}/`))),
    { ...options, baseDir: root, tsConfig: { fileName: tsConfig } },
    {},
    { tsConfig: extractTSConfig(tsConfig) },
  );
  const output = result.output as ICruiseResult;
  return output.summary.violations.map((v) => `${v.rule.name}: ${v.from} → ${v.to}`).sort();
}

describe('npm run lint enforces the layers (dependency-cruiser, .dependency-cruiser.cjs)', () => {
  it('accepts imports that point inward', async () => {
    expect(
      await violations({
        'src/model/money.ts': 'export const zero = 0;\n',
        'src/formats/xlsx/layout.ts': "import { zero } from '../../model/money.js';\nexport const row = zero;\n",
        'src/ingest/xlsx/read.ts': "import { row } from '../../formats/xlsx/layout.js';\nexport const read = row;\n",
        'src/app/import.ts': "import { read } from '../ingest/xlsx/read.js';\nexport const importDocument = read;\n",
        'src/cli/main.ts': "import { importDocument } from '../app/import.js';\nexport const main = importDocument;\n",
      }),
    ).toEqual([]);
  });

  it('fails on a wrong-way import, a crossing between inner layers, a shell skipping the app, and a cycle', async () => {
    expect(
      await violations({
        'src/model/money.ts': "import { read } from '../ingest/read.js';\nexport const zero = read;\n",
        'src/ingest/read.ts': "import { write } from '../narrative/write.js';\nexport const read = 1 + write;\n",
        'src/narrative/write.ts': "import { a } from './a.js';\nexport const write = a;\n",
        'src/narrative/a.ts':
          "import { write } from './write.js';\nexport const a = 1;\nexport const w = () => write;\n",
        'src/cli/main.ts': "import { read } from '../ingest/read.js';\nexport const main = read;\n",
        'src/check/rule.ts': "import { seed } from '../../test/seed.js';\nexport const rule = seed;\n",
        'test/seed.ts': 'export const seed = 1;\n',
      }),
    ).toEqual([
      'inner-layers-on-model-and-formats-only: src/ingest/read.ts → src/narrative/write.ts',
      'model-depends-on-nothing: src/model/money.ts → src/ingest/read.ts',
      'no-circular: src/narrative/a.ts → src/narrative/write.ts',
      'no-test-code-in-product: src/check/rule.ts → test/seed.ts',
      'shells-over-app: src/cli/main.ts → src/ingest/read.ts',
    ]);
  });
});
