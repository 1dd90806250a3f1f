import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity';
import type { Role } from '@points/auth';
import { ApplicationHistoryService, SYSTEM_ACTOR } from '../history/application-history.service';
import { EntryCode, type HistoryCode } from '../history/history-codes';
import { StatisticsReadModel } from '../statistics/statistics-read-model';
import { NOTHING_DUE, WAITING_EXPIRES_AFTER_DAYS } from '../review-queue/deadlines.util';
import { Application } from './application.entity';
import { ApplicationException, ApplicationExceptionCode } from './application.exception';
import { ApplicationKind, ApplicationState } from './application-state.enum';
import {
  checkSystemTransition,
  checkTransition,
  type ApplicationAction,
  type SystemAction,
  type TransitionCheck,
} from './application-transitions';

/**
 * The columns a write may set, typed from the entity. `state`, `version` and the timestamps are
 * not in it: `transition()` alone sets the state, and every write moves the version (TypeORM's
 * @VersionColumn) so a stale copy is always refused.
 */
export type ApplicationPatch = Partial<
  Omit<Application, 'id' | 'state' | 'version' | 'createdAt' | 'updatedAt'>
>;

/** What a new DRAFT is made of. */
export type NewApplication = Pick<
  Application,
  | 'employerId'
  | 'applicantId'
  | 'district'
  | 'kind'
  | 'applicantName'
  | 'residentIdEnc'
  | 'residentIdBidx'
  | 'mobileEnc'
  | 'form'
  | 'previousApplicationId'
  | 'permitEndorsedOn'
> & { id?: string };

/** One row of the development seed's office, as the seed computed it (snake_case: SQL's names). */
export interface DevelopmentApplication {
  id: string;
  employer_id: string;
  applicant_id: string;
  district: string;
  kind: string;
  state: ApplicationState;
  applicant_name: string;
  submitted_at: string | null;
  receipt_no: string | null;
  accepted_on: string | null;
  materials_missing: string[] | null;
  archive_due_on: string | null;
  scoring_started_on: string | null;
  scoring_due_on: string | null;
  queue_due: string;
  total_points: number | null;
  rule_set_version: string | null;
  decided_at: string | null;
  decision_reason: string | null;
  valid_until: string | null;
  created_at: string;
}

export interface PersonActor {
  sub: string;
  role: Role;
}
export interface SystemActor {
  sub: string;
  role: typeof SYSTEM_ACTOR.role;
}

interface Written {
  id: string;
  /**
   * The row as the caller locked it in this same transaction (lockedById), when it did: not
   * read and locked a second time. One round trip less on the acceptance path (issue 18).
   */
  locked?: Application;
  /** Runs on the locked row after the version and table checks; throws to refuse (e.g. "only in DRAFT"). */
  guard?: (current: Application) => void;
  /** The version the caller saw: checked before anything else, so a stale write is CONFLICT whatever the state. */
  expectedVersion?: number;
  patch?: ApplicationPatch;
  /** The history entry's reason. */
  reason?: string | null;
  /** The history entry's code: by default the action (transition) or AMENDED (amend). */
  code?: HistoryCode;
  /** The history entry's form sections (FORM_EDITED). */
  fields?: readonly string[];
}

/** A person's move (mutations) or the system's (events, the daily job): the table is checked either way. */
export type TransitionRequest = Written &
  ({ action: ApplicationAction; actor: PersonActor } | { action: SystemAction; actor: SystemActor });

/** A change that keeps the state (form edit, claim, endorsement, correction), with its history entry. */
export interface AmendRequest extends Written {
  patch: ApplicationPatch;
  actor: PersonActor | SystemActor;
}

type SystemRequest = Extract<TransitionRequest, { actor: SystemActor }>;

function bySystem(request: TransitionRequest): request is SystemRequest {
  return request.actor.role === SYSTEM_ACTOR.role;
}

/** Waiting for the centre or the employer: expires after WAITING_EXPIRES_AFTER_DAYS unmoved (overdue/). */
const WAITING = new Set<ApplicationState>([ApplicationState.SUBMITTED, ApplicationState.MATERIALS_REQUIRED]);
/** Not with the centre (a form being written) or decided: nothing due. */
const NO_DEADLINE = new Set<ApplicationState>([
  ApplicationState.DRAFT,
  ApplicationState.EMPLOYER_REVIEW,
  ApplicationState.APPROVED,
  ApplicationState.REJECTED,
  ApplicationState.WITHDRAWN,
]);
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * The day the overdue pass expires a waiting application written now: its China-calendar day
 * (updated_at is now() of this transaction) plus the period, the overdue pass's own rule. A
 * renewal whose registries are being asked (网审, before their answer) has no expiry: the pass
 * leaves it to its verification case, so nothing is due. SQL, so the day is the database's, as
 * the pass reads it; the id is the locked row's own uuid (checked), the rest constants.
 */
