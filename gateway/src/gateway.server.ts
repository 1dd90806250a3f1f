import * as fs from 'node:fs';
import * as http from 'node:http';
import type { Server } from 'node:http';
import * as https from 'node:https';
import {
  ApolloGateway,
  RemoteGraphQLDataSource,
  type GraphQLDataSourceProcessOptions,
} from '@apollo/gateway';
import { ApolloServer, type BaseContext } from '@apollo/server';
import { context, SpanKind, trace } from '@opentelemetry/api';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { ApolloServerPluginLandingPageLocalDefault } from '@apollo/server/plugin/landingPage/default';
import { expressMiddleware } from '@as-integrations/express5';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import express from 'express';
import nodeFetch, { type RequestInit } from 'node-fetch';
import { GraphQLError } from 'graphql';
import pino from 'pino';
import { pinoHttp } from 'pino-http';
import {
  CLIENT_ADDRESS_HEADER,
  GATEWAY_SECRET_HEADER,
  JwtVerifier,
  resolvePublicKeyPem,
  type AuthUser,
} from '@points/auth';
import type { ServiceName } from '@points/config';
import {
  collectProcessMetrics,
  gatewaySubgraphFetchDuration,
  injectTraceHeaders,
  inSpan,
  tracer,
  traceRequests,
  operationMetricsPlugin,
  REDACTED_LOG_PATHS,
  REQUEST_ID_HEADER,
  requestForLog,
  requestIdOf,
  startMetricsServer,
  type MetricsServer,
} from '@points/observability';
import { createRedisConnection } from '@points/db';
import type { GatewayConfig } from './gateway.config';
import { consoleRouter } from './console';
import { createQueueBoard, QUEUE_BOARD_PATH } from './queue-board';
import { securityHeaders } from './security-headers';
import { formatGatewayError, requestHygienePlugin } from './request-hygiene.plugin';
import {
  clearedSessionCookie,
  cookieOf,
  isPreflightedRequest,
  loginCookiePlugin,
  LOGOUT_PATH,
  SESSION_COOKIE,
  SESSION_HEADER,
} from './session';
import { clientAddressOf, createRateLimiter } from './rate-limit';
import { serviceUnavailable, subgraphErrorsPlugin } from './subgraph-errors';

export interface GatewayContext extends BaseContext {
  authorization?: string;
  requestId: string;
  /** The client as the gateway sees it (through trusted proxies only): subgraphs count log-ins by it. */
  clientAddress?: string;
  user?: AuthUser;
  /** The console asked for its login to become the session cookie (see session.ts). */
  cookieSession?: boolean;
}

/**
 * Subgraph requests go through node-fetch on Node's http(s) Agent with keep-alive, not Node's own
 * fetch: under the simulateScore load the built-in fetch (undici's WHATWG layer: Request/Headers
 * objects, web streams for the body) took about three times the CPU per request (issue 18). An idle
 * socket is kept 4 s at most, and never past the server's `Keep-Alive: timeout` hint less a second
 * (the Agent reads it), always less than the subgraphs keep theirs (SUBGRAPH_KEEP_ALIVE_MS), so a
 * request never lands on a socket the server is closing. The timeout concerns idle sockets only:
 * node-fetch does not abort a request whose socket is quiet for longer.
 */
const IDLE_SOCKET_MS = 4_000;
const subgraphAgents = {
  http: new http.Agent({ keepAlive: true, timeout: IDLE_SOCKET_MS, scheduling: 'lifo' }),
  https: new https.Agent({ keepAlive: true, timeout: IDLE_SOCKET_MS, scheduling: 'lifo' }),
};
const subgraphFetch = ((url: string, init: RequestInit) =>
  nodeFetch(url, {
    ...init,
    agent: (parsed: URL) => (parsed.protocol === 'https:' ? subgraphAgents.https : subgraphAgents.http),
  })) as unknown as RemoteGraphQLDataSource['fetcher'];

/** Forwards the caller's token and request id to a subgraph, and signs the hop with the shared secret. */
class AuthForwardingDataSource extends RemoteGraphQLDataSource<GatewayContext> {
  constructor(
    private readonly subgraph: string,
    url: string,
    private readonly gatewaySecret: string | undefined,
    private readonly logger: pino.Logger,
  ) {
    super({ url, fetcher: subgraphFetch });
  }

