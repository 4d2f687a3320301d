// Writes web/src/api/generated.ts from the API's OpenAPI description: `npx tsx scripts/gen-api-types.ts`.
// src/server/api-types.test.ts fails while the file differs from what this writes.
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import * as prettier from 'prettier';
import { apiTypes, openApiDocument } from '../src/server/api-types.js';

const out = fileURLToPath(new URL('../web/src/api/generated.ts', import.meta.url));
const text = apiTypes(await openApiDocument());
writeFileSync(out, await prettier.format(text, { ...(await prettier.resolveConfig(out)), filepath: out }));
process.stderr.write('已写出 web/src/api/generated.ts\n');
