import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import type { StoredText } from '../../jobs/index.js';
import type { ServerContext } from '../context.js';
import { ApiError } from '../errors.js';
import { ErrorSchema, ExportQuery } from '../schemas.js';
import { visibilityOf } from '../visibility.js';
import { msg } from '../../model/messages/index.js';

/** Most disclosures in one package (a region's year is a few hundred). */
const MAX_DOCUMENTS = 2000;

/**
 * Open data: the latest visible version of every disclosure that matches (a region's whole year, say) as one
 * Frictionless Data Package — datapackage.json, documents.csv, cells.csv, findings.csv — in a zip archive.
 */
export function exportRoutes(ctx: ServerContext): FastifyPluginAsyncTypebox {
  const { store, pool } = ctx;
  return async (app) => {
    app.get(
      '/api/export',
      {
        schema: {
          summary: '开放数据：按地区、年度、种类导出数据包（zip：datapackage.json 与 CSV）',
          description:
            '每个单元格一行的 cells.csv、审核问题 findings.csv、文档清单 documents.csv，由 datapackage.json（Frictionless 表格数据包，含表结构、主键和外键）描述。公众只能导出已发布的版本。',
          tags: ['开放数据'],
          querystring: ExportQuery,
          response: { 200: Type.Unknown(), 400: ErrorSchema, 404: ErrorSchema, 413: ErrorSchema },
        },
      },
      async (request, reply) => {
        const q = request.query;
        const visibility = visibilityOf(request.user);
        const { total, items } = await store.listDisclosures({
          organisation: q.organisation,
          region: q.region,
          year: q.year,
          kind: q.kind,
          visibility,
          limit: MAX_DOCUMENTS,
          offset: 0,
        });
        if (total === 0) throw new ApiError(404, 'nothing_to_export', msg('server.nothingToExport'));
        if (total > MAX_DOCUMENTS) {
          throw new ApiError(413, 'too_many_documents', msg('server.tooManyExported', { total, max: MAX_DOCUMENTS }));
        }
        const entries: StoredText[] = [];
        for (const d of items) {
          const v = await store.getVersion(d.id, undefined, ['document', 'report'], visibility);
          if (v) entries.push({ document: v.document, report: v.report, version: v.number, source: `文档 ${d.id}` });
        }
        const scope = [
          q.region ? 'region' : undefined,
          q.year,
          q.kind === '预算' ? 'budget' : q.kind ? 'final' : undefined,
        ];
        const title = `${q.region ?? ''}${q.year ? `${q.year} 年度` : ''}${q.kind ?? '部门决算、预算'}公开数据`;
        const folder = ['juesuan', q.year, q.kind === '预算' ? 'budget' : q.kind ? 'final' : undefined]
          .filter(Boolean)
          .join('-');
        // Parsing the documents and zipping the package run in the worker pool, off the event loop.
        const zip = await pool.analyse({
          kind: 'export',
          items: entries,
          scope,
          title,
          folder,
          now: new Date().toISOString(),
        });
        const name = `${q.region ?? ''}${q.year ?? ''}${q.kind ?? ''}开放数据.zip`;
        return reply
          .type('application/zip')
          .header(
            'content-disposition',
            `attachment; filename="${folder}.zip"; filename*=UTF-8''${encodeURIComponent(name)}`,
          )
          .send(typeof zip === 'string' ? zip : Buffer.from(zip));
      },
    );
  };
}
