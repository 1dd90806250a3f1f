import { sms } from 'tencentcloud-sdk-nodejs-sms';
import type { TencentSmsSettings } from './sms-settings';
import {
  SmsProviderError,
  type SmsProvider,
  type SmsSendRequest,
  type SmsSendResult,
} from './sms-provider.interface';

type TencentClient = InstanceType<typeof sms.v20210111.Client>;
type TencentSendSmsRequest = Parameters<TencentClient['SendSms']>[0];
type TencentSendSmsResponse = Awaited<ReturnType<TencentClient['SendSms']>>;

export function toTencentSendSms(
  request: SmsSendRequest,
  settings: TencentSmsSettings,
): TencentSendSmsRequest {
  const templateId = settings.templateIds[request.templateCode];
  if (!templateId)
    throw new SmsProviderError(`tencent: no template id configured for ${request.templateCode}`);
  return {
    PhoneNumberSet: [`+86${request.mobile}`],
    SmsSdkAppId: settings.sdkAppId,
    SignName: settings.signName,
    TemplateId: templateId,
    // Tencent's parameters are positional: {1}, {2}, ... in the order our template names them.
    TemplateParamSet: Object.values(request.variables),
    // Echoed back in the send answer and in status callbacks: ties them to our message.
    SessionContext: request.messageId,
  };
}

const TENCENT_PERMANENT = new Set([
  'InvalidParameterValue.IncorrectPhoneNumber',
  'FailedOperation.PhoneNumberInBlacklist',
  'UnsupportedOperation.ContainDomesticAndInternationalPhoneNumber',
]);

export function fromTencentResponse(response: TencentSendSmsResponse): SmsSendResult {
  const status = response.SendStatusSet?.[0];
  if (status?.Code === 'Ok' && status.SerialNo) {
    return { outcome: 'ACCEPTED', reference: status.SerialNo, delivered: false };
  }
  if (status?.Code && TENCENT_PERMANENT.has(status.Code)) {
    return { outcome: 'PERMANENT_FAILURE', reason: `tencent ${status.Code}: ${status.Message ?? ''}` };
  }
  throw new SmsProviderError(`tencent ${status?.Code ?? 'no status'}: ${status?.Message ?? ''}`);
}

/**
 * Tencent Cloud SMS through its official SDK (API 2021-01-11). Like Aliyun it has no idempotency
 * key (SessionContext is only echoed), so our status guard is what prevents a second send.
 */
export class TencentSmsProvider implements SmsProvider {
  private client: Pick<TencentClient, 'SendSms'> | undefined;

  constructor(
    readonly name: string,
    private readonly settings: TencentSmsSettings,
    private readonly clientFactory: () => Pick<TencentClient, 'SendSms'> = () =>
      new sms.v20210111.Client({
        credential: { secretId: settings.secretId, secretKey: settings.secretKey },
        region: settings.region,
        profile: {
          httpProfile: {
            endpoint: 'sms.tencentcloudapi.com',
            reqTimeout: Math.ceil(settings.timeoutMs / 1000),
          },
        },
      }),
  ) {}

  async send(request: SmsSendRequest): Promise<SmsSendResult> {
    const params = toTencentSendSms(request, this.settings);
    this.client ??= this.clientFactory();
    let response: TencentSendSmsResponse;
    try {
      response = await this.client.SendSms(params);
    } catch (error) {
      throw new SmsProviderError(`tencent: ${String(error)}`, true);
    }
    return fromTencentResponse(response);
  }
}
