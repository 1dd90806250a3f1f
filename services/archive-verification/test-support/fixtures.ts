import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { PiiCipher } from '@points/crypto';
import { PII_EVENT_AAD, type EventEnvelope, type EventPayload } from '@points/events';
import { testEvent } from '@points/testing';
import { residentIdCheckCharacter } from '@points/validation';
import { verifyRegistrySignature } from '../src/registries/http/request-signing.util';

/** A valid GB 11643 resident ID born on `birth` (YYYYMMDD), numbered `seq`. */
export function residentIdOf(seq: number, birth = '19900315'): string {
  const first17 = `310104${birth}${String(seq % 1000).padStart(3, '0')}`;
  return first17 + residentIdCheckCharacter(first17);
}

export const EMPLOYER_CREDIT_CODE = '91310000MA1FL0001A';
export const OTHER_CREDIT_CODE = '91310000MA1FL0002B';

export type AcceptedData = EventPayload<'application.accepted'>;

export function acceptedEvent(
  cipher: PiiCipher,
  residentId: string,
  overrides: Partial<Omit<AcceptedData, 'residentId'>> = {},
): EventEnvelope<'application.accepted'> {
  const applicationId = overrides.applicationId ?? crypto.randomUUID();
  return testEvent(
    'application.accepted',
    {
      applicationId,
      kind: 'NEW',
      applicantId: crypto.randomUUID(),
      residentId: cipher.encrypt(residentId, PII_EVENT_AAD.residentId),
      employerId: crypto.randomUUID(),
      employerCreditCode: EMPLOYER_CREDIT_CODE,
      district: 'XUHUI',
      receiptNo: `XH-${applicationId.slice(0, 8)}`,
      acceptedOn: '2024-03-20',
      claimedProfile: { education: 'NONE' },
      educationHistory: [],
      archiveHolder: '徐汇区人才服务中心',
      ...overrides,
    },
    `application:${applicationId}`,
  );
}

export interface RecordedRequest {
  path: string;
  body: Record<string, unknown>;
  signed: boolean;
}

/**
 * A registry on node:http for the HTTP adapter: checks each request's signature, records it, and
 * answers with whatever `answer` returns (status and JSON), or never (return `'hang'`).
 */
export async function startTestRegistry(
  secrets: Record<string, string>,
  answer: (request: RecordedRequest, nth: number) => { status: number; json: unknown } | 'hang',
): Promise<{ url: string; requests: RecordedRequest[]; close(): Promise<void> }> {
  const requests: RecordedRequest[] = [];
  const hanging = new Set<ServerResponse>();
  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    let raw = '';
    req.on('data', (chunk: Buffer) => (raw += chunk.toString('utf8')));
    req.on('end', () => {
      const path = new URL(req.url ?? '/', 'http://x').pathname;
      const signed = verifyRegistrySignature({
        method: req.method ?? '',
        path,
        body: raw,
        headers: req.headers,
        secrets,
        now: Date.now(),
      });
      const request: RecordedRequest = {
        path,
        body: JSON.parse(raw || '{}') as Record<string, unknown>,
        signed,
      };
      requests.push(request);
      if (!signed) {
        res.writeHead(401).end();
        return;
      }
      const nth = requests.filter((r) => r.path === path).length;
      const reply = answer(request, nth);
      if (reply === 'hang') {
        hanging.add(res);
        return;
      }
      res.writeHead(reply.status, { 'content-type': 'application/json' }).end(JSON.stringify(reply.json));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/registry`,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        for (const res of hanging) res.destroy();
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