function waitingDueSql(current: Application, patch: ApplicationPatch): string {
  if (!UUID.test(current.id)) throw new Error(`application id ${current.id} is not a uuid`);
  const expiry = `((now() AT TIME ZONE 'Asia/Shanghai')::date + ${WAITING_EXPIRES_AFTER_DAYS})`;
  const onlineReview = patch.onlineReview ?? current.onlineReview;
  if (current.kind !== ApplicationKind.RENEWAL || onlineReview) return expiry;
  return `CASE WHEN EXISTS (SELECT 1 FROM application.application_history h
      WHERE h.application_id = '${current.id}' AND h.code = '${EntryCode.RENEWAL_FACTS_REQUESTED}')
    THEN DATE '${NOTHING_DUE}' ELSE ${expiry} END`;
}

function stale(): ApplicationException {
  return new ApplicationException(
    ApplicationExceptionCode.STALE_VERSION,
    'The application changed since you loaded it (someone else acted on it first); reload and try again',
  );
}

/**
 * The Application's one write path: every INSERT and UPDATE of `application.application` is here,
 * each under the row lock of the caller's transaction and with its history entry in that same
 * transaction. `transition()` is the only code that writes `state`
 * (one-write-path.spec.ts fails the build if another production file writes the table).
 */
@Injectable()
export class ApplicationRepository {
  /** The statistics counters, kept in the transaction of every write (statistics/). */
  private readonly statistics = new StatisticsReadModel();

  constructor(private readonly history: ApplicationHistoryService) {}

  /** Inside a transaction: the row, locked until commit. */
  async lockedById(manager: EntityManager, id: string): Promise<Application> {
    const application = await manager
      .getRepository(Application)
      .createQueryBuilder('a')
      .setLock('pessimistic_write')
      .where('a.id = :id', { id })
      .getOne();
    if (!application)
      throw new ApplicationException(ApplicationExceptionCode.APPLICATION_NOT_FOUND, `No application ${id}`);
    return application;
  }

  /** Opens a DRAFT, with its first history entry. */
  async insert(
    manager: EntityManager,
    values: NewApplication,
    actor: PersonActor | SystemActor,
    reason: string,
  ): Promise<string> {
    const result = await manager
      .createQueryBuilder()
      .insert()
      .into(Application)
      .values({ ...values, state: ApplicationState.DRAFT, version: 1 })
      .returning(['id'])
      .execute();
    const id = (result.identifiers[0]?.['id'] ?? (result.raw as Array<{ id: string }>)[0]?.id) as string;
    await this.statistics.record(manager, null, {
      district: values.district,
      state: ApplicationState.DRAFT,
      acceptedOn: null,
      decidedAt: null,
      decisionReason: null,
      queueDue: NOTHING_DUE,
    });
    await this.history.record(manager, {
      applicationId: id,
      from: null,
      to: ApplicationState.DRAFT,
      actor: actor.sub,
      role: actor.role,
      reason,
      code: EntryCode.OPENED,
    });
    return id;
  }

  /**
   * Moves the application by the transition table: locks the row, refuses a role that may not act
   * (FORBIDDEN), then a stale version (CONFLICT), then a state the action does not leave from
   * (BAD_USER_INPUT); writes the new state with the patch and the history entry. Returns the row
   * as written.
   */
  async transition(manager: EntityManager, request: TransitionRequest): Promise<Application> {
    const current = await this.lockedRow(manager, request);
    const check = this.check(current.state, request);
    if (check.allowed === false && check.reason === 'ROLE') {
      throw new ApplicationException(ApplicationExceptionCode.ROLE_NOT_ALLOWED, check.message);
    }
    if (request.expectedVersion !== undefined && current.version !== request.expectedVersion) throw stale();
    if (check.allowed === false) {
      throw new ApplicationException(ApplicationExceptionCode.TRANSITION_NOT_ALLOWED, check.message, {
        field: 'id',
        rule: 'transition-not-allowed',
      });
    }
    request.guard?.(current);
    const written = await this.write(manager, current, { ...request.patch }, check.to);
    await this.history.record(manager, {
      applicationId: current.id,
      from: current.state,
      to: check.to,
      actor: request.actor.sub,
      role: request.actor.role,
      reason: request.reason ?? null,
      code: request.code ?? request.action,
      fields: request.fields,
    });
    await this.statistics.record(manager, current, written);
    return written;
  }

  /** Changes columns without moving the state; the history entry keeps from = to = the state. */
  async amend(manager: EntityManager, request: AmendRequest): Promise<Application> {
    const current = await this.lockedRow(manager, request);
    if (request.expectedVersion !== undefined && current.version !== request.expectedVersion) throw stale();
    request.guard?.(current);
    const written = await this.write(manager, current, request.patch, undefined);
    await this.history.record(manager, {
      applicationId: current.id,
      from: current.state,
      to: current.state,
      actor: request.actor.sub,
      role: request.actor.role,
      reason: request.reason ?? null,
      code: request.code ?? EntryCode.AMENDED,
      fields: request.fields,
    });
    await this.statistics.record(manager, current, written);
    return written;
  }

