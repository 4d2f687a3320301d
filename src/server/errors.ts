import type { FastifyError, FastifyInstance } from 'fastify';
import { UploadError, WorkError } from '../jobs/index.js';
import { msg } from '../model/messages/index.js';

/** An error a client gets: HTTP status, a stable code for programs, a Chinese message for people. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

export interface ErrorBody {
  readonly statusCode: number;
  readonly code: string;
  readonly message: string;
}

/** Fastify's and its plugins' own errors, in Chinese with our codes. */
function translate(e: FastifyError & { validation?: unknown[] }): ApiError | undefined {
  if (e.validation) {
    const where =
      e.validationContext === 'querystring' ? '查询参数' : e.validationContext === 'params' ? '路径参数' : '请求内容';
    return new ApiError(400, 'invalid_request', msg('server.invalidRequest', { where, detail: e.message }));
  }
  switch (e.code) {
    case 'FST_REQ_FILE_TOO_LARGE':
      return new ApiError(413, 'file_too_large', msg('server.fileTooLarge'));
    case 'FST_FILES_LIMIT':
    case 'FST_PARTS_LIMIT':
      return new ApiError(413, 'too_many_files', msg('server.tooManyFiles'));
    case 'FST_FIELDS_LIMIT':
      return new ApiError(413, 'too_many_fields', msg('server.tooManyFields'));
    case 'FST_INVALID_MULTIPART_CONTENT_TYPE':
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
      return new ApiError(415, 'unsupported_media_type', msg('server.unsupportedMediaType'));
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return new ApiError(413, 'body_too_large', msg('server.bodyTooLarge'));
    case 'FST_ERR_CTP_INVALID_JSON_BODY':
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
      return new ApiError(400, 'invalid_json', msg('server.invalidJson'));
    default:
      break;
  }
  if (e.statusCode === 429) return new ApiError(429, 'rate_limited', msg('server.rateLimited'));
  if (e.statusCode && e.statusCode >= 400 && e.statusCode < 500) {
    return new ApiError(e.statusCode, 'bad_request', msg('server.badRequest', { code: e.code ?? e.statusCode }));
  }
  return undefined;
}

/** Every error leaves as `{statusCode, code, message}` with a Chinese message; internal details only in the log. */
export function installErrorHandlers(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    let e: ApiError | undefined;
    if (error instanceof ApiError) e = error;
    else if (error instanceof UploadError) e = new ApiError(error.status, error.code, error.message);
    else if (error instanceof WorkError && error.code === 'pdf_unavailable')
      e = new ApiError(503, error.code, error.message);
    else if (error instanceof WorkError && error.code === 'unreadable_document')
      e = new ApiError(422, error.code, error.message);
    else e = translate(error);
    if (!e) {
      request.log.error(error);
      e = new ApiError(500, 'internal', msg('server.internal'));
    }
    const body: ErrorBody = { statusCode: e.status, code: e.code, message: e.message };
    void reply.status(e.status).type('application/json; charset=utf-8').send(body);
  });
  app.setNotFoundHandler((request, reply) => {
    const body: ErrorBody = {
      statusCode: 404,
      code: 'not_found',
      message: msg('server.notFound', { method: request.method, path: request.url.split('?')[0] ?? '' }),
    };
    void reply.status(404).send(body);
  });
}
