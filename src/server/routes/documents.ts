import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { canUploadFor, storeUpload, type RenderFormat } from '../../jobs/index.js';
import type { DisclosureInfo, VersionInfo, Visibility } from '../../store/index.js';
import { visibilityOf } from '../visibility.js';
import { requireRole } from '../auth.js';
import type { ServerContext } from '../context.js';
import { ContentCache } from '../content-cache.js';
import { ApiError } from '../errors.js';
import {
  SourceQuery,
  DocumentList,
  ErrorSchema,
  IdParams,
  ListQuery,
  PublishParams,
  RenderQuery,
  ReviewList,
  UploadResult,
  VersionList,
  VersionQuery,
} from '../schemas.js';
import { overridesFrom, readUploadForm } from '../upload-form.js';
import { msg } from '../../model/messages/index.js';

/** Further files of one disclosure in one upload (narrative + tables, or a few volumes). */
const MAX_PARTS = 8;

const errors = { 400: ErrorSchema, 401: ErrorSchema, 403: ErrorSchema, 404: ErrorSchema };

export function documentJson(d: DisclosureInfo) {
  return { ...d, latest: { ...d.latest, createdAt: d.latest.createdAt.toISOString() } };
}

function versionJson(v: VersionInfo) {
  const { id: _id, ...rest } = v;
  return {
    ...rest,
    createdAt: v.createdAt.toISOString(),
    publishedAt: v.publishedAt?.toISOString() ?? null,
    parts: [...v.parts],
  };
}

