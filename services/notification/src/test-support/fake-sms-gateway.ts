import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import {
  GATEWAY_SIGNATURE_HEADER,
  GATEWAY_TIMESTAMP_HEADER,
  IDEMPOTENCY_KEY_HEADER,
} from '../providers/http-gateway.provider';
import { verifySignature } from '../receipts/receipt-signature.util';

/** slow: takes the message, then answers only after `slowMs` (past the caller's timeout). */
export type GatewayMode = 'deliver' | 'accept' | 'fail' | 'slow';

interface Endpoint {
  mode: GatewayMode;
  requests: number;
  /** First answer per idempotency key: a repeated key gets it again and sends nothing. */
  answers: Map<string, { status: string; reference: string }>;
  /** Requests that repeated a key (the idempotency key at work). */
  repeats: number;
  bodies: Map<string, { mobile: string; text: string }>;
}

/**
 * A local SMS gateway (node:http) that behaves as the HTTP provider expects: it checks the
 * HMAC signature, honours Idempotency-Key, and each path can be told to deliver, only accept
 * (a receipt follows later) or fail with HTTP 500.
 */
export class FakeSmsGateway {
  private server: Server | undefined;
  private readonly endpoints = new Map<string, Endpoint>();
  private port = 0;
  private counter = 0;
  slowMs = 1_000;

  constructor(private readonly secret: string) {}

  async start(): Promise<this> {
    this.server = createServer((req, res) => void this.handle(req, res));
    this.server.keepAliveTimeout = 60_000;
    await new Promise<void>((resolve) => this.server?.listen(0, '127.0.0.1', resolve));
    this.port = (this.server.address() as AddressInfo).port;
    return this;
  }

  url(path: string): string {
    this.endpoint(path);
    return `http://127.0.0.1:${this.port}/${path}`;
  }

  setMode(path: string, mode: GatewayMode): void {
    this.endpoint(path).mode = mode;
  }

  stats(path: string): Endpoint {
    return this.endpoint(path);
  }

  async close(): Promise<void> {
    this.server?.closeAllConnections();
    await new Promise<void>((resolve) => this.server?.close(() => resolve()));
  }

  private endpoint(path: string): Endpoint {
    let endpoint = this.endpoints.get(path);
    if (!endpoint) {
      endpoint = { mode: 'deliver', requests: 0, answers: new Map(), repeats: 0, bodies: new Map() };
      this.endpoints.set(path, endpoint);
    }
    return endpoint;
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const body = Buffer.concat(chunks).toString('utf8');
    const endpoint = this.endpoint((req.url ?? '/').slice(1));
    endpoint.requests++;
    const header = (name: string) => String(req.headers[name] ?? '');
    const reply = (status: number, value: unknown) => {
      res.writeHead(status, { 'content-type': 'application/json' });
      res.end(JSON.stringify(value));
    };
    if (
      !verifySignature(this.secret, header(GATEWAY_TIMESTAMP_HEADER), body, header(GATEWAY_SIGNATURE_HEADER))
    ) {
      return reply(401, { error: 'bad signature' });
    }
    if (endpoint.mode === 'fail') return reply(500, { error: 'down' });
    const key = header(IDEMPOTENCY_KEY_HEADER);
    const previous = endpoint.answers.get(key);
    if (previous) {
      endpoint.repeats++;
      return reply(200, previous);
    }
    const parsed = JSON.parse(body) as { mobile: string; text: string };
    const answer = {
      status: endpoint.mode === 'accept' ? 'ACCEPTED' : 'DELIVERED',
      reference: `gw-${++this.counter}`,
    };
    endpoint.answers.set(key, answer);
    endpoint.bodies.set(key, { mobile: parsed.mobile, text: parsed.text });
    if (endpoint.mode === 'slow') await new Promise((r) => setTimeout(r, this.slowMs));
    reply(200, answer);
  }
}
