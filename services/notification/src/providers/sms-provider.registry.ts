import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { AliyunSmsProvider } from './aliyun.provider';
import { HttpGatewaySmsProvider } from './http-gateway.provider';
import { SinkSmsProvider } from './sink.provider';
import type { SmsProvider } from './sms-provider.interface';
import { SMS_SETTINGS, type SmsProviderSettings, type SmsSettings } from './sms-settings';
import { TencentSmsProvider } from './tencent.provider';

/** The configured providers, built once (SDK clients themselves are created on first use). */
@Injectable()
export class SmsProviderRegistry {
  private readonly providers = new Map<string, { provider: SmsProvider; settings: SmsProviderSettings }>();

  constructor(@Inject(SMS_SETTINGS) settings: SmsSettings, @InjectDataSource() dataSource: DataSource) {
    for (const entry of settings.providers) {
      this.providers.set(entry.name, { provider: build(entry, dataSource), settings: entry });
    }
  }

  get(name: string): { provider: SmsProvider; settings: SmsProviderSettings } | undefined {
    return this.providers.get(name);
  }

  all(): Array<{ provider: SmsProvider; settings: SmsProviderSettings }> {
    return [...this.providers.values()];
  }
}

function build(entry: SmsProviderSettings, dataSource: DataSource): SmsProvider {
  switch (entry.kind) {
    case 'sink':
      return new SinkSmsProvider(entry.name, dataSource);
    case 'http':
      if (!entry.http) throw new Error(`provider ${entry.name}: http settings missing`);
      return new HttpGatewaySmsProvider(entry.name, entry.http);
    case 'aliyun':
      if (!entry.aliyun) throw new Error(`provider ${entry.name}: aliyun settings missing`);
      return new AliyunSmsProvider(entry.name, entry.aliyun);
    case 'tencent':
      if (!entry.tencent) throw new Error(`provider ${entry.name}: tencent settings missing`);
      return new TencentSmsProvider(entry.name, entry.tencent);
  }
}
