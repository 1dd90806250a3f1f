import { Global, Module, type DynamicModule } from '@nestjs/common';
import { CLOCK, systemClock, type Clock } from './clock';

/** Overrides of what the service otherwise takes from the environment and the system clock. */
export interface EmployerRegistrationOptions {
  /** PEM of the EdDSA private key that signs access tokens (tests: testJwtKeys().privateKeyPem). */
  jwtPrivateKeyPem?: string;
  clock?: Clock;
}

export const APP_OPTIONS = Symbol('EMPLOYER_REGISTRATION_OPTIONS');

@Global()
@Module({})
export class AppOptionsModule {
  static forRoot(options: EmployerRegistrationOptions): DynamicModule {
    return {
      module: AppOptionsModule,
      providers: [
        { provide: APP_OPTIONS, useValue: options },
        { provide: CLOCK, useValue: options.clock ?? systemClock },
      ],
      exports: [APP_OPTIONS, CLOCK],
    };
  }
}
