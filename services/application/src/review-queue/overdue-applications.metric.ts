import { Injectable, type OnModuleDestroy, type OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { DISTRICT_CODES } from '@points/auth';
import { applicationsOverdue } from '@points/observability';
import { ApplicationClock } from '../clock/application-clock';
import { CENTRE_STATES } from './review-queue.service';

/**
 * `applications_overdue{district}`: applications with the centre past their working-day deadline
 * (the review queue's `overdue: true`), counted at scrape time from the queue's own index.
 */
@Injectable()
export class OverdueApplicationsMetric implements OnModuleInit, OnModuleDestroy {
  private remove: (() => void) | undefined;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly clock: ApplicationClock,
  ) {}

  onModuleInit(): void {
    this.remove = applicationsOverdue.add(async () => {
      const rows = await this.dataSource.query<Array<{ district: string; overdue: number }>>(
        `SELECT district, count(*)::int AS overdue FROM application.application
          WHERE state = ANY($1) AND queue_due < $2 GROUP BY district`,
        [CENTRE_STATES, this.clock.today()],
      );
      // Every district, 0 included: an alert compares a number, never an absent series.
      const overdue = new Map(rows.map((row) => [row.district, row.overdue]));
      return DISTRICT_CODES.map((district) => ({ labels: { district }, value: overdue.get(district) ?? 0 }));
    });
  }

  onModuleDestroy(): void {
    this.remove?.();
  }
}
