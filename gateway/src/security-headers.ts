import type { RequestHandler } from 'express';
import helmet from 'helmet';

/**
 * The console (a Vite-built React + Ant Design app served by the gateway) loads only its own
 * scripts; Ant Design's CSS-in-JS injects <style> tags, hence 'unsafe-inline' for styles only.
 * Nothing may frame the pages (clickjacking) and nothing is fetched from elsewhere.
 */
export const CONSOLE_CSP_DIRECTIVES = {
  defaultSrc: ["'self'"],
  scriptSrc: ["'self'"],
  styleSrc: ["'self'", "'unsafe-inline'"],
  imgSrc: ["'self'", 'data:'],
  fontSrc: ["'self'", 'data:'],
  connectSrc: ["'self'"],
  objectSrc: ["'none'"],
  baseUri: ["'self'"],
  formAction: ["'self'"],
  frameAncestors: ["'none'"],
};

/**
 * Security headers on every answer (helmet): nosniff, the console's CSP, no referrer, and HSTS in
 * production only (a developer's http://localhost must not be pinned to HTTPS). In development,
 * GET /graphql asked for as HTML is Apollo Sandbox's page, which runs inline and CDN scripts: it gets helmet's
 * other headers without the CSP. Nothing of the sort is served in production.
 */
export function securityHeaders(options: { production: boolean }): RequestHandler {
  const common = {
    strictTransportSecurity: options.production ? { maxAge: 31_536_000, includeSubDomains: true } : false,
    referrerPolicy: { policy: 'no-referrer' as const },
  };
  const strict = helmet({
    ...common,
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        ...CONSOLE_CSP_DIRECTIVES,
        ...(options.production ? { upgradeInsecureRequests: [] } : {}),
      },
    },
  });
  if (options.production) return strict;
  const sandbox = helmet({ ...common, contentSecurityPolicy: false, crossOriginEmbedderPolicy: false });
  const isSandboxPage = (req: Parameters<RequestHandler>[0]): boolean =>
    req.method === 'GET' && req.path === '/graphql' && (req.headers.accept ?? '').includes('text/html');
  return (req, res, next) => (isSandboxPage(req) ? sandbox(req, res, next) : strict(req, res, next));
}
