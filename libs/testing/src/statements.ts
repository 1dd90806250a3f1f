import type { BeforeQueryEvent, DataSource, EntitySubscriberInterface } from 'typeorm';

/**
 * Every SQL statement `dataSource` sends while `run` runs, for tests that count the reads an
 * answer costs (one per page of references, not one per reference). Background pollers of the
 * same process (the outbox relay, the dispatcher) are recorded too: count by table.
 */
export async function statementsDuring<T>(
  dataSource: DataSource,
  run: () => Promise<T>,
): Promise<{ result: T; statements: string[] }> {
  const statements: string[] = [];
  const recorder: EntitySubscriberInterface = {
    beforeQuery: (event: BeforeQueryEvent) => void statements.push(event.query),
  };
  dataSource.subscribers.push(recorder);
  try {
    return { result: await run(), statements };
  } finally {
    dataSource.subscribers.splice(dataSource.subscribers.indexOf(recorder), 1);
  }
}
