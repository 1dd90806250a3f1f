import { Module } from '@nestjs/common';
import { AccountsCoreModule } from './accounts-core.module';
import { AccountsResolver } from './accounts.resolver';
import { AccountsService } from './accounts.service';

@Module({
  imports: [AccountsCoreModule],
  providers: [AccountsResolver, AccountsService],
})
export class AccountsModule {}
