import Dysmsapi, { SendSmsRequest } from '@alicloud/dysmsapi20170525';
import { Config as OpenApiConfig } from '@alicloud/openapi-client';
import type { AliyunSmsSettings } from './sms-settings';
import {
  SmsProviderError,
  type SmsProvider,
  type SmsSendRequest,
  type SmsSendResult,
} from './sms-provider.interface';

/** The SendSms parameters (Aliyun Dysmsapi 2017-05-25) for one message. */
export interface AliyunSendSmsParams {
  phoneNumbers: string;
  signName: string;
  templateCode: string;
  templateParam: string;
  /** Echoed in Aliyun's delivery receipts (SmsReport.out_id): how a receipt finds our message. */
  outId: string;
}

export function toAliyunSendSms(request: SmsSendRequest, settings: AliyunSmsSettings): AliyunSendSmsParams {
  const templateCode = settings.templateCodes[request.templateCode];
  if (!templateCode) {
    // A configuration gap, not the recipient's fault: another provider may have the template.
    throw new SmsProviderError(`aliyun: no template code configured for ${request.templateCode}`);
  }
  return {
    phoneNumbers: request.mobile,
    signName: settings.signName,
    templateCode,
    templateParam: JSON.stringify(request.variables),
    outId: request.messageId,
  };
}

/** Numbers Aliyun says can never receive: retrying elsewhere will not help. */
const ALIYUN_PERMANENT = new Set(['isv.MOBILE_NUMBER_ILLEGAL', 'isv.MOBILE_IN_BLACK']);

export function fromAliyunResponse(
  body: { code?: string; message?: string; bizId?: string } | undefined,
): SmsSendResult {
  if (body?.code === 'OK' && body.bizId)
    return { outcome: 'ACCEPTED', reference: body.bizId, delivered: false };
  if (body?.code && ALIYUN_PERMANENT.has(body.code)) {
    return { outcome: 'PERMANENT_FAILURE', reason: `aliyun ${body.code}: ${body.message ?? ''}` };
  }
  // Flow control (isv.BUSINESS_LIMIT_CONTROL), balance, signature, template problems: retry/fail over.
  throw new SmsProviderError(`aliyun ${body?.code ?? 'no answer'}: ${body?.message ?? ''}`);
}

/**
 * Aliyun SMS through its official SDK. SendSms has no idempotency key: OutId only ties receipts to
 * our message. Exactly-once therefore rests on our status guard (claim before calling, resume a
 * dead worker's claim only on the same provider), and a resend after an ambiguous timeout can
 * in the worst case duplicate at Aliyun (documented in the README of this service's decisions).
 */
export class AliyunSmsProvider implements SmsProvider {
  private client: Pick<Dysmsapi, 'sendSms'> | undefined;

  constructor(
    readonly name: string,
    private readonly settings: AliyunSmsSettings,
    /** Test seam: the SDK client (built lazily from the settings otherwise). */
    private readonly clientFactory: () => Pick<Dysmsapi, 'sendSms'> = () =>
      new Dysmsapi(
        new OpenApiConfig({
          accessKeyId: settings.accessKeyId,
          accessKeySecret: settings.accessKeySecret,
          endpoint: settings.endpoint,
          connectTimeout: Math.min(settings.timeoutMs, 5_000),
          readTimeout: settings.timeoutMs,
        }),
      ),
  ) {}

  async send(request: SmsSendRequest): Promise<SmsSendResult> {
    const params = toAliyunSendSms(request, this.settings);
    this.client ??= this.clientFactory();
    let response;
    try {
      response = await this.client.sendSms(new SendSmsRequest(params));
    } catch (error) {
      // The SDK does not say whether the request left: treat it as possibly sent.
      throw new SmsProviderError(`aliyun: ${String(error)}`, true);
    }
    return fromAliyunResponse(response.body);
  }
}
