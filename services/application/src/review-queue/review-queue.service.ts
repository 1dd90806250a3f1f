import { Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import type { DataSource, Repository } from 'typeorm';
import { assertDistrictAccess, DISTRICT_CODES, districtScopeOf, Role, type AuthUser } from '@points/auth';
import { isIsoDate } from '@points/calendar';
import { decodeKeysetCursor, encodeKeysetCursor } from '@points/db';
import { Application } from '../applications/application.entity';
import { ApplicationRepository } from '../applications/application.repository';
import { ApplicationException, ApplicationExceptionCode } from '../applications/application.exception';
import { ApplicationState } from '../applications/application-state.enum';
import { ApplicationClock } from '../clock/application-clock';
import { StaffDirectory } from '../projections/staff-directory.service';
import type { ReviewQueueFilter, ReviewQueuePage, StateCount } from './review-queue.model';
import { EntryCode } from '../history/history-codes';

export const CENTRE_STATES = [
  ApplicationState.SUBMITTED,
  ApplicationState.MATERIALS_REQUIRED,
  ApplicationState.ARCHIVE_REVIEW,
  ApplicationState.SCORING,
];
const MAX_PAGE = 100;

function bad(field: string, rule: string, message: string): ApplicationException {
  return new ApplicationException(ApplicationExceptionCode.INVALID_ARGUMENT, message, { field, rule });
}

export function encodeCursor(queueDue: string, id: string): string {
  return encodeKeysetCursor(queueDue, id);
}

export function decodeCursor(cursor: string): { queueDue: string; id: string } {
  const position = decodeKeysetCursor(cursor, isIsoDate);
  if (!position) throw bad('after', 'cursor', 'after is not a cursor this queue handed out');
  return { queueDue: position.key, id: position.id };
}

/**
 * The district centre's work list. The district is the caller's own, in the SQL itself; the sort is
 * (queue_due, id) so that overdue items (the earliest deadlines) come first and keyset paging
 * walks the index `application_queue_idx` / `application_queue_state_idx`.
 */
@Injectable()
export class ReviewQueueService {
  constructor(
    @InjectRepository(Application) private readonly applications: Repository<Application>,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly clock: ApplicationClock,
    private readonly repository: ApplicationRepository,
    private readonly staff: StaffDirectory,
  ) {}

  /** A centre's own district; for HRSS the requested one, or null for every district. */
  private districtOf(user: AuthUser, requested?: string | null, field = 'district'): string | null {
    if (requested && !(DISTRICT_CODES as readonly string[]).includes(requested))
      throw bad(field, 'district-code', `${field} must be a district code such as XUHUI`);
    if (user.role === Role.HRSS_ADMIN) return requested ?? null;
    const district = districtScopeOf(user);
    if (!district) throw bad('district', 'staff-only', 'The review queue belongs to a district centre');
    // Another district's queue is not the caller's to see.
    if (requested) assertDistrictAccess(user, requested);
    return district;
  }

  /** Claim and assign act on the caller's own district only. */
  private ownDistrictOf(user: AuthUser): string {
    const district = districtScopeOf(user);
    if (!district) throw bad('district', 'staff-only', 'The review queue belongs to a district centre');
    return district;
  }

  async page(
    user: AuthUser,
    filter: ReviewQueueFilter = {},
    first = 20,
    after?: string | null,
  ): Promise<ReviewQueuePage> {
    if (!Number.isInteger(first) || first < 1 || first > MAX_PAGE) {
      throw bad('first', 'between-1-and-100', `first must be between 1 and ${MAX_PAGE}`);
    }
    for (const field of ['submittedFrom', 'submittedTo'] as const) {
      const value = filter[field];
      if (value && !isIsoDate(value))
        throw bad(`filter.${field}`, 'real-date', `filter.${field} must be a real date written YYYY-MM-DD`);
    }
    const today = this.clock.today();
    const district = this.districtOf(user, filter.district, 'filter.district');
    const query = this.applications
      .createQueryBuilder('a')
      .where('a.state IN (:...states)', { states: filter.states?.length ? filter.states : CENTRE_STATES });
    if (district !== null) query.andWhere('a.district = :district', { district });
    if (filter.kind) query.andWhere('a.kind = :kind', { kind: filter.kind });
    // Submitted dates are China-calendar days.
    if (filter.submittedFrom)
      query.andWhere(`(a.submitted_at AT TIME ZONE 'Asia/Shanghai')::date >= :from`, {
        from: filter.submittedFrom,
      });
    if (filter.submittedTo)
      query.andWhere(`(a.submitted_at AT TIME ZONE 'Asia/Shanghai')::date <= :to`, {
        to: filter.submittedTo,
      });
    if (filter.overdue === true) query.andWhere('a.queue_due < :today', { today });
    if (filter.overdue === false) query.andWhere('a.queue_due >= :today', { today });
    if (filter.assignedOfficer)
      query.andWhere('a.assigned_officer = :officer', { officer: filter.assignedOfficer });
    if (filter.unassigned) query.andWhere('a.assigned_officer IS NULL');
    if (after) {
      const cursor = decodeCursor(after);
      query.andWhere('(a.queue_due, a.id) > (:cursorDue, :cursorId)', {
        cursorDue: cursor.queueDue,
        cursorId: cursor.id,
      });
    }
    const rows = await query
      .orderBy('a.queue_due', 'ASC')
      .addOrderBy('a.id', 'ASC')
      .limit(first + 1)
      .getMany();
    const items = rows.slice(0, first);
    const last = items[items.length - 1];
    return {
      items,
      hasNextPage: rows.length > first,
      endCursor: last ? encodeCursor(last.queueDue, last.id) : null,
    };
  }

  async counts(user: AuthUser, requested?: string | null): Promise<StateCount[]> {
    const district = this.districtOf(user, requested);
    const rows: Array<{ state: ApplicationState; count: string }> = await this.dataSource.query(
      `SELECT state, count(*) AS count FROM application.application
        WHERE ($1::text IS NULL OR district = $1) GROUP BY state ORDER BY state`,
      [district],
    );
    return rows.map((r) => ({ state: r.state, count: Number(r.count) }));
  }

  /** An officer takes an item: free or already theirs; someone else's → CONFLICT. */
  async claim(user: AuthUser, id: string): Promise<Application> {
    return this.setOfficer(user, id, user.sub, true);
  }

  /** A supervisor hands an item to a real, active officer of the district (the staff directory). */
  async assign(user: AuthUser, id: string, officerId: string): Promise<Application> {
    if (!officerId.trim()) throw bad('officerId', 'required', 'officerId is required');
    return this.setOfficer(user, id, officerId.trim(), false);
  }

  private async setOfficer(
    user: AuthUser,
    id: string,
    officer: string,
    onlyIfFree: boolean,
  ): Promise<Application> {
    const district = this.ownDistrictOf(user);
    const notFound = (): ApplicationException =>
      new ApplicationException(ApplicationExceptionCode.APPLICATION_NOT_FOUND, `No application ${id} you can see`);
    return this.dataSource.transaction(async (manager) => {
      // Another district's application is not found, whoever the officer named.
      const locked = await this.repository.lockedById(manager, id).catch(() => undefined);
      if (locked?.district !== district) throw notFound();
      if (!onlyIfFree && !(await this.staff.isOfficerOf(manager, officer, district))) {
        throw bad(
          'officerId',
          'officer-of-district',
          `officerId must be the account id of an active CENTRE_OFFICER of ${district}`,
        );
      }
      return this.repository.amend(manager, {
        id,
        actor: user,
        patch: { assignedOfficer: officer },
        guard: (current) => {
          if (current.district !== district) throw notFound();
          // Only work the centre still has to do can be claimed or assigned.
          if (!CENTRE_STATES.includes(current.state))
            throw bad('id', 'centre-state', `An application in ${current.state} is not in the centre's queue`);
          if (onlyIfFree && current.assignedOfficer !== null && current.assignedOfficer !== officer)
            throw new ApplicationException(
              ApplicationExceptionCode.ALREADY_ASSIGNED,
              'Another officer has already claimed this application',
            );
        },
        code: onlyIfFree ? EntryCode.OFFICER_CLAIMED : EntryCode.OFFICER_ASSIGNED,
        reason: onlyIfFree
          ? `认领 (claimed by ${officer})`
          : `分派给 ${officer} (assigned to ${officer} by ${user.sub})`,
      });
    });
  }
}