  /**
   * The development seed's office (never production: scripts/migrate.ts `--office-seed`): many
   * applications already in their states, in one INSERT, each with one history entry saying so,
   * and the statistics recounted. Rows whose id exists are skipped, so the seed can run at every
   * `npm start`. Answers how many were new.
   */
  async insertDevelopmentOffice(
    manager: EntityManager,
    rows: readonly DevelopmentApplication[],
  ): Promise<number> {
    if (rows.length === 0) return 0;
    const inserted: Array<{ id: string; state: string }> = await manager.query(
      `INSERT INTO application.application
         (id, employer_id, applicant_id, district, kind, state, version, applicant_name, form, submitted_at,
          employer_approved_at, receipt_no, accepted_on, materials_missing, archive_due_on, archive_due_provisional,
          scoring_started_on, scoring_due_on, scoring_due_provisional, queue_due, total_points, rule_set_version,
          decided_at, decision_reason, valid_until, created_at)
       SELECT r.id, r.employer_id, r.applicant_id, r.district, r.kind, r.state, 1, r.applicant_name, '{}'::jsonb,
              r.submitted_at, r.submitted_at, r.receipt_no, r.accepted_on, r.materials_missing, r.archive_due_on,
              CASE WHEN r.archive_due_on IS NULL THEN NULL ELSE false END, r.scoring_started_on, r.scoring_due_on,
              CASE WHEN r.scoring_due_on IS NULL THEN NULL ELSE false END, r.queue_due, r.total_points,
              r.rule_set_version, r.decided_at, r.decision_reason, r.valid_until, r.created_at
         FROM jsonb_to_recordset($1::jsonb) AS r(
              id uuid, employer_id uuid, applicant_id uuid, district text, kind text, state text, applicant_name text,
              submitted_at timestamptz, receipt_no text, accepted_on date, materials_missing jsonb, archive_due_on date,
              scoring_started_on date, scoring_due_on date, queue_due date, total_points integer,
              rule_set_version text, decided_at timestamptz, decision_reason text, valid_until date,
              created_at timestamptz)
       ON CONFLICT (id) DO NOTHING
       RETURNING id, state`,
      [JSON.stringify(rows)],
    );
    if (inserted.length === 0) return 0;
    await manager.query(
      `INSERT INTO application.application_history (application_id, from_state, to_state, actor, role, reason, code)
       SELECT id, NULL, state, 'seed', 'SYSTEM', 'development seed: the office at work', $3
         FROM unnest($1::uuid[], $2::text[]) AS u(id, state)`,
      [inserted.map((r) => r.id), inserted.map((r) => r.state), EntryCode.DEVELOPMENT_SEED],
    );
    await this.statistics.rebuild(manager);
    return inserted.length;
  }

  /** The caller's locked copy if it is of this row and unchanged since (it wrote nothing in between). */
  private async lockedRow(manager: EntityManager, request: Written): Promise<Application> {
    return request.locked?.id === request.id ? request.locked : this.lockedById(manager, request.id);
  }

  private check(state: ApplicationState, request: TransitionRequest): TransitionCheck {
    return bySystem(request)
      ? checkSystemTransition(state, request.action)
      : checkTransition(state, request.action, request.actor.role);
  }

  /**
   * The one UPDATE: guarded by the version read under the lock; TypeORM adds version + 1 and
   * updated_at. Answers the row as written (RETURNING, hydrated as a SELECT would be): the row
   * stays locked by this transaction, so reading it again would only cost a round trip.
   */
  private async write(
    manager: EntityManager,
    current: Application,
    patch: ApplicationPatch,
    state: ApplicationState | undefined,
  ): Promise<Application> {
    const values: QueryDeepPartialEntity<Application> = state === undefined ? patch : { ...patch, state };
    // What the queue sorts by, where the write does not say: a waiting application's expiry
    // counted from this very write (updated_at), nothing for a state without a deadline.
    if (patch.queueDue === undefined) {
      const next = state ?? current.state;
      if (WAITING.has(next)) values.queueDue = () => waitingDueSql(current, patch);
      else if (NO_DEADLINE.has(next)) values.queueDue = NOTHING_DUE;
    }
    const result = await manager
      .createQueryBuilder()
      .update(Application)
      // The patch is typed from the entity (the verified profile included): no widening needed.
      .set(values)
      .where('id = :id AND version = :version', { id: current.id, version: current.version })
      .returning('*')
      .execute();
    const [row] = (result.raw as Array<Record<string, unknown>> | undefined) ?? [];
    if (result.affected === 0 || !row) throw stale();
    return hydrated(manager, row);
  }
}

/** A raw `application` row as TypeORM would load it: each column's value prepared for its property. */
function hydrated(manager: EntityManager, row: Record<string, unknown>): Application {
  const metadata = manager.connection.getMetadata(Application);
  const application = metadata.create() as Application;
  for (const column of metadata.columns) {
    const value = row[column.databaseName];
    if (value !== undefined)
      column.setEntityValue(application, manager.connection.driver.prepareHydratedValue(value, column));
  }
  return application;
}
