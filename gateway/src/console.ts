import * as fs from 'node:fs';
import * as path from 'node:path';
import express from 'express';

/** Paths the console never answers: the API and the operations endpoints keep their own. */
const NOT_CONSOLE = /^\/(graphql|health|ready|metrics|admin|session)(\/|$)/;

/**
 * The web console (web/dist, built by scripts/build-web.mjs) at `/`, from the same origin as
 * /graphql so the session cookie is SameSite=Strict and no CORS is needed. Hashed assets are cached
 * for a year; index.html never is, and answers every client route (/employer/..., /verify/<code>).
 */
export function consoleRouter(directory: string): express.Router {
  const router = express.Router();
  const index = path.join(directory, 'index.html');
  router.use(
    '/assets',
    express.static(path.join(directory, 'assets'), {
      immutable: true,
      maxAge: '365d',
      index: false,
      fallthrough: false,
    }),
  );
  router.get(/.*/, (req, res, next) => {
    if (NOT_CONSOLE.test(req.path)) return next();
    if (!fs.existsSync(index)) {
      res
        .status(503)
        .type('text/plain')
        .send('The web console is not built: run `npm run build:web` (npm start does it for you).');
      return;
    }
    res.setHeader('cache-control', 'no-cache');
    res.sendFile(index);
  });
  return router;
}
