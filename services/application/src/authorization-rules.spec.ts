import { findOperationsWithoutRule } from '@points/testing';
import { AppModule } from './app.module';

describe('authorization rules (deny by default)', () => {
  it('gives every query, mutation, field and entity resolver an explicit rule', async () => {
    const report = await findOperationsWithoutRule(() => AppModule.forRoot());
    expect(report.operations.length).toBeGreaterThan(0);
    expect(report.handlersWithoutRule).toEqual([]);
    expect(report.operationsWithoutRule).toEqual([]);
  });
});
