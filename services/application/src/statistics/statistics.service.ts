import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import {
  DISTRICT_CODES,
  Role,
  assertStatisticsAccess,
  districtScopeOf,
  formatStatisticsScope,
  isDistrict,
  type AuthUser,
  type District,
} from '@points/auth';
import { addCalendarDays, calendarDaysBetween, isIsoDate } from '@points/calendar';
import { ApplicationException, ApplicationExceptionCode } from '../applications/application.exception';
import type { ApplicationState } from '../applications/application-state.enum';
import { ApplicationClock } from '../clock/application-clock';
import { isoWeekStart } from './statistics-read-model';
import type { ReasonCount, Statistics, WeekStatistics } from './statistics.model';

/** Twelve weeks when no range is given; at most two years of weeks in one answer. */
export const DEFAULT_WEEKS = 12;
export const MAX_WEEKS = 106;

export interface StatisticsArgs {
  district?: string | null;
  from?: string | null;
  to?: string | null;
}

function bad(field: string, rule: string, message: string): ApplicationException {
  return new ApplicationException(ApplicationExceptionCode.INVALID_ARGUMENT, message, { field, rule });
}

/** ISO 8601 week label of a Monday: the week belongs to the year of its Thursday. */
export function isoWeekLabel(monday: string): string {
  const thursday = addCalendarDays(monday, 3);
  const year = Number(thursday.slice(0, 4));
  const week = Math.floor(calendarDaysBetween(`${year}-01-01`, thursday) / 7) + 1;
  return `${year}-W${String(week).padStart(2, '0')}`;
}

/** The exact median of a histogram of (value, count) sorted by value; null when empty. */
export function histogramMedian(rows: ReadonlyArray<{ value: number; n: number }>): number | null {
  const total = rows.reduce((sum, r) => sum + r.n, 0);
  if (total === 0) return null;
  const at = (rank: number): number => {
    let seen = 0;
    for (const r of rows) {
      seen += r.n;
      if (seen > rank) return r.value;
    }
    return rows[rows.length - 1]!.value;
  };
  return total % 2 === 1 ? at((total - 1) / 2) : (at(total / 2 - 1) + at(total / 2)) / 2;
}

/**
 * The `statistics` query: reads the read model the Application's write path keeps
 * (statistics-read-model.ts); overdue sums the centre's applications due before today. The district
 * is in every statement: a supervisor's own, whatever they asked; HRSS the one asked or the city.
 */
