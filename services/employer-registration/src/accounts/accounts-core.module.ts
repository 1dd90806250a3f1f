import { Module } from '@nestjs/common';
import { LoginThrottle } from '../login/login-throttle';
import { AccountWriter } from './account-writer.service';
import { PasswordHasher } from './password-hasher';

/** What every feature that writes accounts or checks passwords needs. */
@Module({
  providers: [AccountWriter, PasswordHasher, LoginThrottle],
  exports: [AccountWriter, PasswordHasher, LoginThrottle],
})
export class AccountsCoreModule {}
