/**
 * Validates an open-data package the way a consumer would: the descriptor against the Frictionless profiles (the
 * JSON Schemas the `datapackage` npm package ships: tabular-data-package and table-schema, checked with ajv), and
 * every CSV read back against its Table Schema (header, types, required fields, enums, unique primary keys,
 * foreign keys that resolve).
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { Ajv } from 'ajv';
import addFormats from 'ajv-formats';

const require = createRequire(import.meta.url);

function profile(spec: string): Record<string, unknown> {
  const json = JSON.parse(readFileSync(require.resolve(spec), 'utf8')) as Record<string, unknown>;
  delete json.$schema; // draft-04 declared; its keywords used here mean the same under ajv's default draft
  return json;
}

let validators: { pkg: (d: unknown) => boolean; table: (d: unknown) => boolean; errors: () => string } | undefined;

function profiles() {
  if (validators) return validators;
  const ajv = new Ajv({ strict: false, allErrors: true });
  (addFormats as unknown as (a: Ajv) => void)(ajv);
  ajv.addFormat('textarea', true);
  const pkg = ajv.compile(profile('datapackage/lib/profiles/tabular-data-package.json'));
  const table = ajv.compile(profile('tableschema/lib/profiles/table-schema.json'));
  validators = {
    pkg: (d) => pkg(d),
    table: (d) => table(d),
    errors: () => ajv.errorsText([...(pkg.errors ?? []), ...(table.errors ?? [])]),
  };
  return validators;
}

/** RFC 4180 CSV (quoted fields, doubled quotes, CRLF). */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  const endField = () => {
    row.push(field);
    field = '';
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') endField();
    else if (c === '\r' && text[i + 1] === '\n') {
      endField();
      rows.push(row);
      row = [];
      i++;
    } else field += c;
  }
  if (field !== '' || row.length > 0) {
    endField();
    rows.push(row);
  }
  return rows;
}

interface Field {
  name: string;
  type: string;
  constraints?: { required?: boolean; enum?: string[] };
}
interface Resource {
  name: string;
  path: string;
  schema: {
    fields: Field[];
    primaryKey: string[];
    foreignKeys?: { fields: string[]; reference: { resource: string; fields: string[] } }[];
    missingValues?: string[];
  };
}

const TYPES: Record<string, RegExp> = {
  string: /[\s\S]*/,
  integer: /^[+-]?\d+$/,
  number: /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/,
};

/** Every problem with the package, as readable lines; [] when it is valid. */
export function validatePackage(files: Readonly<Record<string, string>>): string[] {
  const problems: string[] = [];
  const v = profiles();
  const descriptor = JSON.parse(files['datapackage.json'] ?? 'null') as { resources: Resource[] };
  if (!v.pkg(descriptor)) problems.push(`datapackage.json: ${v.errors()}`);
  const tables = new Map<string, Record<string, string>[]>();
  for (const r of descriptor.resources) {
    if (!v.table(r.schema)) {
      problems.push(`${r.name}: table schema: ${v.errors()}`);
      continue; // its CSV cannot be read against a schema that is not one
    }
    const text = files[r.path];
    if (text === undefined) {
      problems.push(`${r.path}: missing`);
      continue;
    }
    const [header = [], ...rows] = parseCsv(text);
    const names = r.schema.fields.map((f) => f.name);
    if (header.join(',') !== names.join(',')) problems.push(`${r.path}: header ${header.join(',')} ≠ schema`);
    const missing = new Set(r.schema.missingValues ?? ['']);
    const records: Record<string, string>[] = [];
    const keys = new Set<string>();
    rows.forEach((cells, i) => {
      const at = `${r.path} row ${i + 2}`;
      if (cells.length !== names.length) problems.push(`${at}: ${cells.length} fields, expected ${names.length}`);
      const rec = Object.fromEntries(names.map((n, j) => [n, cells[j] ?? '']));
      for (const f of r.schema.fields) {
        const value = rec[f.name]!;
        if (missing.has(value)) {
          if (f.constraints?.required) problems.push(`${at}: ${f.name} is required`);
          continue;
        }
        if (!(TYPES[f.type] ?? /^$/).test(value)) problems.push(`${at}: ${f.name}="${value}" is not ${f.type}`);
        if (f.constraints?.enum && !f.constraints.enum.includes(value)) {
          problems.push(`${at}: ${f.name}="${value}" not in enum`);
        }
      }
      const key = r.schema.primaryKey.map((k) => rec[k]).join('\u0000');
      if (keys.has(key)) problems.push(`${at}: duplicate primary key ${key.split('\u0000').join(' | ')}`);
      keys.add(key);
      records.push(rec);
    });
    tables.set(r.name, records);
  }
  for (const r of descriptor.resources) {
    for (const fk of r.schema.foreignKeys ?? []) {
      const target = tables.get(fk.reference.resource) ?? [];
      const known = new Set(target.map((t) => fk.reference.fields.map((k) => t[k]).join('\u0000')));
      for (const rec of tables.get(r.name) ?? []) {
        const key = fk.fields.map((k) => rec[k]).join('\u0000');
        if (!known.has(key)) problems.push(`${r.path}: foreign key ${key} not in ${fk.reference.resource}`);
      }
    }
  }
  return problems;
}
