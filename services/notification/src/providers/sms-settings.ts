import { Global, Module, type DynamicModule } from '@nestjs/common';
import { z } from 'zod';
import { ConfigError, optionalString, parseEnv } from '@points/config';

export type SmsProviderKind = 'sink' | 'http' | 'aliyun' | 'tencent';

export interface HttpGatewaySettings {
  url: string;
  /** Signs requests to the gateway (HMAC-SHA256 over `timestamp.body`). */
  secret: string;
  timeoutMs: number;
}

export interface AliyunSmsSettings {
  accessKeyId: string;
  accessKeySecret: string;
  endpoint: string;
  signName: string;
  /** Our template code → the code Aliyun assigned when the template was approved (SMS_xxxxxxx). */
  templateCodes: Record<string, string>;
  timeoutMs: number;
}

export interface TencentSmsSettings {
  secretId: string;
  secretKey: string;
  region: string;
  sdkAppId: string;
  signName: string;
  /** Our template code → Tencent's numeric template id. */
  templateIds: Record<string, string>;
  timeoutMs: number;
}

export interface SmsProviderSettings {
  /** Unique per provider; stored on each message, so a resumed send goes to the same one. */
  name: string;
  kind: SmsProviderKind;
  /** Relative share of traffic while healthy. */
  weight: number;
  /** Messages per second this provider accepts from the whole platform; 0 = no limit. */
  ratePerSecond: number;
  /** Secret the provider (or its adaptor) signs delivery receipts with; none = receipts refused. */
  receiptSecret?: string;
  http?: HttpGatewaySettings;
  aliyun?: AliyunSmsSettings;
  tencent?: TencentSmsSettings;
}

export interface SmsSettings {
  providers: SmsProviderSettings[];
  /** Provider attempts per message before TECHNICAL_FAILURE. */
  maxAttempts: number;
  /** First retry delay; doubles per attempt up to maxBackoffMs. */
  backoffMs: number;
  maxBackoffMs: number;
  /** A SENDING claim with no provider answer recorded after this long belongs to a dead worker. */
  claimStaleMs: number;
  /** A CREATED message older than this without a live job gets one from the sweeper. */
  createdStaleMs: number;
  sweepIntervalMs: number;
  /** Accepted by a provider but no receipt after this long: TEMPORARY_FAILURE (Notify: 72 h). */
  receiptTimeoutMs: number;
  /** Per applicant's number: a person's phone (GOV.UK Notify / Aliyun-style flood protection). */
  perMobile: { perHour: number; perDay: number };
  /**
   * Per HR contact's number: an employer's inbox that gets two SMS per application it files, so
   * hundreds in a wave. A person's limits would hold those back for days (issue 17).
   */
  perHrMobile: { perHour: number; perDay: number };
  /** Provider health penalty half-life: a provider that failed is tried again as it decays. */
  healthHalfLifeMs: number;
  /** Receipts older or newer than this (by their timestamp header) are refused. */
  receiptWindowMs: number;
  workerConcurrency: number;
}

export const SMS_SETTINGS = Symbol('SMS_SETTINGS');

const positiveInt = (fallback: number) => z.coerce.number().int().positive().default(fallback);
const jsonMap = z
  .string()
  .optional()
  .transform((text, ctx) => {
    const empty: Record<string, string> = {};
    if (!text) return empty;
    try {
      return z.record(z.string(), z.string()).parse(JSON.parse(text));
    } catch {
      ctx.addIssue({ code: 'custom', message: 'must be a JSON object of template code → provider template' });
      return z.NEVER;
    }
  });

