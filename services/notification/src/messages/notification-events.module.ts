import { Global, Module } from '@nestjs/common';
import type { EventHandlers } from '@points/db';
import { EVENT_HANDLERS } from '@points/subgraph';
import { RecipientDirectory } from '../recipients/recipient-directory.service';
import { RecipientsModule } from '../recipients/recipients.module';
import { MessageComposer } from './message-composer.service';
import { MessagesModule } from './messages.module';

/**
 * The handlers of `notification.events`: exactly the events the catalogue routes here (checked
 * at boot). Each runs inside the inbox transaction, so a redelivered event writes nothing.
 * Global, because the consumer in SubgraphCoreModule looks the token up from its own scope.
 */
@Global()
@Module({
  imports: [RecipientsModule, MessagesModule],
  providers: [
    {
      provide: EVENT_HANDLERS,
      inject: [RecipientDirectory, MessageComposer],
      useFactory: (directory: RecipientDirectory, composer: MessageComposer): EventHandlers => {
        const compose = async (
          event: Parameters<MessageComposer['composeFor']>[0],
          manager: Parameters<MessageComposer['composeFor']>[1],
        ) => {
          await composer.composeFor(event, manager);
        };
        return {
          'account.contact-changed': (event, manager) => directory.applyContactChange(event, manager),
          'employer.registration-reviewed': compose,
          'employer.password-reset': compose,
          'application.accepted': compose,
          'application.materials-required': compose,
          'application.decided': compose,
          'renewal.due': compose,
          'renewal.window-closing': compose,
          'application.points-voided': compose,
          'application.expired': compose,
        };
      },
    },
  ],
  exports: [EVENT_HANDLERS],
})
export class NotificationEventsModule {}
