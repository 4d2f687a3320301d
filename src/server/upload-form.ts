import type { FastifyRequest } from 'fastify';
import type { Overrides } from '../jobs/index.js';
import { ApiError } from './errors.js';
import { msg } from '../model/messages/index.js';

export interface UploadedFile {
  readonly name: string;
  readonly bytes: Uint8Array;
}

/**
 * Reads a multipart upload: the files of `fileField`, the `part` files when `maxParts` allows them (the further
 * files of a disclosure published as several, in the order sent), and the text fields, within the size limits.
 */
export async function readUploadForm(
  request: FastifyRequest,
  fileField: string,
  maxFiles: number,
  maxParts = 0,
): Promise<{ files: UploadedFile[]; parts: UploadedFile[]; fields: Record<string, string> }> {
  if (!request.isMultipart()) {
    throw new ApiError(415, 'unsupported_media_type', msg('server.uploadMultipart'));
  }
  const files: UploadedFile[] = [];
  const parts: UploadedFile[] = [];
  const fields: Record<string, string> = {};
  for await (const part of request.parts()) {
    if (part.type === 'file') {
      if (part.fieldname === 'part') {
        const bytes = await part.toBuffer();
        if (maxParts === 0) {
          throw new ApiError(400, 'parts_unsupported', msg('server.noPartsHere'));
        }
        if (parts.length >= maxParts)
          throw new ApiError(413, 'too_many_parts', msg('server.tooManyParts', { max: maxParts }));
        parts.push({ name: part.filename, bytes });
        continue;
      }
      if (part.fieldname !== fileField) {
        throw new ApiError(
          400,
          'unexpected_field',
          msg('server.unknownFileField', { field: part.fieldname, fileField }),
        );
      }
      const bytes = await part.toBuffer(); // throws FST_REQ_FILE_TOO_LARGE over the limit
      if (files.length >= maxFiles)
        throw new ApiError(413, 'too_many_files', msg('server.tooManyUploads', { max: maxFiles }));
      files.push({ name: part.filename, bytes });
    } else {
      fields[part.fieldname] = typeof part.value === 'string' ? part.value : String(part.value);
    }
  }
  if (files.length === 0) throw new ApiError(400, 'file_missing', msg('server.noFileReceived', { fileField }));
  return { files, parts, fields };
}

/** The optional fields that override what was read from the document, validated with Chinese messages. */
export function overridesFrom(fields: Record<string, string>): Overrides {
  const known = new Set(['organisation', 'region', 'year', 'kind', 'scope', 'parent', 'publish']);
  for (const k of Object.keys(fields)) {
    if (!known.has(k)) throw new ApiError(400, 'unexpected_field', msg('server.unknownField', { field: k }));
  }
  const text = (k: string): string | undefined => {
    const v = fields[k]?.trim();
    if (v === undefined || v === '') return undefined;
    if (v.length > 200) throw new ApiError(400, 'invalid_field', msg('server.fieldTooLong', { field: k }));
    return v;
  };
  const yearText = text('year');
  const year = yearText === undefined ? undefined : Number(yearText);
  if (year !== undefined && !(Number.isInteger(year) && year >= 1949 && year <= 2200)) {
    throw new ApiError(400, 'invalid_field', msg('server.badYear', { value: String(yearText) }));
  }
  const kind = text('kind');
  if (kind !== undefined && kind !== '决算' && kind !== '预算') {
    throw new ApiError(400, 'invalid_field', msg('server.badKind', { value: kind }));
  }
  const scope = text('scope');
  if (scope !== undefined && scope !== '部门' && scope !== '单位') {
    throw new ApiError(400, 'invalid_field', msg('server.badScope', { value: scope }));
  }
  const publish = text('publish');
  if (publish !== undefined && !['true', 'false', '1', '0'].includes(publish)) {
    throw new ApiError(400, 'invalid_field', msg('server.badPublish', { value: publish }));
  }
  return {
    organisation: text('organisation'),
    region: text('region'),
    year,
    kind,
    scope,
    parent: text('parent'),
    publish: publish === 'true' || publish === '1',
  };
}
