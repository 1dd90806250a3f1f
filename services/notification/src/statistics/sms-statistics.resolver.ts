import {
  Directive,
  Field,
  Int,
  ObjectType,
  Parent,
  ResolveField,
  Resolver,
  ResolveReference,
} from '@nestjs/graphql';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import {
  CurrentUser,
  Role,
  Roles,
  assertStatisticsAccess,
  parseStatisticsScope,
  type AuthUser,
} from '@points/auth';
import { FAILURE_STATUSES, SmsMessageStatus } from '../messages/sms-message-status.enum';
import { SmsMessageException, SmsMessageExceptionCode } from '../messages/sms-message.exception';

@ObjectType({ description: 'SMS messages created in the scope’s days, by outcome' })
export class SmsStatistics {
  @Field(() => Int) delivered!: number;
  @Field(() => Int, { description: 'Ended in a failure (permanent, temporary or technical)' })
  failed!: number;
  @Field(() => Int, { description: 'Not final yet (waiting or awaiting the receipt)' }) pending!: number;
}

/** The application subgraph's Statistics, with the SMS figures this subgraph owns. */
@ObjectType()
@Directive('@key(fields: "scope")')
export class Statistics {
  @Field() scope!: string;
}

@Resolver(() => Statistics)
export class SmsStatisticsResolver {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  @Roles(Role.HRSS_ADMIN, Role.CENTRE_SUPERVISOR)
  @ResolveReference()
  resolveReference(@Parent() reference: { scope: string }): Statistics {
    return { scope: reference.scope };
  }

  @Roles(Role.HRSS_ADMIN, Role.CENTRE_SUPERVISOR)
  @ResolveField(() => SmsStatistics, {
    nullable: true,
    description: 'SMS delivered and failed, same district and days (null when the notification service is away)',
  })
  async sms(@Parent() statistics: Statistics, @CurrentUser() user: AuthUser): Promise<SmsStatistics> {
    const scope = parseStatisticsScope(statistics.scope);
    if (!scope)
      throw new SmsMessageException(SmsMessageExceptionCode.INVALID_ARGUMENT, 'Not a statistics scope', {
        field: 'scope',
        rule: 'statistics-scope',
      });
    // The same district rule as the application subgraph: checked again here, deny by default.
    assertStatisticsAccess(user, scope);
    const rows = await this.dataSource.query<Array<{ status: SmsMessageStatus; n: number }>>(
      `SELECT status, count(*)::int AS n FROM notification.sms_message
        WHERE created_at >= ($1::date::timestamp AT TIME ZONE 'Asia/Shanghai')
          AND created_at < (($2::date + 1)::timestamp AT TIME ZONE 'Asia/Shanghai')
          AND ($3::text IS NULL OR district = $3)
        GROUP BY status`,
      [scope.from, scope.to, scope.district],
    );
    const result: SmsStatistics = { delivered: 0, failed: 0, pending: 0 };
    for (const row of rows) {
      if (row.status === SmsMessageStatus.DELIVERED) result.delivered += row.n;
      else if (FAILURE_STATUSES.includes(row.status)) result.failed += row.n;
      else result.pending += row.n;
    }
    return result;
  }
}
