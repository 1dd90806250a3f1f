import { Module } from '@nestjs/common';
import { RecipientDirectory } from './recipient-directory.service';

@Module({ providers: [RecipientDirectory], exports: [RecipientDirectory] })
export class RecipientsModule {}