const envSchema = z.object({
  SMS_PROVIDERS: optionalString,
  SMS_HTTP_URL: optionalString,
  SMS_HTTP_SECRET: optionalString,
  SMS_HTTP_RECEIPT_SECRET: optionalString,
  SMS_HTTP_TIMEOUT_MS: positiveInt(10_000),
  SMS_SINK_RECEIPT_SECRET: optionalString,
  ALIYUN_SMS_ACCESS_KEY_ID: optionalString,
  ALIYUN_SMS_ACCESS_KEY_SECRET: optionalString,
  ALIYUN_SMS_ENDPOINT: z.string().default('dysmsapi.aliyuncs.com'),
  ALIYUN_SMS_SIGN_NAME: z.string().default('上海人社'),
  ALIYUN_SMS_TEMPLATE_CODES: jsonMap,
  ALIYUN_SMS_RECEIPT_SECRET: optionalString,
  TENCENT_SMS_SECRET_ID: optionalString,
  TENCENT_SMS_SECRET_KEY: optionalString,
  TENCENT_SMS_REGION: z.string().default('ap-guangzhou'),
  TENCENT_SMS_SDK_APP_ID: optionalString,
  TENCENT_SMS_SIGN_NAME: z.string().default('上海人社'),
  TENCENT_SMS_TEMPLATE_IDS: jsonMap,
  TENCENT_SMS_RECEIPT_SECRET: optionalString,
  SMS_MAX_ATTEMPTS: positiveInt(5),
  SMS_BACKOFF_MS: positiveInt(2_000),
  SMS_RATE_PER_HOUR: positiveInt(5),
  SMS_RATE_PER_DAY: positiveInt(20),
  SMS_HR_RATE_PER_HOUR: positiveInt(300),
  SMS_HR_RATE_PER_DAY: positiveInt(2000),
  SMS_WORKER_CONCURRENCY: positiveInt(16),
  SMS_SWEEP_INTERVAL_MS: positiveInt(30_000),
});

/**
 * SMS settings from the environment. `SMS_PROVIDERS` lists `kind[:weight[:perSecond]]`, e.g.
 * `http:3:50,aliyun:1:20`; outside production it defaults to the development sink. Every problem
 * is reported with the variable named, at boot.
 */
