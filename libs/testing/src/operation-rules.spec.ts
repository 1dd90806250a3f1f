import { Module, type DynamicModule } from '@nestjs/common';
import { Args, Field, ID, ObjectType, Query, Resolver } from '@nestjs/graphql';
import { Public, Role, Roles } from '@points/auth';
import { SubgraphCoreModule } from '@points/subgraph';
import { findOperationsWithoutRule } from './operation-rules';

@ObjectType()
class Widget {
  @Field(() => ID)
  id!: string;
}

@Resolver(() => Widget)
class WidgetResolver {
  @Public()
  @Query(() => Widget)
  openWidget(): Widget {
    return { id: '1' };
  }

  @Roles(Role.HRSS_ADMIN)
  @Query(() => Widget)
  adminWidget(): Widget {
    return { id: '2' };
  }

  // Forgotten rule: the walk must report it.
  @Query(() => Widget)
  forgottenWidget(@Args('id') id: string): Widget {
    return { id };
  }
}

@Module({ providers: [WidgetResolver] })
class WidgetModule {}

const createModule = (): DynamicModule => ({
  module: class WidgetAppModule {},
  imports: [SubgraphCoreModule.forRoot({ service: 'scoring', entities: [], migrations: [] }), WidgetModule],
});

describe('findOperationsWithoutRule', () => {
  it('reports an operation that nobody was given a rule for, and only that one', async () => {
    const report = await findOperationsWithoutRule(createModule);
    expect(report.operations).toEqual(
      expect.arrayContaining(['Query.openWidget', 'Query.adminWidget', 'Query.forgottenWidget']),
    );
    expect(report.handlersWithoutRule).toEqual(['WidgetResolver.forgottenWidget']);
    expect(report.operationsWithoutRule).toEqual(['Query.forgottenWidget']);
  });
});
