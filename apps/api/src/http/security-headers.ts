import helmet from '@fastify/helmet';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';

/**
 * What the pages this server sends may load. Both are same-origin single-page apps: Swagger UI at
 * /docs (its scripts and styles are files of /docs, plus inline <style> blocks and SVG icons as
 * data: URIs) and the web console at /console/ (a Vite build: same-origin scripts and styles, the
 * component library's inline styles, data: images, fetch to this origin). No inline script runs
 * anywhere, so scripts stay 'self' only; inline styles cannot run code. No upgrade-insecure-requests:
 * TLS is the reverse proxy's, and on a plain-HTTP install upgrading would break every asset.
 */
export const CONTENT_SECURITY_POLICY = {
  'default-src': ["'self'"],
  'base-uri': ["'self'"],
  'script-src': ["'self'"],
  'style-src': ["'self'", "'unsafe-inline'"],
  'img-src': ["'self'", 'data:'],
  'font-src': ["'self'", 'data:'],
  'connect-src': ["'self'"],
  'object-src': ["'none'"],
  'frame-ancestors': ["'none'"],
  'form-action': ["'self'"],
};

/** Helmet's headers on every answer, errors and 404s included (its hook runs on every request). */
export async function registerSecurityHeaders(app: NestFastifyApplication): Promise<void> {
  await app.register(helmet, {
    contentSecurityPolicy: { useDefaults: false, directives: CONTENT_SECURITY_POLICY },
    // The API answers other origins only through a proxy; nothing here is meant to be embedded cross-site.
    crossOriginResourcePolicy: { policy: 'same-origin' },
    referrerPolicy: { policy: 'no-referrer' },
  });
}
