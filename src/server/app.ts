import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import helmet from '@fastify/helmet';
import multipart from '@fastify/multipart';
import rateLimit from '@fastify/rate-limit';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import Fastify, { type FastifyInstance, type FastifyServerOptions } from 'fastify';
import { installAuth } from './auth.js';
import type { ServerContext } from './context.js';
import { installErrorHandlers } from './errors.js';
import { batchRoutes } from './routes/batches.js';
import { documentRoutes } from './routes/documents.js';
import { exportRoutes } from './routes/export.js';
import { compareRoutes } from './routes/compare.js';
import { findingRoutes } from './routes/findings.js';
import { fixRoutes } from './routes/fix.js';
import { organisationRoutes } from './routes/organisations.js';
import { templateRoutes } from './routes/template.js';
import { tokenRoutes } from './routes/tokens.js';
import { webRoutes } from './routes/web.js';
import { serveWebApp } from './web.js';
import { msg } from '../model/messages/index.js';

export type App = FastifyInstance;

/** The web app's build (its own issue); served at / when it has been built. */
export const WEB_DIST = fileURLToPath(new URL('../../web/dist/', import.meta.url));

/** Builds the HTTP API over a store, a worker pool and a job queue (the caller starts and stops those). */
export async function buildApp(
  ctx: ServerContext,
  options: { logger?: FastifyServerOptions['logger']; webRoot?: string } = {},
): Promise<App> {
  const app = Fastify({
    logger: options.logger ?? false,
    bodyLimit: 1024 * 1024, // JSON bodies are small; files come as multipart with their own limit
    forceCloseConnections: true,
  }).withTypeProvider<TypeBoxTypeProvider>();
  installErrorHandlers(app);
  await app.register(helmet, {
    // The API serves JSON and files; the docs UI sets its own CSP (swagger-ui staticCSP).
    contentSecurityPolicy: { directives: { defaultSrc: ["'none'"], frameAncestors: ["'none'"] } },
    crossOriginResourcePolicy: { policy: 'same-site' },
  });
  await app.register(rateLimit, {
    max: ctx.limits.requestsPerMinute,
    timeWindow: '1 minute',
    errorResponseBuilder: (_req, c) => ({
      statusCode: 429,
      code: 'rate_limited',
      message: msg('server.rateLimitedDetail', { max: c.max, seconds: Math.ceil(c.ttl / 1000) }),
    }),
  });
  await app.register(multipart, {
    preservePath: true, // see the name as sent, so a path in it is refused rather than silently cut off
    limits: {
      fileSize: ctx.limits.fileBytes,
      files: ctx.limits.batchFiles,
      fields: 20,
      fieldSize: 1000,
      parts: ctx.limits.batchFiles + 20,
      headerPairs: 100,
    },
  });
  await app.register(swagger, {
    openapi: {
      openapi: '3.0.3',
      info: {
        title: 'Juesuan 决算 API',
        version: '0.1.0',
        description: '部门决算/预算公开文档的存储、审核与发布。错误返回 {statusCode, code, message}，message 为中文。',
      },
      components: { securitySchemes: { bearer: { type: 'http', scheme: 'bearer' } } },
    },
  });
  await app.register(swaggerUi, { routePrefix: '/api/docs', staticCSP: true });
  app.get('/api/openapi.json', { schema: { hide: true } }, async () => app.swagger());
  installAuth(app, ctx.store);
  app.get('/api/health', { schema: { hide: true } }, async () => ({
    ok: true,
    engine: ctx.store.engine,
    queue: ctx.queue.kind,
  }));
  await app.register(documentRoutes(ctx));
  await app.register(findingRoutes(ctx));
  await app.register(batchRoutes(ctx));
  await app.register(organisationRoutes(ctx));
  await app.register(tokenRoutes(ctx));
  await app.register(exportRoutes(ctx));
  await app.register(compareRoutes(ctx));
  await app.register(fixRoutes(ctx));
  await app.register(templateRoutes());
  await app.register(webRoutes(ctx));
  const webRoot = options.webRoot ?? WEB_DIST;
  if (existsSync(webRoot)) await serveWebApp(app, webRoot);
  return app;
}
