import { extname } from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';
import { msg } from '../model/messages/index.js';

/**
 * The web app's Content-Security-Policy: the API's is `default-src 'none'`; the app needs a little more and no more —
 * its own scripts and workers (pdf.js draws pages in a worker), styles inserted at run time (antd's CSS-in-JS),
 * images and fonts from data:/blob: URLs (pdf.js, ECharts' image export) and fetches to its own origin.
 * pdf.js runs with `isEvalSupported: false`, so no 'unsafe-eval'.
 */
export const WEB_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "worker-src 'self' blob:",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

/**
 * Serves the built web app (web/dist) at /: files with their CSP, hashed assets cached for good, and index.html for
 * every other page address (/documents/3, /upload …) so the app's router can show it after a reload.
 */
export async function serveWebApp(app: FastifyInstance, root: string): Promise<void> {
  await app.register(fastifyStatic, {
    root,
    prefix: '/',
    wildcard: false,
    preCompressed: true, // the build writes .br and .gz beside each script and style
    setHeaders(reply, path) {
      void reply
        .header('content-security-policy', WEB_CSP)
        .header('cache-control', path.includes('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache');
    },
  });
  app.get('/*', { schema: { hide: true } }, async (request, reply) => {
    const path = request.url.split('?')[0] ?? '/';
    if (path.startsWith('/api/') || extname(path) !== '') {
      return reply
        .status(404)
        .send({ statusCode: 404, code: 'not_found', message: msg('server.notFound', { method: 'GET', path }) });
    }
    return reply.header('content-security-policy', WEB_CSP).header('cache-control', 'no-cache').sendFile('index.html');
  });
}
