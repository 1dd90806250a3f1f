import { printSubgraphSchema } from '@apollo/subgraph';
import { NestFactory } from '@nestjs/core';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import type { DynamicModule, INestApplication } from '@nestjs/common';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { Logger } from 'nestjs-pino';
import type { NextFunction, Request, Response } from 'express';
import { carriesGatewaySecret } from '@points/auth';
import { startTracing, traceRequests } from '@points/observability';
import type { ServiceConfig } from '@points/config';
import { SERVICE_CONFIG } from './subgraph.tokens';

/** Request bodies larger than this are refused before parsing (quality.md: "far too large"). */
export const MAX_REQUEST_BODY = '100kb';

/**
 * Idle keep-alive sockets are kept this long by a subgraph, longer than any client in front of it
 * keeps them (the gateway's fetch: 4 s, and it honours the `Keep-Alive: timeout` hint; load
 * balancers typically 60 s). A server that closes first races the client's next request on that
 * socket: "socket hang up" (issue 17).
 */
export const SUBGRAPH_KEEP_ALIVE_MS = 65_000;

/** Creates the Nest app with the platform's HTTP settings; does not listen. */
export async function createSubgraphApp(appModule: DynamicModule): Promise<INestApplication> {
  const app = await NestFactory.create<NestExpressApplication>(appModule, {
    bufferLogs: true,
    bodyParser: false,
    // Keeps `req.rawBody`: signed webhooks (SMS delivery receipts) check their HMAC over the exact bytes.
    rawBody: true,
  });
  app.useLogger(app.get(Logger));
  const { gatewaySecret } = app.get<ServiceConfig>(SERVICE_CONFIG);
  // With a secret (always in production), /graphql answers the gateway only, before parsing the
  // body or running anything, `_service { sdl }` and public operations included. HTTP routes
  // (health, signed webhooks) have their own rules.
  if (gatewaySecret) {
    app.use('/graphql', (req: Request, res: Response, next: NextFunction) => {
      if (carriesGatewaySecret(req.headers, gatewaySecret)) return next();
      res.status(403).json({
        errors: [{ message: 'Requests must come through the gateway', extensions: { code: 'FORBIDDEN' } }],
      });
    });
  }
  app.use(traceRequests(app.get<ServiceConfig>(SERVICE_CONFIG).service));
  app.useBodyParser('json', { limit: MAX_REQUEST_BODY });
  app.enableShutdownHooks();
  return app;
}

/** `main.ts` of every subgraph. */
export async function bootstrapSubgraph(appModule: DynamicModule): Promise<INestApplication> {
  const app = await createSubgraphApp(appModule);
  // Off unless OTEL_EXPORTER_OTLP_ENDPOINT is set; spans are flushed every half second.
  startTracing(app.get<ServiceConfig>(SERVICE_CONFIG).service);
  const config = app.get<ServiceConfig>(SERVICE_CONFIG);
  await app.listen(config.port, config.bindAddress);
  const server = app.getHttpServer() as import('node:http').Server;
  server.keepAliveTimeout = SUBGRAPH_KEEP_ALIVE_MS;
  // Must exceed keepAliveTimeout, or Node drops a socket that is about to send headers.
  server.headersTimeout = SUBGRAPH_KEEP_ALIVE_MS + 1_000;
  app.get(Logger).log(`${config.service} subgraph listening on http://localhost:${config.port}/graphql`);
  return app;
}

/**
 * Runs `work` on a subgraph app built in schema-only mode: the full module graph and GraphQL
 * schema, with no connection to PostgreSQL or Redis. Used to print SDL and to walk resolvers.
 */
export async function withSchemaOnlyApp<T>(
  createAppModule: () => DynamicModule,
  work: (app: INestApplication) => Promise<T> | T,
): Promise<T> {
  const previous = process.env.POINTS_SCHEMA_ONLY;
  process.env.POINTS_SCHEMA_ONLY = '1';
  try {
    const app = await NestFactory.create(createAppModule(), { logger: false, abortOnError: false });
    try {
      await app.init();
      return await work(app);
    } finally {
      await app.close();
    }
  } finally {
    if (previous === undefined) delete process.env.POINTS_SCHEMA_ONLY;
    else process.env.POINTS_SCHEMA_ONLY = previous;
  }
}

/** The subgraph's SDL (federation 2), built without connecting to PostgreSQL or Redis. */
export function printSubgraphSdl(createAppModule: () => DynamicModule): Promise<string> {
  return withSchemaOnlyApp(createAppModule, (app) => printSubgraphSchema(app.get(GraphQLSchemaHost).schema));
}
