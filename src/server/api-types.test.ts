import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import * as prettier from 'prettier';
import { describe, expect, it } from 'vitest';
import { apiTypes, openApiDocument } from './api-types.js';

const GENERATED = fileURLToPath(new URL('../../web/src/api/generated.ts', import.meta.url));

describe("the web app's API types", () => {
  it('are what the OpenAPI description gives today (else run `npx tsx scripts/gen-api-types.ts`)', async () => {
    const text = apiTypes(await openApiDocument());
    const formatted = await prettier.format(text, {
      ...(await prettier.resolveConfig(GENERATED)),
      filepath: GENERATED,
    });
    expect(readFileSync(GENERATED, 'utf8')).toBe(formatted);
  });

  it('write objects, optional and nullable fields, literal unions and fixed-length arrays', () => {
    const text = apiTypes({
      paths: {
        '/api/x/{id}': {
          get: {
            responses: {
              '200': {
                content: {
                  'application/json': {
                    schema: {
                      type: 'object',
                      required: ['a', 'box'],
                      properties: {
                        a: { type: 'string', nullable: true },
                        b: { anyOf: [{ const: 'error' }, { const: 'warning' }] },
                        box: { type: 'array', items: { type: 'number' }, minItems: 4, maxItems: 4 },
                      },
                    },
                  },
                },
              },
            },
          },
        },
      },
    });
    expect(text).toContain("readonly 'GET /api/x/{id}': {");
    expect(text).toContain('readonly a: string | null;');
    expect(text).toContain('readonly b?: "error" | "warning";');
    expect(text).toContain('readonly box: readonly [number, number, number, number];');
  });
});