  /** A subgraph that did not answer (refused, reset, 5xx): its name, not its address or socket error. */
  override didEncounterError(error: Error): void {
    this.logger.warn({ err: error, serviceName: this.subgraph }, 'subgraph request failed');
    throw serviceUnavailable(this.subgraph);
  }

  /** Times each fetch from the subgraph (`gateway_subgraph_fetch_duration_seconds`). */
  override async process(
    options: GraphQLDataSourceProcessOptions<GatewayContext>,
  ): ReturnType<RemoteGraphQLDataSource<GatewayContext>['process']> {
    const started = process.hrtime.bigint();
    let outcome = 'unreachable';
    // A CLIENT span per fetch; willSendRequest puts it in the subgraph request's traceparent.
    const span = tracer.startSpan(`fetch ${this.subgraph}`, { kind: SpanKind.CLIENT });
    try {
      const response = await inSpan(span, () =>
        context.with(trace.setSpan(context.active(), span), () => super.process(options)),
      );
      outcome = response.errors?.length ? 'error' : 'ok';
      return response;
    } finally {
      gatewaySubgraphFetchDuration.observe(
        { subgraph: this.subgraph, outcome },
        Number(process.hrtime.bigint() - started) / 1e9,
      );
    }
  }

  override willSendRequest({ request, context }: GraphQLDataSourceProcessOptions<GatewayContext>): void {
    const headers = request.http?.headers;
    if (!headers) return;
    // Health checks from the gateway itself run without a request context.
    const { authorization, requestId, clientAddress } = context as Partial<GatewayContext>;
    if (authorization) headers.set('authorization', authorization);
    if (clientAddress) headers.set(CLIENT_ADDRESS_HEADER, clientAddress);
    if (requestId) headers.set(REQUEST_ID_HEADER, requestId);
    if (this.gatewaySecret) headers.set(GATEWAY_SECRET_HEADER, this.gatewaySecret);
    injectTraceHeaders(headers);
  }
}

function unauthenticated(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'UNAUTHENTICATED', http: { status: 401 } } });
}

export interface RunningGateway {
  url: string;
  /** Where `/metrics` answers (undefined when METRICS_PORT is off, as in tests by default). */
  metricsUrl: string | undefined;
  server: Server;
  stop(): Promise<void>;
}

/**
 * The gateway: the supergraph composed at build time (never introspection at run time), the token
 * verified here and again in each subgraph, query limits (depth, aliases, tokens, cost) and a
 * body size limit, /health and /ready; /metrics on its own port.
 */
