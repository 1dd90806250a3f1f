import {
  Inject,
  Injectable,
  Logger,
  type OnApplicationBootstrap,
  type OnApplicationShutdown,
} from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { AuthUser } from '@points/auth';
import {
  CalendarSource,
  calendarSourceOf,
  statutoryDaysOffList,
  usePublishedSchedules,
} from '@points/calendar';
import type { ServiceConfig } from '@points/config';
import { SERVICE_CONFIG } from '@points/subgraph';
import type { DataSource, EntityManager } from 'typeorm';
import { CalendarYearException, CalendarYearExceptionCode } from './calendar-year.exception';
import type { CalendarYear, CalendarYearRevision, PublishCalendarYearInput } from './calendar-year.model';
import { FIRST_CALENDAR_YEAR, LAST_CALENDAR_YEAR, validatedSchedule } from './calendar-year.validation';
import { DeadlineRecomputeScheduler } from './deadline-recompute-scheduler.service';
import { DeadlineRecomputeService } from './deadline-recompute.service';
import { PublishedCalendarRepository } from './published-calendar.repository';

/**
 * HRSS's published holiday schedules: entered with an audit trail, and loaded into the working-day
 * calendar of this process (@points/calendar counts synchronously) at boot, after each entry and
 * every redrive interval, so that another replica's entry reaches this one within a minute. A
 * deadline counted meanwhile with the older data is recomputed by the daily run.
 */
@Injectable()
export class CalendarYearsService implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(CalendarYearsService.name);
  private refresh: NodeJS.Timeout | undefined;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(SERVICE_CONFIG) private readonly config: ServiceConfig,
    private readonly repository: PublishedCalendarRepository,
    private readonly recompute: DeadlineRecomputeScheduler,
    private readonly recomputeService: DeadlineRecomputeService,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if (this.config.schemaOnly) return;
    await this.reload();
    if (this.config.redrive.intervalMs > 0) {
      this.refresh = setInterval(
        () => {
          this.redrive().catch((error: unknown) =>
            this.logger.warn(`calendar reload failed, the next one retries: ${String(error)}`),
          );
        },
        Math.max(this.config.redrive.intervalMs, 60_000),
      );
      this.refresh.unref();
    }
  }

  onApplicationShutdown(): void {
    if (this.refresh) clearInterval(this.refresh);
  }

  /**
   * The redrive pass: the entries in force (another replica may have entered a year), then the
   * recompute enqueued again if none has completed with them: the job enqueued after an entry
   * was lost (Redis flushed), or the run failed half-way. A repeated run changes nothing.
   */
  async redrive(): Promise<void> {
    await this.reload();
    if (await this.recomputeService.isDoneForCurrentCalendar()) return;
    if (await this.recompute.isQueued()) return; // a run is on its way (a long one, or just enqueued)
    this.logger.log('no deadline recompute has completed with the calendar in force: enqueued');
    await this.recompute.runNow();
  }

  /** Reads every year's entry in force into this process's calendar. */
  async reload(manager: EntityManager = this.dataSource.manager): Promise<void> {
    const entries = await this.repository.inForce(manager);
    usePublishedSchedules(entries);
  }

  /**
   * Enters a year's schedule as a new revision (the whole year, replacing the last entry for
   * counting; the old one stays for the audit), then asks for the deadlines to be recomputed.
   */
  async publish(user: AuthUser, input: PublishCalendarYearInput): Promise<CalendarYear> {
    const entry = validatedSchedule(input);
    await this.dataSource.transaction(async (manager) => {
      const current = await this.repository.lockYear(manager, entry.year);
      const expected = entry.expectedRevision ?? 0;
      if (expected !== current) {
        throw new CalendarYearException(
          CalendarYearExceptionCode.STALE_REVISION,
          current === 0
            ? `${entry.year} has no entry yet, not revision ${expected}: reload and try again.`
            : `${entry.year} is at revision ${current}, not ${entry.expectedRevision ?? 'none'}: someone entered it meanwhile; reload and try again.`,
          { field: 'input.expectedRevision', rule: 'current-revision' },
        );
      }
      await this.repository.insert(manager, {
        year: entry.year,
        revision: current + 1,
        holidays: entry.holidays,
        workdays: entry.workdays,
        documentRef: entry.documentRef,
        reason: entry.reason,
        changedBy: user.sub,
        changedByRole: user.role,
      });
    });
    await this.reload();
    this.logger.log(`calendar ${entry.year} entered by ${user.sub}; deadlines to be recomputed`);
    // After the commit, outside it: a job lost here (Redis away) is enqueued again by the next
    // redrive pass, which finds no completed run for the calendar now in force.
    await this.recompute
      .runNow()
      .catch((error: unknown) =>
        this.logger.warn(`recompute job not enqueued, the next redrive pass does it: ${String(error)}`),
      );
    return this.year(entry.year);
  }

  async year(year: number): Promise<CalendarYear> {
    if (!Number.isInteger(year) || year < FIRST_CALENDAR_YEAR || year > LAST_CALENDAR_YEAR) {
      throw new CalendarYearException(
        CalendarYearExceptionCode.INVALID_SCHEDULE,
        `year must be a year ${FIRST_CALENDAR_YEAR}–${LAST_CALENDAR_YEAR}; got ${year}.`,
        { field: 'year', rule: 'year-range' },
      );
    }
    const revisions: CalendarYearRevision[] = await this.repository.revisionsOf(
      this.dataSource.manager,
      year,
    );
    const source = calendarSourceOf(year);
    return {
      year,
      source,
      provisional: source === CalendarSource.STATUTORY_RULES,
      current: revisions[0] ?? null,
      revisions,
      statutoryDaysOff: statutoryDaysOffList(year),
    };
  }
}