/** `attachment; filename*=UTF-8''…` so Chinese names survive and nothing in a name can break the header. */
export function disposition(kind: 'attachment' | 'inline', name: string): string {
  const ascii = name.replace(/[^\x20-\x7e]|["\\;]/g, '_');
  return `${kind}; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(name)}`;
}

export const RENDER_TYPES: Readonly<Record<RenderFormat, string>> = {
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  html: 'text/html; charset=utf-8',
  pdf: 'application/pdf',
  json: 'application/json; charset=utf-8',
};

/** Upload, list, read, history, findings, render and source of documents (决算/预算公开 by organisation and year). */
export function documentRoutes(ctx: ServerContext): FastifyPluginAsyncTypebox {
  const { store, pool } = ctx;

  const cache = new ContentCache(128 * 1024 * 1024);

  /** A version the reader may see (the public: published ones only); 404 otherwise, as if it did not exist. */
  async function version(id: number, number: number | undefined, visibility: Visibility) {
    const v = await store.getVersion(id, number, [], visibility);
    if (!v) {
      throw number === undefined
        ? new ApiError(404, 'document_not_found', msg('server.noDocument', { id }))
        : new ApiError(404, 'version_not_found', msg('server.noVersion', { id, version: number }));
    }
    return v;
  }

  /**
   * A stored column of an immutable version, from memory (encoded once) after the first read. The report changes
   * only by a recheck (a related disclosure stored later), so it is keyed by the newest recheck too.
   */
  async function content(v: { id: number; recheck: number }, column: 'document' | 'report'): Promise<Buffer> {
    const versionId = v.id;
    const key = column === 'report' ? `${versionId}/report/${v.recheck}` : `${versionId}/${column}`;
    return cache.get(key, async () => {
      const text = await store.versionContent(versionId, column);
      if (text === undefined) throw new ApiError(404, 'version_not_found', msg('server.versionMissing'));
      return Buffer.from(text);
    });
  }

  return async (app) => {
    app.post(
      '/api/documents',
      {
        config: { rateLimit: { max: ctx.limits.uploadsPerMinute, timeWindow: '1 minute' } },
        schema: {
          summary:
            '上传一份文档（multipart：file，可选 part、organisation、region、year、kind、scope、parent、publish）',
          description:
            '读取、审核并保存为新版本；分开发布的文档（如情况说明与报表各一个文件）把第一个文件放在 file，其余按顺序放在 part（可重复）。同一单位、年度、种类（决算/预算）、部门/单位再次上传即为同一文档的新版本。新版本是草稿，公众看不到，直到发布（publish=true 或 POST …/publish）。同时与已保存的相关公开比对（上年同类、同年度预算、上年决算、所属单位）。需要编制人（本单位）或管理员。',
          tags: ['文档'],
          consumes: ['multipart/form-data'],
          security: [{ bearer: [] }],
          response: { 201: UploadResult, ...errors, 413: ErrorSchema, 415: ErrorSchema, 422: ErrorSchema },
        },
      },
      async (request, reply) => {
        const user = requireRole(request, ['编制人']);
        const { files, parts, fields } = await readUploadForm(request, 'file', 1, MAX_PARTS);
        const overrides = overridesFrom(fields);
        const file = files[0]!;
        const r = await storeUpload(
          { store, pool, limits: ctx.limits.import },
          {
            file: file.name,
            bytes: file.bytes,
            parts: parts.map((p) => ({ file: p.name, bytes: p.bytes })),
            overrides,
            user,
          },
        );
        return reply.status(201).send({
          id: r.stored.disclosureId,
          version: r.stored.number,
          organisation: r.organisation,
          region: r.region,
          year: r.year,
          kind: r.kind,
          scope: r.scope,
          summary: r.summary,
          published: r.published,
          related: r.related.map((x) => ({ ...x })),
        });
      },
    );

    app.get(
      '/api/documents',
      {
        schema: {
          summary: '文档列表（按单位、地区、年度、种类筛选，分页）',
          tags: ['文档'],
          querystring: ListQuery,
          response: { 200: DocumentList, 400: ErrorSchema },
        },
      },
      async (request) => {
        const q = request.query;
        const { total, items } = await store.listDisclosures({
          organisation: q.organisation,
          region: q.region,
          year: q.year,
          kind: q.kind,
          visibility: visibilityOf(request.user),
          limit: q.pageSize,
          offset: (q.page - 1) * q.pageSize,
        });
        return { total, page: q.page, pageSize: q.pageSize, items: items.map(documentJson) };
      },
    );

    app.get(
      '/api/documents/:id',
      {
        schema: {
          summary: '文档的标准 JSON（juesuan parse --format json）',
          tags: ['文档'],
          params: IdParams,
          querystring: VersionQuery,
          response: { 200: Type.Unknown({ description: '标准 JSON（schema/disclosure.schema.json）' }), ...errors },
        },
      },
      async (request, reply) => {
        const v = await version(request.params.id, request.query.version, visibilityOf(request.user));
        return reply
          .type('application/json; charset=utf-8')
          .header('x-juesuan-version', v.number)
          .send(await content(v, 'document'));
      },
    );

    app.get(
      '/api/documents/:id/versions',
      {
        schema: {
          summary: '文档的全部版本',
          tags: ['文档'],
          params: IdParams,
          response: { 200: VersionList, ...errors },
        },
      },
      async (request) => {
        const visibility = visibilityOf(request.user);
        const d = await store.getDisclosure(request.params.id, visibility);
        if (!d) throw new ApiError(404, 'document_not_found', msg('server.noDocument', { id: request.params.id }));
        const versions = await store.listVersions(d.id, visibility);
        return { document: documentJson(d), versions: versions.map(versionJson) };
      },
    );

    app.get(
      '/api/documents/:id/findings',
      {
        schema: {
          summary: '审核结果，与 juesuan check --format json 相同',
          tags: ['审核'],
          params: IdParams,
          querystring: VersionQuery,
          response: { 200: Type.Unknown({ description: '{file, document, findings, summary}' }), ...errors },
        },
      },
      async (request, reply) => {
        const v = await version(request.params.id, request.query.version, visibilityOf(request.user));
        return reply
          .type('application/json; charset=utf-8')
          .header('x-juesuan-version', v.number)
          .send(await content(v, 'report'));
      },
    );

    app.get(
      '/api/documents/:id/reviews',
      {
        schema: {
          summary: '每个问题的指纹与审核状态（按指纹从上一版本带入）',
          tags: ['审核'],
          params: IdParams,
          querystring: VersionQuery,
          response: { 200: ReviewList, ...errors },
        },
      },
      async (request) => {
        const v = await version(request.params.id, request.query.version, visibilityOf(request.user));
        const findings = await store.findingReviews(v.id);
        return {
          document: request.params.id,
          version: v.number,
          findings: findings.map((f) => ({ ...f, reviewedAt: f.reviewedAt?.toISOString() ?? null })),
        };
      },
    );

    app.get(
      '/api/documents/:id/render',
      {
        schema: {
          summary: '生成可发布的文档：docx、xlsx、html、pdf 或 json',
          tags: ['文档'],
          params: IdParams,
          querystring: RenderQuery,
          response: { 200: Type.Unknown(), ...errors, 503: ErrorSchema },
        },
      },
      async (request, reply) => {
        const format = request.query.to as RenderFormat;
        const v = await version(request.params.id, request.query.version, visibilityOf(request.user));
        const out = await pool.render((await content(v, 'document')).toString('utf8'), format);
        const name = `${v.fileName.replace(/\.[^.]*$/, '')}.${format}`;
        if (format === 'html') {
          // The rendered page carries its own styles; nothing else may load or run.
          void reply.header('content-security-policy', "default-src 'none'; style-src 'unsafe-inline'; img-src data:");
        }
        return reply
          .type(RENDER_TYPES[format])
          .header(
            'content-disposition',
            disposition(format === 'html' || format === 'json' ? 'inline' : 'attachment', name),
          )
          .send(typeof out === 'string' ? out : Buffer.from(out));
      },
    );

    app.get(
      '/api/documents/:id/source',
      {
        schema: {
          summary: '上传的原始文件（分开发布的文档用 part=1、2… 取其余文件）',
          tags: ['文档'],
          params: IdParams,
          querystring: SourceQuery,
          response: { 200: Type.Unknown(), ...errors },
        },
      },
      async (request, reply) => {
        const { version: number, part } = request.query;
        const visibility = visibilityOf(request.user);
        const missing = () =>
          new ApiError(404, 'version_not_found', msg('server.noSuchVersion', { id: request.params.id }));
        let file: { fileName: string; mediaType: string; sha256: string; source: Uint8Array } | undefined;
        if (part === undefined) {
          file = await store.getVersion(request.params.id, number, ['source'], visibility);
          if (!file) throw missing();
        } else {
          const v = await store.getVersion(request.params.id, number, [], visibility);
          if (!v) throw missing();
          file = await store.versionPart(v.id, part);
          if (!file) {
            throw new ApiError(
              404,
              'part_not_found',
              msg('server.noPart', { id: request.params.id, version: v.number, part }),
            );
          }
        }
        return reply
          .type(file.mediaType)
          .header('content-disposition', disposition('attachment', file.fileName))
          .header('x-content-sha256', file.sha256)
          .send(Buffer.from(file.source));
      },
    );

    app.post(
      '/api/documents/:id/versions/:number/publish',
      {
        schema: {
          summary: '发布一个版本（草稿 → 已发布，公众可见）',
          description: '需要该单位的编制人或管理员。已发布的版本再次发布不变。',
          tags: ['文档'],
          security: [{ bearer: [] }],
          params: PublishParams,
          response: {
            200: Type.Object({ id: Type.Integer(), version: Type.Integer(), publishedAt: Type.String() }),
            ...errors,
          },
        },
      },
      async (request) => {
        const user = requireRole(request, ['编制人']);
        const { id, number } = request.params;
        const d = await store.getDisclosure(id, visibilityOf(user));
        if (!d) throw new ApiError(404, 'document_not_found', msg('server.noDocument', { id }));
        if (!canUploadFor(user, d.organisation)) {
          throw new ApiError(403, 'forbidden', msg('server.forbiddenPublish', { organisation: d.organisation }));
        }
        const at = await store.publishVersion({ disclosureId: id, number, userId: user.id });
        if (!at) throw new ApiError(404, 'version_not_found', msg('server.noVersion', { id, version: number }));
        return { id, version: number, publishedAt: at.toISOString() };
      },
    );
  };
}
