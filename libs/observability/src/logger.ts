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
  'req.headers["x-gateway-secret"]',
  'req.body',
  '*.password',
  '*.residentId',
  '*.idNumber',
  '*.mobile',
];

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
      serializers: {
        req: (req: { id: string; method: string; url: string }) => ({
          id: req.id,
          method: req.method,
          url: req.url,
        }),
      },
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
