import type { IncomingMessage, ServerResponse } from 'node:http';
import {
  context,
  propagation,
  ROOT_CONTEXT,
  SpanKind,
  SpanStatusCode,
  trace,
  TraceFlags,
  type Context,
  type Span,
} from '@opentelemetry/api';
import { OTLPTraceExporter } from '@opentelemetry/exporter-trace-otlp-http';
import { Resource } from '@opentelemetry/resources';
import { BatchSpanProcessor, NodeTracerProvider } from '@opentelemetry/sdk-trace-node';

/** The one tracer of the platform; a no-op until `startTracing` registers a provider. */
export const tracer = trace.getTracer('points-platform');

let provider: NodeTracerProvider | undefined;

/**
 * OpenTelemetry traces (the 1.x SDK line @apollo/gateway already depends on, so one copy is
 * installed), off unless an OTLP endpoint is configured (OTEL_EXPORTER_OTLP_ENDPOINT or
 * OTEL_EXPORTER_OTLP_TRACES_ENDPOINT, the exporter's standard variables; OTEL_SDK_DISABLED=true
 * turns it off again). Spans go over OTLP/HTTP (JSON) to a collector. Registers the W3C
 * `traceparent` propagator and an AsyncLocalStorage context, so a span started for a request is
 * the parent of what that request does. Once per process; returns the flush-and-stop function.
 */
export function startTracing(service: string, env: NodeJS.ProcessEnv = process.env): () => Promise<void> {
  const endpoint = env.OTEL_EXPORTER_OTLP_TRACES_ENDPOINT ?? env.OTEL_EXPORTER_OTLP_ENDPOINT;
  if (!endpoint || env.OTEL_SDK_DISABLED === 'true' || provider) return () => Promise.resolve();
  provider = new NodeTracerProvider({
    resource: new Resource({ 'service.name': service }),
    spanProcessors: [new BatchSpanProcessor(new OTLPTraceExporter(), { scheduledDelayMillis: 500 })],
  });
  provider.register();
  const running = provider;
  return async () => {
    await running.shutdown();
    if (provider === running) provider = undefined;
  };
}

/** Ends a span with the outcome of `work`, recording a thrown error. */
export async function inSpan<T>(span: Span, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    span.recordException(error instanceof Error ? error : new Error(String(error)));
    span.setStatus({ code: SpanStatusCode.ERROR });
    throw error;
  } finally {
    span.end();
  }
}

/**
 * Express/Nest middleware: one SERVER span per HTTP request, continuing the caller's trace from
 * its `traceparent` header, active while the request is handled (so the subgraph's spans, its
 * outbox events and the gateway's subgraph fetches are its children).
 */
export function traceRequests(
  service: string,
): (req: IncomingMessage, res: ServerResponse, next: () => void) => void {
  return (req, res, next) => {
    if (/^\/(health|ready)\b/.test(req.url ?? '')) return next();
    const parent = propagation.extract(ROOT_CONTEXT, req.headers);
    const span = tracer.startSpan(
      `${req.method ?? 'GET'} ${(req.url ?? '/').split('?')[0]}`,
      { kind: SpanKind.SERVER, attributes: { 'service.name': service, 'http.request.method': req.method } },
      parent,
    );
    res.once('finish', () => {
      span.setAttribute('http.response.status_code', res.statusCode);
      if (res.statusCode >= 500) span.setStatus({ code: SpanStatusCode.ERROR });
      span.end();
    });
    const active = trace.setSpan(parent, span);
    // The body arrives in the request's stream events, which run in the socket's async context:
    // bind them, or everything after the body parser would run outside the span.
    context.bind(active, req);
    context.bind(active, res);
    context.with(active, next);
  };
}

/** Writes the active trace into outgoing headers (`traceparent`). */
export function injectTraceHeaders(headers: { set(name: string, value: string): unknown }): void {
  propagation.inject(context.active(), headers, { set: (carrier, key, value) => carrier.set(key, value) });
}

/** The active trace as W3C headers, to carry in a job's data (`traceparent`); empty when tracing is off. */
export function traceCarrier(): Record<string, string> {
  const carrier: Record<string, string> = {};
  propagation.inject(context.active(), carrier);
  return carrier;
}

/** Runs a queue job in a CONSUMER span continuing the trace its producer put in `carrier`. */
export function inJobSpan<T>(
  name: string,
  carrier: Record<string, string> | undefined,
  work: () => Promise<T>,
): Promise<T> {
  const parent = carrier ? propagation.extract(ROOT_CONTEXT, carrier) : ROOT_CONTEXT;
  const span = tracer.startSpan(name, { kind: SpanKind.CONSUMER }, parent);
  return inSpan(span, () => context.with(trace.setSpan(parent, span), work));
}

/** Where an event is published from: the active span's trace and span ids (the envelope carries them). */
export function activeTraceIds(): { traceId: string; spanId: string } | undefined {
  const spanContext = trace.getActiveSpan()?.spanContext();
  if (!spanContext || !trace.isSpanContextValid(spanContext)) return undefined;
  return { traceId: spanContext.traceId, spanId: spanContext.spanId };
}

/** The context of a published event's span (from its envelope), to parent the consumer's span. */
export function contextOfEvent(traceId: string | null, spanId: string | null | undefined): Context {
  if (!traceId || !spanId) return ROOT_CONTEXT;
  const spanContext = { traceId, spanId, traceFlags: TraceFlags.SAMPLED, isRemote: true };
  return trace.isSpanContextValid(spanContext)
    ? trace.setSpanContext(ROOT_CONTEXT, spanContext)
    : ROOT_CONTEXT;
}
