import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type {
  DataSource,
  EntityManager,
  EntitySubscriberInterface,
  TransactionCommitEvent,
  TransactionRollbackEvent,
} from 'typeorm';
import { SmsQueue } from './sms-queue.service';

const PENDING_KEY = 'notification.smsToEnqueue';

/**
 * Remembers, on the transaction's query runner, messages written in it; they are enqueued only
 * after COMMIT (a job must never reach a worker before its row is visible). If Redis fails right
 * then, the rows stay CREATED and the sweeper enqueues them: the row is the outbox.
 */
export function enqueueAfterCommit(manager: EntityManager, messageIds: readonly string[]): void {
  const runner = manager.queryRunner;
  if (!runner?.isTransactionActive) {
    throw new Error('enqueueAfterCommit must run inside the transaction that writes the messages');
  }
  const data = runner.data as Record<string, string[] | undefined>;
  data[PENDING_KEY] = [...(data[PENDING_KEY] ?? []), ...messageIds];
}

@Injectable()
export class EnqueueAfterCommitSubscriber implements EntitySubscriberInterface {
  private readonly logger = new Logger(EnqueueAfterCommitSubscriber.name);

  constructor(
    @InjectDataSource() dataSource: DataSource,
    private readonly queue: SmsQueue,
  ) {
    dataSource.subscribers.push(this);
  }

  async afterTransactionCommit(event: TransactionCommitEvent): Promise<void> {
    const runner = event.queryRunner;
    // A released savepoint also "commits": wait for the outermost COMMIT.
    if (runner.isTransactionActive) return;
    const data = runner.data as Record<string, string[] | undefined>;
    const ids = data[PENDING_KEY];
    if (!ids?.length) return;
    delete data[PENDING_KEY];
    try {
      await this.queue.enqueue(ids);
    } catch (error) {
      this.logger.warn(`enqueue of ${ids.length} SMS failed, the sweeper will retry: ${String(error)}`);
    }
  }

  afterTransactionRollback(event: TransactionRollbackEvent): void {
    if (!event.queryRunner.isTransactionActive)
      delete (event.queryRunner.data as Record<string, unknown>)[PENDING_KEY];
  }
}
