import { Module } from '@nestjs/common';
import { LoginThrottle } from '../login/login-throttle';
import { AccountWriter } from './account-writer.service';
import { PasswordHasher } from './password-hasher';
import { PointsValidityHandler } from './points-validity.handler';

/** What every feature that writes accounts or checks passwords needs. */
@Module({
  providers: [AccountWriter, PasswordHasher, LoginThrottle, PointsValidityHandler],
  exports: [AccountWriter, PasswordHasher, LoginThrottle, PointsValidityHandler],
})
export class AccountsCoreModule {}