@Injectable()
export class StatisticsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly clock: ApplicationClock,
  ) {}

  private districtOf(user: AuthUser, requested: string | null | undefined): District | null {
    if (requested != null && !isDistrict(requested))
      throw bad('district', 'district-code', 'district must be a district code such as XUHUI');
    if (user.role !== Role.HRSS_ADMIN && user.role !== Role.CENTRE_SUPERVISOR)
      throw new ApplicationException(
        ApplicationExceptionCode.ROLE_NOT_ALLOWED,
        'Statistics are for HRSS and supervisors',
      );
    const own = districtScopeOf(user);
    const district = requested ?? own;
    return district ?? null;
  }

  async statistics(user: AuthUser, args: StatisticsArgs = {}): Promise<Statistics> {
    const district = this.districtOf(user, args.district);
    for (const field of ['from', 'to'] as const) {
      const value = args[field];
      if (value != null && !isIsoDate(value))
        throw bad(field, 'real-date', `${field} must be a real date written YYYY-MM-DD`);
    }
    const today = this.clock.today();
    const lastWeek = isoWeekStart(args.to ?? today);
    const firstWeek = isoWeekStart(args.from ?? addCalendarDays(lastWeek, -7 * (DEFAULT_WEEKS - 1)));
    if (firstWeek > lastWeek) throw bad('from', 'not-after-to', 'from must be on or before to');
    const weekCount = calendarDaysBetween(firstWeek, lastWeek) / 7 + 1;
    if (weekCount > MAX_WEEKS)
      throw bad('from', 'at-most-106-weeks', `from and to may span at most ${MAX_WEEKS} weeks`);
    const scope = { district, from: firstWeek, to: addCalendarDays(lastWeek, 6) };
    assertStatisticsAccess(user, scope);

    const [states, weekly, days, overdue] = await Promise.all([
      this.dataSource.query<Array<{ district: string; state: ApplicationState; n: string }>>(
        // The counter slots summed (statistics-read-model.ts COUNTER_SLOTS).
        `SELECT district, state, sum(n) AS n FROM application.statistics_state_count
          WHERE ($1::text IS NULL OR district = $1)
          GROUP BY district, state HAVING sum(n) <> 0 ORDER BY district, state`,
        [district],
      ),
      this.dataSource.query<Array<{ week: string; metric: string; detail: string; n: string }>>(
        `SELECT to_char(week, 'YYYY-MM-DD') AS week, metric, detail, sum(n) AS n
           FROM application.statistics_weekly
          WHERE week BETWEEN $2 AND $3 AND ($1::text IS NULL OR district = $1)
          GROUP BY week, metric, detail`,
        [district, firstWeek, lastWeek],
      ),
      this.dataSource.query<Array<{ working_days: number; n: string }>>(
        `SELECT working_days, sum(n) AS n FROM application.statistics_decision_days
          WHERE week BETWEEN $2 AND $3 AND ($1::text IS NULL OR district = $1)
          GROUP BY working_days ORDER BY working_days`,
        [district, firstWeek, lastWeek],
      ),
      this.dataSource.query<Array<{ district: string; n: string }>>(
        `SELECT district, sum(n) AS n FROM application.statistics_due_count
          WHERE due < $2 AND ($1::text IS NULL OR district = $1) GROUP BY district`,
        [district, today],
      ),
    ]);

    const weeks = new Map<string, WeekStatistics>();
    for (let week = firstWeek; week <= lastWeek; week = addCalendarDays(week, 7)) {
      weeks.set(week, {
        week,
        isoWeek: isoWeekLabel(week),
        received: 0,
        decided: 0,
        approved: 0,
        rejected: 0,
      });
    }
    const reasons = new Map<string, number>();
    let approved = 0;
    let rejected = 0;
    for (const row of weekly) {
      const entry = weeks.get(row.week);
      const n = Number(row.n);
      if (!entry || n === 0) continue;
      if (row.metric === 'RECEIVED') entry.received += n;
      if (row.metric === 'APPROVED') {
        entry.approved += n;
        entry.decided += n;
        approved += n;
      }
      if (row.metric === 'REJECTED') {
        entry.rejected += n;
        entry.decided += n;
        rejected += n;
        reasons.set(row.detail, (reasons.get(row.detail) ?? 0) + n);
      }
    }
    const histogram = days.map((r) => ({ value: r.working_days, n: Number(r.n) })).filter((r) => r.n > 0);
    const overdueBy = new Map(overdue.map((r) => [r.district, Number(r.n)]));
    const rejectedByReason: ReasonCount[] = [...reasons]
      .filter(([, count]) => count > 0)
      .map(([reason, count]) => ({ reason, count }))
      .sort((a, b) => b.count - a.count || a.reason.localeCompare(b.reason));
    return {
      scope: formatStatisticsScope(scope),
      district,
      from: scope.from,
      to: scope.to,
      today,
      byDistrictAndState: states.map((r) => ({ district: r.district, state: r.state, count: Number(r.n) })),
      weeks: [...weeks.values()],
      overdue: (district ? [district] : DISTRICT_CODES).map((d) => ({
        district: d,
        count: overdueBy.get(d) ?? 0,
      })),
      medianWorkingDaysToDecision: histogramMedian(histogram),
      decisionsMeasured: histogram.reduce((sum, r) => sum + r.n, 0),
      approved,
      rejected,
      rejectedByReason,
    };
  }
}
