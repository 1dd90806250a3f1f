import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { LoggerModule } from 'nestjs-pino';
import type { DynamicModule } from '@nestjs/common';

export const REQUEST_ID_HEADER = 'x-request-id';

/**
 * Paths of log fields that may hold personal data or secrets; pino replaces them with [Redacted].
 * Services never log ID numbers or mobiles on purpose; this catches accidents in request logs.
 */
export const REDACTED_LOG_PATHS = [
  'req.headers.authorization',
  'req.headers.cookie',
  'res.headers["set-cookie"]',
  'req.headers["x-gateway-secret"]',
  'req.body',
  '*.password',
  '*.residentId',
  '*.idNumber',
  '*.mobile',
];

/**
 * A URL as logs may hold it: the path only. Query strings carry what must never be logged (a
 * GET's GraphQL variables with a resident ID, a `?token=`), so the whole query becomes a marker.
 */
export function urlForLog(url: string | undefined): string {
  if (!url) return '';
  const query = url.indexOf('?');
  return query === -1 ? url : `${url.slice(0, query)}?[Redacted]`;
}

/** What a request log line says about the request: never its headers, body or query string. */
export function requestForLog(req: { id?: unknown; method?: string; url?: string }): Record<string, unknown> {
  return { id: req.id, method: req.method, url: urlForLog(req.url) };
}

/** The request id travels from the gateway to every subgraph, so one id follows a request through. */
export function requestIdOf(req: IncomingMessage, res?: ServerResponse): string {
  const given = req.headers[REQUEST_ID_HEADER];
  const value = Array.isArray(given) ? given[0] : given;
  const id = value && /^[\w.-]{1,100}$/.test(value) ? value : randomUUID();
  res?.setHeader(REQUEST_ID_HEADER, id);
  return id;
}

export interface LoggingOptions {
  service: string;
  level: string;
  pretty: boolean;
}

/** Structured JSON logs in production, readable lines in development; request id on each line. */
export function createLoggerModule(options: LoggingOptions): DynamicModule {
  return LoggerModule.forRoot({
    pinoHttp: {
      level: options.level,
      base: { service: options.service },
      genReqId: requestIdOf,
      redact: { paths: REDACTED_LOG_PATHS, censor: '[Redacted]' },
      autoLogging: { ignore: (req) => /^\/(health|ready|metrics)\b/.test(req.url ?? '') },
      serializers: { req: requestForLog },
      ...(options.pretty
        ? {
            transport: {
              target: 'pino-pretty',
              options: { singleLine: true, colorize: true, ignore: 'pid,hostname' },
            },
          }
        : {}),
    },
  });
}
