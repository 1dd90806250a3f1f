import { Global, Module, type DynamicModule } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { AUTH_OPTIONS, AuthGuard, type AuthOptions } from './auth.guard';
import { JwtVerifier, type JwtSettings } from './jwt';

export interface AuthModuleOptions extends JwtSettings {
  publicKeyPem: string;
  gatewaySecret?: string;
}

/** Registers the deny-by-default guard for every controller and resolver of the app. */
@Global()
@Module({})
export class AuthModule {
  static forRoot(options: AuthModuleOptions): DynamicModule {
    return {
      module: AuthModule,
      providers: [
        {
          provide: AUTH_OPTIONS,
          useFactory: async (): Promise<AuthOptions> => ({
            verifier: await JwtVerifier.fromPem(options.publicKeyPem, options),
            gatewaySecret: options.gatewaySecret,
          }),
        },
        { provide: APP_GUARD, useClass: AuthGuard },
      ],
      exports: [AUTH_OPTIONS],
    };
  }
}
