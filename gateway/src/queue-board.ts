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

/**
 * Bull Board over every queue of the platform, for HRSS admins only (quality.md: "Queues are
 * visible"). A browser gets in with the console's session cookie (log in to the console as an
 * HRSS admin first); scripts send `Authorization: Bearer <token>`. Never a token in the URL: a
 * URL ends up in access logs, browser history and Referer headers.
 */
export function createQueueBoard(options: {
  connection: IORedis;
  prefix: string;
  verifier: JwtVerifier;
  /** The console's session cookie (session.ts). */
  sessionCookie: string;
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
    const bearer = /^Bearer\s+(\S+)$/i.exec(req.headers.authorization ?? '')?.[1];
    const token = bearer ?? cookieOf(req, options.sessionCookie);
    const refuse = (status: number, message: string): void => {
      res.status(status).type('text/plain').send(message);
    };
    if (!token) return refuse(401, 'HRSS admins only: log in to the console first, then open this page');
    options.verifier.verify(token).then(
      (user: AuthUser) => {
        if (user.role !== Role.HRSS_ADMIN) return refuse(403, 'HRSS admins only');
        next();
      },
      () => refuse(401, 'The session is invalid or expired: log in to the console again'),
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
