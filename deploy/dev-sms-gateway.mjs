#!/usr/bin/env node
// A development SMS gateway for docker-compose.yml: it speaks the protocol of notification's
// `http` provider (services/notification/src/providers/http-gateway.provider.ts) and sends nothing.
//
// Compose runs the platform with NODE_ENV=production, where notification refuses its in-process
// development sink (it would "send" without anyone noticing). This container stands in for a real
// gateway instead, so the send path is the production one: signed JSON POST, Idempotency-Key,
// the answer mapped to a status. Never run it anywhere real.
//
//   POST /sms   {messageId, mobile, text, template}
//               headers x-sms-timestamp, x-sms-signature = hex HMAC-SHA256(secret, "<timestamp>.<body>"),
//               idempotency-key
//   -> 200 {status: DELIVERED|PERMANENT_FAILURE|TEMPORARY_FAILURE, reference}; 401 bad signature;
//      500 for the simulated outage number. A repeated Idempotency-Key gets its first answer again.
//   GET /health -> 200
//
// Simulated numbers, as the in-process sink: 13800000001 permanent failure, 13800000002
// temporary failure, 13800000003 provider outage (HTTP 500, for failover demos).
//
// env: SMS_HTTP_SECRET (required), SMS_GATEWAY_PORT (default 8080; 0 = any free port, printed).
// No dependencies: it runs in a plain node image with this file mounted read-only.
import { createHmac, timingSafeEqual } from 'node:crypto';
import { createServer } from 'node:http';

const secret = process.env.SMS_HTTP_SECRET ?? '';
if (secret.length < 16) {
  console.error('dev-sms-gateway: SMS_HTTP_SECRET (at least 16 characters) is required');
  process.exit(64);
}
const port = Number(process.env.SMS_GATEWAY_PORT ?? 8080);
const SIMULATED = {
  13800000001: { status: 'PERMANENT_FAILURE', reason: 'simulated: number does not exist' },
  13800000002: { status: 'TEMPORARY_FAILURE', reason: 'simulated: handset unreachable' },
};
const OUTAGE = '13800000003';
/** First answer per Idempotency-Key; bounded so a long demo does not grow without end. */
const answers = new Map();
const MAX_ANSWERS = 100_000;
let counter = 0;

const signatureOk = (timestamp, body, given) => {
  const expected = createHmac('sha256', secret).update(`${timestamp}.${body}`, 'utf8').digest();
  const actual = Buffer.from(String(given), 'hex');
  return actual.length === expected.length && timingSafeEqual(actual, expected);
};
// Logs carry no personal data in full: the mobile masked as the platform masks it, no text (it may
// name the applicant); notification's `messages` query shows what was sent.
const mask = (mobile) => String(mobile).replace(/^(\d{3})\d{4}(\d{4})$/, '$1****$2');

const server = createServer((req, res) => {
  const reply = (status, value) => {
    res.writeHead(status, { 'content-type': 'application/json' });
    res.end(JSON.stringify(value));
  };
  if (req.method === 'GET' && req.url === '/health') return reply(200, { status: 'ok' });
  if (req.method !== 'POST' || req.url !== '/sms') return reply(404, { error: 'POST /sms only' });
  const chunks = [];
  req.on('data', (chunk) => chunks.push(chunk));
  req.on('end', () => {
    const body = Buffer.concat(chunks).toString('utf8');
    if (!signatureOk(req.headers['x-sms-timestamp'] ?? '', body, req.headers['x-sms-signature'] ?? ''))
      return reply(401, { error: 'bad signature' });
    const key = String(req.headers['idempotency-key'] ?? '');
    const previous = answers.get(key);
    if (key && previous) return reply(200, previous);
    let message;
    try {
      message = JSON.parse(body);
    } catch {
      return reply(400, { error: 'body is not JSON' });
    }
    if (message.mobile === OUTAGE) return reply(500, { error: 'simulated outage' });
    const answer = {
      ...(SIMULATED[message.mobile] ?? { status: 'DELIVERED' }),
      reference: `dev-${++counter}`,
    };
    if (key) {
      if (answers.size >= MAX_ANSWERS) answers.delete(answers.keys().next().value);
      answers.set(key, answer);
    }
    console.log(
      JSON.stringify({ sms: answer.status, to: mask(message.mobile), template: message.template, key }),
    );
    reply(200, answer);
  });
});

server.listen(port, () => console.log(`dev-sms-gateway listening on ${server.address().port}`));
const stop = () => server.close(() => process.exit(0));
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
