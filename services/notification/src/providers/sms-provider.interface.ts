/** What a provider is asked to send. */
export interface SmsSendRequest {
  /** Our message id: also the idempotency key, so a repeated call sends nothing new. */
  messageId: string;
  mobile: string;
  /** The rendered text, signature included (for providers that take free text). */
  body: string;
  /** For providers that only send pre-approved templates (Aliyun, Tencent). */
  templateCode: string;
  variables: Record<string, string>;
}

/** How a provider answered. Technical errors are thrown as SmsProviderError instead. */
export type SmsSendResult =
  | {
      outcome: 'ACCEPTED';
      reference: string;
      /** The provider already knows it was delivered. */ delivered: boolean;
    }
  | { outcome: 'PERMANENT_FAILURE'; reason: string }
  | { outcome: 'TEMPORARY_FAILURE'; reason: string };

/**
 * The provider could not take the message (down, 5xx, throttled, bad credentials). `ambiguous`:
 * the request may have reached it (timeout after sending), so a retry must go to the same
 * provider with the same idempotency key, not fail over to another one that would send again.
 */
export class SmsProviderError extends Error {
  constructor(
    message: string,
    readonly ambiguous = false,
  ) {
    super(message);
    this.name = 'SmsProviderError';
  }
}

export interface SmsProvider {
  readonly name: string;
  send(request: SmsSendRequest): Promise<SmsSendResult>;
}
