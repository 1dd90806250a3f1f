import { createHmac } from 'node:crypto';
import type { HttpGatewaySettings } from './sms-settings';
import {
  SmsProviderError,
  type SmsProvider,
  type SmsSendRequest,
  type SmsSendResult,
} from './sms-provider.interface';

export const GATEWAY_TIMESTAMP_HEADER = 'x-sms-timestamp';
export const GATEWAY_SIGNATURE_HEADER = 'x-sms-signature';
export const IDEMPOTENCY_KEY_HEADER = 'idempotency-key';

/** hex HMAC-SHA256 over `${timestamp}.${body}`: the scheme both directions use (sends and receipts). */
export function signPayload(secret: string, timestamp: string, body: string): string {
  return createHmac('sha256', secret).update(`${timestamp}.${body}`, 'utf8').digest('hex');
}

interface GatewayAnswer {
  status?: string;
  reference?: string;
  reason?: string;
}

/**
 * A generic SMS gateway over HTTPS: JSON POST signed with HMAC-SHA256 and a timestamp, with the
 * message id as `Idempotency-Key` (the gateway answers a repeated key with its first answer).
 * 2xx: `{status: ACCEPTED|DELIVERED|PERMANENT_FAILURE|TEMPORARY_FAILURE, reference, reason}`;
 * anything else is a technical failure.
 */
export class HttpGatewaySmsProvider implements SmsProvider {
  constructor(
    readonly name: string,
    private readonly settings: HttpGatewaySettings,
  ) {}

  async send(request: SmsSendRequest): Promise<SmsSendResult> {
    const body = JSON.stringify({
      messageId: request.messageId,
      mobile: request.mobile,
      text: request.body,
      template: request.templateCode,
    });
    const timestamp = String(Date.now());
    let response: Response;
    // An explicit controller rather than AbortSignal.timeout: the timer must also cover the body.
    const controller = new AbortController();
    const timer = setTimeout(
      () => controller.abort(new Error(`timed out after ${this.settings.timeoutMs} ms`)),
      this.settings.timeoutMs,
    );
    try {
      response = await fetch(this.settings.url, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          [GATEWAY_TIMESTAMP_HEADER]: timestamp,
          [GATEWAY_SIGNATURE_HEADER]: signPayload(this.settings.secret, timestamp, body),
          [IDEMPOTENCY_KEY_HEADER]: request.messageId,
        },
        body,
        signal: controller.signal,
      });
    } catch (error) {
      // Refused before anything was sent: safe to fail over. A timeout may have sent it.
      const code = (error as { cause?: { code?: string } }).cause?.code;
      const refused = code === 'ECONNREFUSED' || code === 'ENOTFOUND' || code === 'EAI_AGAIN';
      clearTimeout(timer);
      throw new SmsProviderError(`${this.name}: ${refused ? code : String(error)}`, !refused);
    }
    let text: string;
    try {
      text = await response.text();
    } catch (error) {
      throw new SmsProviderError(`${this.name}: answer cut off: ${String(error)}`, true);
    } finally {
      clearTimeout(timer);
    }
    if (!response.ok) throw new SmsProviderError(`${this.name}: HTTP ${response.status}`);
    let answer: GatewayAnswer;
    try {
      answer = JSON.parse(text) as GatewayAnswer;
    } catch {
      throw new SmsProviderError(`${this.name}: answer is not JSON`, true);
    }
    switch (answer.status) {
      case 'ACCEPTED':
      case 'DELIVERED':
        return {
          outcome: 'ACCEPTED',
          reference: answer.reference ?? request.messageId,
          delivered: answer.status === 'DELIVERED',
        };
      case 'PERMANENT_FAILURE':
      case 'TEMPORARY_FAILURE':
        return { outcome: answer.status, reason: answer.reason ?? answer.status };
      case undefined:
      default:
        throw new SmsProviderError(`${this.name}: unknown status ${String(answer.status)}`, true);
    }
  }
}
