import { createBullBoard } from '@bull-board/api';
import { BullMQAdapter } from '@bull-board/api/bullMQAdapter';
import { ExpressAdapter } from '@bull-board/express';
import { Queue } from 'bullmq';
import express from 'express';
import type IORedis from 'ioredis';
import { Role, type AuthUser, type JwtVerifier } from '@points/auth';
import { allQueueNames } from '@points/events';
import { cookieOf } from './session';

export const QUEUE_BOARD_PATH = '/admin/queues';
const TOKEN_COOKIE = 'points_admin_token';

/**
 * Bull Board over every queue of the platform, for HRSS admins only (quality.md: "Queues are
 * visible"). In a browser, an HRSS admin logged in to the console is let in by the console's
 * session cookie; `?token=<HRSS access token>` (for a browser without a console login) once sets an
 * HttpOnly cookie scoped to the board and redirects; API calls may send the header instead.
 */
export function createQueueBoard(options: {
  connection: IORedis;
  prefix: string;
  verifier: JwtVerifier;
  /** The console's session cookie (session.ts), read like the board's own. */
  sessionCookie?: string;
}): {
  router: express.Router;
  close(): Promise<void>;
} {
  const queues = allQueueNames().map(
    (name) => new Queue(name, { connection: options.connection, prefix: options.prefix }),
  );
  const serverAdapter = new ExpressAdapter();
  serverAdapter.setBasePath(QUEUE_BOARD_PATH);
  createBullBoard({ queues: queues.map((queue) => new BullMQAdapter(queue)), serverAdapter });

  const router = express.Router();
  router.use((req, res, next) => {
    const fromQuery = typeof req.query.token === 'string' ? req.query.token : undefined;
    const bearer = /^Bearer\s+(\S+)$/i.exec(req.headers.authorization ?? '')?.[1];
    const token =
      fromQuery ??
      bearer ??
      (options.sessionCookie ? cookieOf(req, options.sessionCookie) : undefined) ??
      cookieOf(req, TOKEN_COOKIE);
    const refuse = (status: number, message: string): void => {
      res.status(status).type('text/plain').send(message);
    };
    if (!token)
      return refuse(
        401,
        `HRSS admins only: log in to the console first, or open ${QUEUE_BOARD_PATH}?token=<access token>`,
      );
    options.verifier.verify(token).then(
      (user: AuthUser) => {
        if (user.role !== Role.HRSS_ADMIN) return refuse(403, 'HRSS admins only');
        if (fromQuery) {
          res.cookie(TOKEN_COOKIE, token, {
            httpOnly: true,
            sameSite: 'strict',
            path: QUEUE_BOARD_PATH,
            secure: req.secure,
          });
          return res.redirect(QUEUE_BOARD_PATH);
        }
        next();
      },
      () => refuse(401, 'The access token is invalid or expired'),
    );
  });
  router.use(serverAdapter.getRouter() as express.Router);
  return {
    router,
    close: async () => {
      await Promise.all(queues.map((queue) => queue.close()));
    },
  };
}
