import { Module } from '@nestjs/common';
import { SmsReceiptsController } from './sms-receipts.controller';
import { SmsReceiptsService } from './sms-receipts.service';

@Module({ controllers: [SmsReceiptsController], providers: [SmsReceiptsService] })
export class ReceiptsModule {}
