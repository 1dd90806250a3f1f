import { fromAliyunResponse, toAliyunSendSms, AliyunSmsProvider } from './aliyun.provider';
import { signPayload } from './http-gateway.provider';
import { loadSmsSettings, type AliyunSmsSettings, type TencentSmsSettings } from './sms-settings';
import { SmsProviderError, type SmsSendRequest } from './sms-provider.interface';
import { fromTencentResponse, toTencentSendSms, TencentSmsProvider } from './tencent.provider';
import { verifySignature, withinWindow } from '../receipts/receipt-signature.util';

const request: SmsSendRequest = {
  messageId: '5f0c7a52-1111-4c11-8111-111111111111',
  mobile: '13912345678',
  body: '【上海人社】居住证积分申请已受理，受理编号：XH-1。审核结果将以短信通知。',
  templateCode: 'APPLICATION_ACCEPTED',
  variables: { receiptNo: 'XH-1' },
};

const aliyun: AliyunSmsSettings = {
  accessKeyId: 'id',
  accessKeySecret: 'secret',
  endpoint: 'dysmsapi.aliyuncs.com',
  signName: '上海人社',
  templateCodes: { APPLICATION_ACCEPTED: 'SMS_100001' },
  timeoutMs: 5000,
};

const tencent: TencentSmsSettings = {
  secretId: 'id',
  secretKey: 'key',
  region: 'ap-guangzhou',
  sdkAppId: '1400000001',
  signName: '上海人社',
  templateIds: { APPLICATION_ACCEPTED: '2000001' },
  timeoutMs: 5000,
};

describe('Aliyun SMS mapping (no network)', () => {
  it('sends the approved template with JSON parameters and our id as OutId', () => {
    expect(toAliyunSendSms(request, aliyun)).toEqual({
      phoneNumbers: '13912345678',
      signName: '上海人社',
      templateCode: 'SMS_100001',
      templateParam: '{"receiptNo":"XH-1"}',
      outId: request.messageId,
    });
  });

  it('maps the answer codes', () => {
    expect(fromAliyunResponse({ code: 'OK', bizId: 'biz-1' })).toEqual({
      outcome: 'ACCEPTED',
      reference: 'biz-1',
      delivered: false,
    });
    expect(fromAliyunResponse({ code: 'isv.MOBILE_NUMBER_ILLEGAL', message: 'bad' }).outcome).toBe(
      'PERMANENT_FAILURE',
    );
    expect(() => fromAliyunResponse({ code: 'isv.BUSINESS_LIMIT_CONTROL' })).toThrow(SmsProviderError);
  });

  it('goes through the SDK client, built only when first needed', async () => {
    const calls: unknown[] = [];
    let built = 0;
    const provider = new AliyunSmsProvider('aliyun', aliyun, () => {
      built++;
      return {
        sendSms: (req: unknown) => {
          calls.push(req);
          return Promise.resolve({ body: { code: 'OK', bizId: 'biz-9' } } as never);
        },
      };
    });
    expect(built).toBe(0);
    await expect(provider.send(request)).resolves.toMatchObject({ outcome: 'ACCEPTED', reference: 'biz-9' });
    await provider.send(request);
    expect(built).toBe(1);
    expect(calls[0]).toMatchObject({ templateCode: 'SMS_100001', outId: request.messageId });
  });

  it('refuses a template it has no code for (a configuration gap: fail over)', () => {
    expect(() => toAliyunSendSms({ ...request, templateCode: 'RENEWAL_DUE' }, aliyun)).toThrow(
      /no template code/,
    );
  });
});

describe('Tencent Cloud SMS mapping (no network)', () => {
  it('sends +86 numbers, positional parameters and our id as SessionContext', () => {
    expect(toTencentSendSms({ ...request, variables: { a: '1', b: '2' } }, tencent)).toEqual({
      PhoneNumberSet: ['+8613912345678'],
      SmsSdkAppId: '1400000001',
      SignName: '上海人社',
      TemplateId: '2000001',
      TemplateParamSet: ['1', '2'],
      SessionContext: request.messageId,
    });
  });

  it('maps the send status', async () => {
    expect(fromTencentResponse({ SendStatusSet: [{ Code: 'Ok', SerialNo: 's-1' }] })).toEqual({
      outcome: 'ACCEPTED',
      reference: 's-1',
      delivered: false,
    });
    expect(
      fromTencentResponse({ SendStatusSet: [{ Code: 'InvalidParameterValue.IncorrectPhoneNumber' }] })
        .outcome,
    ).toBe('PERMANENT_FAILURE');
    const provider = new TencentSmsProvider('tencent', tencent, () => ({
      SendSms: () => Promise.reject(new Error('socket hang up')),
    }));
    await expect(provider.send(request)).rejects.toMatchObject({ name: 'SmsProviderError', ambiguous: true });
  });
});

describe('signatures', () => {
  it('accepts the right HMAC and refuses any other, in constant time', () => {
    const sig = signPayload('s3cret', '1700000000000', '{"a":1}');
    expect(verifySignature('s3cret', '1700000000000', '{"a":1}', sig)).toBe(true);
    expect(verifySignature('s3cret', '1700000000000', '{"a":2}', sig)).toBe(false);
    expect(verifySignature('other', '1700000000000', '{"a":1}', sig)).toBe(false);
    expect(verifySignature('s3cret', '1700000000000', '{"a":1}', 'zz')).toBe(false);
  });

  it('accepts timestamps within the window only', () => {
    expect(withinWindow('1000000', 300_000, 1_200_000)).toBe(true);
    expect(withinWindow('1000000', 100_000, 1_200_000)).toBe(false);
    expect(withinWindow('soon', 100_000, 1_200_000)).toBe(false);
  });
});

describe('loadSmsSettings', () => {
  it('defaults to the development sink outside production', () => {
    expect(loadSmsSettings({}, 'development').providers).toEqual([
      { name: 'sink', kind: 'sink', weight: 1, ratePerSecond: 0, receiptSecret: undefined },
    ]);
  });

  it('names the variable that is wrong', () => {
    expect(() => loadSmsSettings({}, 'production')).toThrow(/SMS_PROVIDERS/);
    expect(() => loadSmsSettings({ SMS_PROVIDERS: 'http' }, 'development')).toThrow(/SMS_HTTP_URL/);
    expect(() => loadSmsSettings({ SMS_PROVIDERS: 'carrier-pigeon' }, 'development')).toThrow(
      /unknown provider/,
    );
  });

  it('reads weights and per-second limits', () => {
    const settings = loadSmsSettings(
      { SMS_PROVIDERS: 'http:3:50,sink', SMS_HTTP_URL: 'https://sms.example/send', SMS_HTTP_SECRET: 'k' },
      'development',
    );
    expect(settings.providers.map((p) => [p.name, p.weight, p.ratePerSecond])).toEqual([
      ['http', 3, 50],
      ['sink', 1, 0],
    ]);
  });
});
