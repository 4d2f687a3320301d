import { decodeText } from '../shared/decode.js';
import { refuseOversize } from '../shared/limits.js';
import { readFileSync } from 'node:fs';
import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';
import type { Disclosure } from '../../model/disclosure.js';
import { detectLayout } from '../../model/layouts/detect.js';
import { UnknownLayoutError } from '../../model/layouts/index.js';
import { findSchema, TABLE_SCHEMAS } from '../../model/schemas/index.js';
import { IngestError } from '../errors.js';
import { isWriterInput } from '../../model/writer-input.js';
import type { Imported, IngestAdapter } from '../adapter.js';
import { parseJsonText } from './parse.js';
import { validateWriterInput } from './writer-input.js';
import { msg, type MessageId } from '../../model/messages/index.js';

/** The published JSON Schema of the canonical form (schema/disclosure.schema.json at the package root). */
export const DISCLOSURE_SCHEMA_URL = new URL('../../../schema/disclosure.schema.json', import.meta.url);

let validator: ValidateFunction | undefined;

function getValidator(): ValidateFunction {
  if (!validator) {
    const schema = JSON.parse(readFileSync(DISCLOSURE_SCHEMA_URL, 'utf8')) as object;
    validator = new Ajv({ allErrors: true, strict: false }).compile(schema);
  }
  return validator;
}

/** One Chinese line per schema violation, naming the JSON path ("/tables/4/rows/2/cells/total"). */
function describe(e: ErrorObject): string {
  const at = e.instancePath === '' ? msg('ingest.json.root') : `“${e.instancePath}”`;
  switch (e.keyword) {
    case 'required':
      return msg('ingest.json.missingField', { at, field: String(e.params['missingProperty']) });
    case 'additionalProperties':
      return msg('ingest.json.extraField', { at, field: String(e.params['additionalProperty']) });
    case 'type':
      return msg('ingest.json.wrongType', { at, type: typeName(String(e.params['type'])) });
    case 'enum':
    case 'const':
      return msg('ingest.json.notAllowed', { at });
    case 'pattern':
      return msg('ingest.json.badFormat', { at });
    case 'minimum':
    case 'maximum':
      return msg('ingest.json.outOfRange', { at, limit: String(e.params['limit']) });
    default:
      return msg('ingest.json.schemaViolation', { at });
  }
}

const TYPE_NAMES: Readonly<Record<string, MessageId>> = {
  integer: 'ingest.json.type.integer',
  number: 'ingest.json.type.number',
  string: 'ingest.json.type.string',
  object: 'ingest.json.type.object',
  array: 'ingest.json.type.array',
  boolean: 'ingest.json.type.boolean',
  null: 'ingest.json.type.null',
};

/** JSON Schema's type names ("integer", "string,null") in Chinese. */
function typeName(types: string): string {
  return types
    .split(',')
    .map((t) => {
      const id = TYPE_NAMES[t];
      return id ? msg(id as 'ingest.json.type.integer') : t;
    })
    .join('或');
}

/**
 * Every table must name a registered schema: the schema gives its columns a meaning, so a table of an unknown
 * one could be neither checked nor rendered. The JSON Schema cannot know the registry; this does. An import
 * error (not a finding) because the document is malformed, as with any other schema violation, and every
 * command (parse, check, render) must say so the same way rather than check or print less.
 */
function assertKnownSchemas(doc: Disclosure, file: string): Disclosure {
  const unknown = doc.tables.filter((t) => !findSchema(t.schema));
  if (unknown.length === 0) return doc;
  const list = unknown.map((t) => `${t.id}“${t.title}”的表格式“${t.schema}”`).join('、');
  throw new IngestError(
    msg('ingest.json.unknownSchemas', {
      tables: list,
      examples: TABLE_SCHEMAS.slice(0, 2)
        .map((s) => s.id)
        .join('、'),
    }),
    { file },
    'ingest/unknown-table-schema',
  );
}

/** Validates a parsed JSON value as a canonical Disclosure; throws IngestError listing what is wrong. */
export function validateDisclosure(value: unknown, file: string): Disclosure {
  const validate = getValidator();
  if (validate(value)) return withKnownLayout(assertKnownSchemas(value as Disclosure, file), file);
  // A value out of range or of the wrong type first: inside a `oneOf` (a cell's value) it also fails the other
  // branches, whose complaints ("missing field") would otherwise hide it.
  const VALUE = new Set(['minimum', 'maximum', 'type']);
  const errors = (validate.errors ?? [])
    .filter((e) => e.keyword !== 'oneOf' && e.keyword !== 'if')
    .sort((a, b) => Number(VALUE.has(b.keyword)) - Number(VALUE.has(a.keyword)));
  const shown = errors.slice(0, 5).map(describe);
  const more = errors.length > 5 ? `等 ${errors.length} 处` : '';
  throw new IngestError(msg('ingest.json.invalid', { problems: shown.join('；'), more }), { file });
}

/**
 * The layout a valid document names must be registered (the JSON Schema only checks its spelling): it goes
 * through the one layout detection as a declared id; and each table's id must be that of its (registered) schema.
 */
function withKnownLayout(doc: Disclosure, file: string): Disclosure {
  let layout: string;
  try {
    layout = detectLayout({ declared: doc.meta.layout }).layout.id;
  } catch (e) {
    if (e instanceof UnknownLayoutError)
      throw new IngestError(msg('ingest.json.layout', { reason: e.message }), { file });
    throw e;
  }
  doc.tables.forEach((t, i) => {
    if (findSchema(t.schema)?.table !== t.id) {
      throw new IngestError(msg('ingest.json.tableSchemaMismatch', { index: i, table: t.id, schema: t.schema }), {
        file,
      });
    }
  });
  return layout === doc.meta.layout ? doc : { ...doc, meta: { ...doc.meta, layout } };
}

/** Parses and validates canonical JSON text. */
export function parseDisclosureJson(text: string, file: string): Disclosure {
  return validateDisclosure(parseJsonText(text, file), file);
}

/**
 * Reads either JSON Juesuan accepts: a canonical Disclosure (validated against its schema) or the writer's input
 * (numbers and reasons, composed by the application core), told apart by their format tag.
 */
export function parseImportedJson(text: string, file: string): Imported {
  const value = parseJsonText(text, file);
  return isWriterInput(value)
    ? { kind: 'writer-input', input: validateWriterInput(value, file) }
    : { kind: 'disclosure', doc: validateDisclosure(value, file) };
}

export const jsonAdapter: IngestAdapter = {
  format: 'json',
  extensions: ['.json'],
  async read(bytes, options) {
    refuseOversize(bytes, options, options.file);
    return parseImportedJson(decodeText(bytes, options.file).text, options.file);
  },
};

export { parseWriterInputJson, validateWriterInput } from './writer-input.js';