export async function startGateway(config: GatewayConfig): Promise<RunningGateway> {
  const development = config.nodeEnv !== 'production';
  const cookieOptions = { secure: config.nodeEnv !== 'development' };
  // In production the request log is written asynchronously (sonic-boom joins the lines that
  // arrive while a write is under way, flushed on exit): a synchronous write per request was ~4%
  // of the gateway's CPU under the accept wave (issue 18). Elsewhere, synchronous, as tests read it.
  const logger = pino(
    { level: config.logLevel, base: { service: 'gateway' }, redact: REDACTED_LOG_PATHS },
    config.nodeEnv === 'production' ? pino.destination({ sync: false }) : undefined,
  );
  const verifier = await JwtVerifier.fromPem(
    resolvePublicKeyPem({ ...config.auth, dataDir: config.dataDir, allowDevKeys: development }),
    config.auth,
  );

  // @apollo/gateway 2.14 otherwise reports usage to Apollo over the internet and, to label it,
  // probes cloud metadata addresses (169.254.169.254): a government platform sends neither.
  process.env.APOLLO_TELEMETRY_DISABLED = 'true';
  const gateway = new ApolloGateway({
    supergraphSdl: fs.readFileSync(config.supergraphPath, 'utf8'),
    buildService: ({ name }) =>
      new AuthForwardingDataSource(
        name,
        config.subgraphUrls[name as ServiceName] ?? '',
        config.gatewaySecret,
        logger,
      ),
  });

  const armor = new ApolloArmor({
    maxDepth: { n: config.limits.maxDepth },
    maxAliases: { n: config.limits.maxAliases },
    // Counted by graphql-js's own parser (parseOptions below): armor's count throws inside
    // Apollo's parsingDidStart, which answered a 500 instead of a 400 GRAPHQL_PARSE_FAILED.
    maxTokens: { enabled: false },
    costLimit: { maxCost: config.limits.maxCost },
    blockFieldSuggestion: { enabled: !development },
  });
  const protection = armor.protect();

  const server = new ApolloServer<GatewayContext>({
    ...protection,
    gateway,
    parseOptions: { maxTokens: config.limits.maxTokens },
    formatError: formatGatewayError,
    introspection: development,
    includeStacktraceInErrorResponses: config.nodeEnv === 'development',
    // Batching would let one request multiply sensitive mutations (quality.md).
    allowBatchedHttpRequests: false,
    plugins: [
      ...protection.plugins,
      operationMetricsPlugin<GatewayContext>('gateway'),
      requestHygienePlugin(),
      loginCookiePlugin(cookieOptions),
      subgraphErrorsPlugin(fs.readFileSync(config.supergraphPath, 'utf8'), (message, error) =>
        logger.warn({ error }, message),
      ),
      development
        ? ApolloServerPluginLandingPageLocalDefault({ embed: true })
        : ApolloServerPluginLandingPageDisabled(),
    ],
  });
  await server.start();

  collectProcessMetrics('gateway');

  // Auto-pipelining: the rate-limit scripts of the requests under way go to Redis in one write
  // (one syscall) per tick instead of one each.
  const redis = config.redisUrl
    ? createRedisConnection(config.redisUrl, {
        maxRetriesPerRequest: 1,
        connectionName: 'gateway',
        enableAutoPipelining: true,
      })
    : undefined;
  redis?.on('error', (error) => logger.warn({ err: error }, 'rate-limit store unavailable'));

  const app = express();
  app.disable('x-powered-by');
  app.use(securityHeaders({ production: !development }));
  // X-Forwarded-For is believed only from the configured proxies: otherwise any client could name
  // itself anew on every request and walk around the per-client limits.
  app.set('trust proxy', config.trustedProxies.length > 0 ? config.trustedProxies : false);
  app.use(traceRequests('gateway'));
  app.use(
    pinoHttp({
      logger,
      genReqId: requestIdOf,
      // The path only: a GET's query string holds GraphQL variables (a resident ID) or a token.
      serializers: { req: requestForLog },
      autoLogging: { ignore: (req) => /^\/(health|ready|metrics)\b/.test(req.url ?? '') },
    }),
  );
  app.get('/health', (_req, res) => void res.json({ status: 'ok' }));
  // Ready means "can serve": the supergraph is loaded (the server started above) and the store of
  // the rate limits answers. Not every subgraph: one subgraph down must not take every gateway
  // replica out of service (the others' fields still answer); each subgraph's own /ready checks
  // its PostgreSQL and Redis.
  app.get('/ready', async (_req, res) => {
    const checks: Record<string, string> = { supergraph: 'up' };
    if (redis) {
      try {
        await Promise.race([
          redis.ping(),
          new Promise((_, reject) =>
            setTimeout(() => reject(new Error('no answer within 2000 ms')), 2_000).unref(),
          ),
        ]);
        checks.redis = 'up';
      } catch (error) {
        checks.redis = `down: ${error instanceof Error ? error.message : String(error)}`;
      }
    }
    const ok = Object.values(checks).every((state) => state === 'up');
    res.status(ok ? 200 : 503).json({ status: ok ? 'ok' : 'unavailable', checks });
  });
  const board = redis
    ? createQueueBoard({
        connection: redis,
        prefix: config.redisPrefix,
        verifier,
        sessionCookie: SESSION_COOKIE,
      })
    : undefined;
  if (board) app.use(QUEUE_BOARD_PATH, board.router);
  app.post(LOGOUT_PATH, (_req, res) => {
    res.setHeader('set-cookie', clearedSessionCookie(cookieOptions));
    res.status(204).end();
  });
  // The caller is authenticated once, before the rate limit (which counts per account) and the
  // GraphQL context; a bad token is answered by the context as UNAUTHENTICATED. The token comes
  // from the Authorization header or, for the console, from the session cookie: then only on a
  // request a cross-site form could not make (CSRF), and it is forwarded to the subgraphs as the
  // Authorization header they verify.
  const callers = new WeakMap<
    express.Request,
    { user?: AuthUser; authorization?: string; problem?: string }
  >();
  const authenticate: express.RequestHandler = (req, res, next) => {
    const header = req.headers.authorization;
    const cookie = header ? undefined : cookieOf(req, SESSION_COOKIE);
    if (!header && !(cookie && isPreflightedRequest(req))) return next();
    const match = header ? /^Bearer\s+(\S+)$/i.exec(header) : undefined;
    const token = cookie ?? match?.[1];
    if (!token) {
      callers.set(req, { problem: 'Authorization must be "Bearer <token>"' });
      return next();
    }
    verifier.verify(token).then(
      (user) => {
        callers.set(req, { user, authorization: `Bearer ${token}` });
        next();
      },
      () => {
        if (cookie) {
          // The session ended with its token: the cookie goes, the console says so and shows the login.
          res.setHeader('set-cookie', clearedSessionCookie(cookieOptions));
          callers.set(req, { problem: 'The session has expired: log in again' });
        } else callers.set(req, { problem: 'The access token is invalid or expired' });
        next();
      },
    );
  };
  app.use(
    '/graphql',
    authenticate,
    createRateLimiter(
      { ...config.rateLimit, prefix: config.redisPrefix },
      redis,
      (req) => callers.get(req)?.user,
    ),
    express.json({ limit: config.limits.maxBody }),
    expressMiddleware(server, {
      context: ({ req }): Promise<GatewayContext> => {
        // pino-http's id (genReqId answers a string; its type also allows a number or an object).
        const requestId = typeof req.id === 'object' ? JSON.stringify(req.id) : String(req.id);
        const clientAddress = clientAddressOf(req);
        const caller = callers.get(req);
        const cookieSession = req.headers[SESSION_HEADER] === 'cookie';
        if (caller?.problem) return Promise.reject(unauthenticated(caller.problem));
        if (!caller?.user) return Promise.resolve({ requestId, clientAddress, cookieSession });
        return Promise.resolve({
          requestId,
          clientAddress,
          authorization: caller.authorization,
          user: caller.user,
          cookieSession,
        });
      },
    }),
  );
  // A body over the limit, or one that isn't JSON, gets a clear GraphQL-shaped answer.
  app.use(
    (
      error: { status?: number; type?: string; message?: string },
      _req: express.Request,
      res: express.Response,
      next: express.NextFunction,
    ) => {
      if (error.type === 'entity.too.large') {
        res.status(413).json({
          errors: [
            {
              message: `Request body larger than ${config.limits.maxBody}`,
              extensions: { code: 'BAD_USER_INPUT' },
            },
          ],
        });
        return;
      }
      if (error.status === 400) {
        res.status(400).json({
          errors: [{ message: 'Request body is not valid JSON', extensions: { code: 'BAD_USER_INPUT' } }],
        });
        return;
      }
      next(error);
    },
  );

  // Last: the console answers every other GET (its client routes) with its index.html.
  if (config.consoleDir) app.use(consoleRouter(config.consoleDir));

  const httpServer = await new Promise<Server>((resolve) => {
    const listening = app.listen(config.port, config.bindAddress, () => resolve(listening));
  });
  const address = httpServer.address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  // /metrics on its own port, never the public one (the NetworkPolicy admits Prometheus there).
  const metrics: MetricsServer | undefined =
    config.metricsPort === undefined ? undefined : await startMetricsServer(config.metricsPort);
  return {
    url: `http://127.0.0.1:${port}/graphql`,
    metricsUrl: metrics ? `http://127.0.0.1:${metrics.port}/metrics` : undefined,
    server: httpServer,
    async stop() {
      await metrics?.close();
      await server.stop();
      await new Promise<void>((resolve) => httpServer.close(() => resolve()));
      await board?.close();
      await redis?.quit().catch(() => redis.disconnect());
    },
  };
}
