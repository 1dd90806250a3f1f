import { SmsMessageStoreModule } from '../messages/sms-message-store.module';
import { Module } from '@nestjs/common';
import { SmsReceiptsController } from './sms-receipts.controller';
import { SmsReceiptsService } from './sms-receipts.service';

@Module({
  imports: [SmsMessageStoreModule],
  controllers: [SmsReceiptsController],
  providers: [SmsReceiptsService],
})
export class ReceiptsModule {}
