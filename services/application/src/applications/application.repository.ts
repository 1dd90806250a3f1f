import { Injectable } from '@nestjs/common';
import type { EntityManager, QueryDeepPartialEntity } from 'typeorm';
import type { Role } from '@points/auth';
import { ApplicationHistoryService, SYSTEM_ACTOR } from '../history/application-history.service';
import { EntryCode, type HistoryCode } from '../history/history-codes';
import { Application } from './application.entity';
import { ApplicationException, ApplicationExceptionCode } from './application.exception';
import { ApplicationState } from './application-state.enum';
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
    const current = await this.lockedById(manager, request.id);
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
    await this.write(manager, current, { ...request.patch }, check.to);
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
    return this.lockedById(manager, current.id);
  }

  /** Changes columns without moving the state; the history entry keeps from = to = the state. */
  async amend(manager: EntityManager, request: AmendRequest): Promise<Application> {
    const current = await this.lockedById(manager, request.id);
    if (request.expectedVersion !== undefined && current.version !== request.expectedVersion) throw stale();
    request.guard?.(current);
    await this.write(manager, current, request.patch, undefined);
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
    return this.lockedById(manager, current.id);
  }

  private check(state: ApplicationState, request: TransitionRequest): TransitionCheck {
    return bySystem(request)
      ? checkSystemTransition(state, request.action)
      : checkTransition(state, request.action, request.actor.role);
  }

  /** The one UPDATE: guarded by the version read under the lock; TypeORM adds version + 1 and updated_at. */
  private async write(
    manager: EntityManager,
    current: Application,
    patch: ApplicationPatch,
    state: ApplicationState | undefined,
  ): Promise<void> {
    const values = state === undefined ? patch : { ...patch, state };
    const result = await manager
      .createQueryBuilder()
      .update(Application)
      // The patch is typed from the entity already; TypeORM's deep-partial type cannot express the
      // `unknown` values of the verified_profile jsonb column, hence this one widening.
      .set(values as QueryDeepPartialEntity<Application>)
      .where('id = :id AND version = :version', { id: current.id, version: current.version })
      .execute();
    if (result.affected === 0) throw stale();
  }
}
