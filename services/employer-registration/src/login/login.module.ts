import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { JwtIssuer } from '@points/auth';
import type { ServiceConfig } from '@points/config';
import { SERVICE_CONFIG } from '@points/subgraph';
import { AccountEntity } from '../accounts/account.entity';
import { AccountsCoreModule } from '../accounts/accounts-core.module';
import { APP_OPTIONS, type EmployerRegistrationOptions } from '../common/app-options.module';
import { LoginResolver } from './login.resolver';
import { JWT_ISSUER, LoginService } from './login.service';
import { loadSigningKeyConfig, resolveSigningKeyPem } from './signing-key.config';

@Module({
  imports: [TypeOrmModule.forFeature([AccountEntity]), AccountsCoreModule],
  providers: [
    LoginResolver,
    LoginService,
    {
      provide: JWT_ISSUER,
      inject: [SERVICE_CONFIG, APP_OPTIONS],
      useFactory: (config: ServiceConfig, options: EmployerRegistrationOptions): Promise<JwtIssuer> =>
        JwtIssuer.fromPem(resolveSigningKeyPem(config, loadSigningKeyConfig(), options.jwtPrivateKeyPem), {
          issuer: config.auth.issuer,
          audience: config.auth.audience,
        }),
    },
  ],
})
export class LoginModule {}