export function loadSmsSettings(
  env: NodeJS.ProcessEnv = process.env,
  nodeEnv: string = env.NODE_ENV ?? 'development',
): SmsSettings {
  const e = parseEnv(envSchema, env);
  const problems: string[] = [];
  const list = e.SMS_PROVIDERS ?? (nodeEnv === 'production' ? undefined : 'sink');
  if (!list) problems.push('SMS_PROVIDERS: required in production (e.g. "http:3,aliyun:1")');
  const providers: SmsProviderSettings[] = [];
  for (const entry of (list ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean)) {
    const [kind, weightText = '1', rateText = '0'] = entry.split(':');
    const weight = Number(weightText);
    const ratePerSecond = Number(rateText);
    if (!Number.isFinite(weight) || weight <= 0 || !Number.isInteger(ratePerSecond) || ratePerSecond < 0) {
      problems.push(`SMS_PROVIDERS: "${entry}" must be kind[:weight>0[:perSecond>=0]]`);
      continue;
    }
    const base = { name: kind ?? '', weight, ratePerSecond };
    switch (kind) {
      case 'sink':
        if (nodeEnv === 'production')
          problems.push('SMS_PROVIDERS: the development sink sends nothing; not in production');
        providers.push({ ...base, kind: 'sink', receiptSecret: e.SMS_SINK_RECEIPT_SECRET });
        break;
      case 'http':
        if (!e.SMS_HTTP_URL || !e.SMS_HTTP_SECRET) {
          problems.push('SMS_HTTP_URL and SMS_HTTP_SECRET: required when SMS_PROVIDERS lists http');
          break;
        }
        providers.push({
          ...base,
          kind: 'http',
          receiptSecret: e.SMS_HTTP_RECEIPT_SECRET ?? e.SMS_HTTP_SECRET,
          http: { url: e.SMS_HTTP_URL, secret: e.SMS_HTTP_SECRET, timeoutMs: e.SMS_HTTP_TIMEOUT_MS },
        });
        break;
      case 'aliyun':
        if (!e.ALIYUN_SMS_ACCESS_KEY_ID || !e.ALIYUN_SMS_ACCESS_KEY_SECRET) {
          problems.push(
            'ALIYUN_SMS_ACCESS_KEY_ID and ALIYUN_SMS_ACCESS_KEY_SECRET: required when SMS_PROVIDERS lists aliyun',
          );
          break;
        }
        providers.push({
          ...base,
          kind: 'aliyun',
          receiptSecret: e.ALIYUN_SMS_RECEIPT_SECRET,
          aliyun: {
            accessKeyId: e.ALIYUN_SMS_ACCESS_KEY_ID,
            accessKeySecret: e.ALIYUN_SMS_ACCESS_KEY_SECRET,
            endpoint: e.ALIYUN_SMS_ENDPOINT,
            signName: e.ALIYUN_SMS_SIGN_NAME,
            templateCodes: e.ALIYUN_SMS_TEMPLATE_CODES,
            timeoutMs: e.SMS_HTTP_TIMEOUT_MS,
          },
        });
        break;
      case 'tencent':
        if (!e.TENCENT_SMS_SECRET_ID || !e.TENCENT_SMS_SECRET_KEY || !e.TENCENT_SMS_SDK_APP_ID) {
          problems.push(
            'TENCENT_SMS_SECRET_ID, TENCENT_SMS_SECRET_KEY and TENCENT_SMS_SDK_APP_ID: required when SMS_PROVIDERS lists tencent',
          );
          break;
        }
        providers.push({
          ...base,
          kind: 'tencent',
          receiptSecret: e.TENCENT_SMS_RECEIPT_SECRET,
          tencent: {
            secretId: e.TENCENT_SMS_SECRET_ID,
            secretKey: e.TENCENT_SMS_SECRET_KEY,
            region: e.TENCENT_SMS_REGION,
            sdkAppId: e.TENCENT_SMS_SDK_APP_ID,
            signName: e.TENCENT_SMS_SIGN_NAME,
            templateIds: e.TENCENT_SMS_TEMPLATE_IDS,
            timeoutMs: e.SMS_HTTP_TIMEOUT_MS,
          },
        });
        break;
      case undefined:
      default:
        problems.push(`SMS_PROVIDERS: unknown provider "${kind ?? ''}" (sink, http, aliyun, tencent)`);
    }
  }
  const names = providers.map((p) => p.name);
  if (new Set(names).size !== names.length) problems.push('SMS_PROVIDERS: a provider is listed twice');
  if (problems.length > 0) throw new ConfigError(problems);
  return {
    providers,
    maxAttempts: e.SMS_MAX_ATTEMPTS,
    backoffMs: e.SMS_BACKOFF_MS,
    maxBackoffMs: 10 * 60_000,
    claimStaleMs: Math.max(60_000, 3 * e.SMS_HTTP_TIMEOUT_MS),
    createdStaleMs: 60_000,
    sweepIntervalMs: e.SMS_SWEEP_INTERVAL_MS,
    receiptTimeoutMs: 72 * 3600_000,
    perMobile: { perHour: e.SMS_RATE_PER_HOUR, perDay: e.SMS_RATE_PER_DAY },
    perHrMobile: { perHour: e.SMS_HR_RATE_PER_HOUR, perDay: e.SMS_HR_RATE_PER_DAY },
    healthHalfLifeMs: 60_000,
    receiptWindowMs: 5 * 60_000,
    workerConcurrency: e.SMS_WORKER_CONCURRENCY,
  };
}

/** Makes the SMS settings injectable everywhere (main service and worker alike). */
@Global()
@Module({})
export class SmsSettingsModule {
  static forRoot(settings: SmsSettings): DynamicModule {
    return {
      module: SmsSettingsModule,
      providers: [{ provide: SMS_SETTINGS, useValue: settings }],
      exports: [SMS_SETTINGS],
    };
  }
}
