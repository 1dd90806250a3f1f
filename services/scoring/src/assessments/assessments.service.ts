import { randomUUID } from 'node:crypto';
import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager, SelectQueryBuilder } from 'typeorm';
import { Role, type AuthUser } from '@points/auth';
import { toShanghaiDate } from '@points/calendar';
import type { ServiceConfig } from '@points/config';
import { PiiCipher } from '@points/crypto';
import { enqueueEvent } from '@points/db';
import { createEvent, type EventEnvelope } from '@points/events';
import {
  assess,
  evidenceFor,
  normaliseProfile,
  validateProfile,
  type ScoreProfile,
  type ScoreProfileInput,
  type ScoreResult,
} from '@points/scoring-engine';
import { SERVICE_CONFIG } from '@points/subgraph';
import { RuleSetsService } from '../rule-sets/rule-sets.service';
import { profileShapeErrors } from '../scores/score-profile.check';
import type { ProfileProblem } from '../scores/score-profile.exception';
import {
  Assessment,
  ASSESSMENT_INPUT_AAD,
  FAILURE_INPUT_AAD,
  type AssessmentKind,
} from './assessment.entity';
import { AssessmentException, AssessmentExceptionCode } from './assessment.exception';
import { ScoringRequestFailure, type ScoringRequestFailurePage } from './scoring-request-failure.entity';
import { isUuid } from '@points/validation';

export const MAX_FAILURES_PAGE = 100;

export type ScoringOutcome =
  | { kind: 'assessed'; assessmentId: string }
  | { kind: 'failed'; problems: ProfileProblem[] }
  | { kind: 'already-handled' };

@Injectable()
export class AssessmentsService {
  private readonly logger = new Logger(AssessmentsService.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(SERVICE_CONFIG) private readonly config: ServiceConfig,
    private readonly ruleSets: RuleSetsService,
    private readonly cipher: PiiCipher,
  ) {}

  /**
   * The caller's view, filtered in the query itself: HRSS every assessment; centre staff their
   * district's; HR their employer's; an applicant their own. Anything else is not found.
   */
  private visibleTo(
    user: AuthUser,
    manager: EntityManager = this.dataSource.manager,
  ): SelectQueryBuilder<Assessment> {
    const query = manager.getRepository(Assessment).createQueryBuilder('assessment');
    switch (user.role) {
      case Role.HRSS_ADMIN:
        return query;
      case Role.CENTRE_OFFICER:
      case Role.CENTRE_SUPERVISOR:
        return query.andWhere('assessment.district = :district', { district: user.district ?? '' });
      case Role.EMPLOYER_HR:
        return isUuid(user.employerId)
          ? query.andWhere('assessment.employer_id = :employerId', { employerId: user.employerId })
          : query.andWhere('false');
      case Role.APPLICANT:
        return isUuid(user.applicantId)
          ? query.andWhere('assessment.applicant_id = :applicantId', { applicantId: user.applicantId })
          : query.andWhere('false');
      case Role.CITY_VERIFIER:
        return query.andWhere('false');
    }
  }

  async findVisible(user: AuthUser, id: string, field = 'id'): Promise<Assessment> {
    const [found] = await this.findManyVisible(user, [id], field);
    if (found instanceof Error) throw found;
    return found!;
  }

  /**
   * Several assessments in one query (the application subgraph's references for a page of the
   * queue), in the order asked, with the same scoping as findVisible: each id the caller may not
   * see, or that does not exist, is its own NOT_FOUND (an invalid one its own INVALID_ID), so
   * one refused item does not fail the others.
   */
  async findManyVisible(
    user: AuthUser,
    ids: readonly string[],
    field = 'id',
  ): Promise<Array<Assessment | AssessmentException>> {
    const valid = [...new Set(ids.filter((id) => isUuid(id)))];
    const rows =
      valid.length > 0
        ? await this.visibleTo(user).andWhere('assessment.id = ANY(:ids)', { ids: valid }).getMany()
        : [];
    const byId = new Map(rows.map((row) => [row.id, row]));
    return ids.map((id) => {
      if (!isUuid(id)) {
        return new AssessmentException(AssessmentExceptionCode.INVALID_ID, `${field} must be a UUID.`, {
          field,
          rule: 'uuid',
        });
      }
      return (
        byId.get(id) ??
        new AssessmentException(
          AssessmentExceptionCode.ASSESSMENT_NOT_FOUND,
          `No assessment ${id} that you may see.`,
        )
      );
    });
  }

  /** An application's assessments, newest first (a few per application: a first one, appeals). */
  listForApplication(user: AuthUser, applicationId: string): Promise<Assessment[]> {
    if (!isUuid(applicationId)) {
      throw new AssessmentException(AssessmentExceptionCode.INVALID_ID, 'applicationId must be a UUID.', {
        field: 'applicationId',
        rule: 'uuid',
      });
    }
    return this.visibleTo(user)
      .andWhere('assessment.application_id = :applicationId', { applicationId })
      .orderBy('assessment.assessed_at', 'DESC')
      .addOrderBy('assessment.id', 'DESC')
      .getMany();
  }

  /** The exact input of a decision, defaults applied (HRSS only, checked by the resolver). */
  profileOf(assessment: Assessment): ScoreProfile {
    const input = JSON.parse(
      this.cipher.decrypt(assessment.inputProfile, ASSESSMENT_INPUT_AAD),
    ) as ScoreProfileInput;
    return normaliseProfile(input);
  }

  /** Recomputes a stored decision from its stored input and the exact rule parameters it used. */
  async reproduce(assessment: Assessment): Promise<ScoreResult> {
    const parameters = await this.ruleSets.revisionParameters(
      this.dataSource.manager,
      assessment.ruleSetVersion,
      assessment.ruleSetRevision,
    );
    if (!parameters) {
      throw new AssessmentException(
        AssessmentExceptionCode.NOT_REPRODUCIBLE,
        `Rule set ${assessment.ruleSetVersion} revision ${assessment.ruleSetRevision} is missing.`,
      );
    }
    return assess(this.profileOf(assessment), parameters);
  }

  async failures(page: { first: number; after?: string | null }): Promise<ScoringRequestFailurePage> {
    if (!Number.isInteger(page.first) || page.first < 1 || page.first > MAX_FAILURES_PAGE) {
      throw new AssessmentException(
        AssessmentExceptionCode.INVALID_PAGE,
        `first must be 1–${MAX_FAILURES_PAGE}.`,
        {
          field: 'first',
          rule: 'range',
        },
      );
    }
    if (page.after != null && !/^\d{1,18}$/.test(page.after)) {
      throw new AssessmentException(AssessmentExceptionCode.INVALID_PAGE, 'after must be a nextCursor.', {
        field: 'after',
        rule: 'cursor',
      });
    }
    const query = this.dataSource
      .getRepository(ScoringRequestFailure)
      .createQueryBuilder('failure')
      .orderBy('failure.seq', 'DESC')
      .limit(page.first + 1);
    if (page.after) query.andWhere('failure.seq < :after', { after: page.after });
    const rows = await query.getMany();
    const nodes = rows.slice(0, page.first);
    const last = nodes[nodes.length - 1];
    return { nodes, nextCursor: rows.length > page.first && last ? String(last.seq) : null };
  }

  /** 复核 upheld in the application service: kept beside the assessment (once per appeal, however often delivered). */
  async recordCorrection(
    event: EventEnvelope<'application.score-corrected'>,
    manager: EntityManager,
  ): Promise<void> {
    const d = event.data;
    await manager.query(
      `INSERT INTO scoring.score_correction
         (appeal_id, application_id, assessment_id, indicator, delta, corrected_total, decided_by, corrected_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8) ON CONFLICT (appeal_id) DO NOTHING`,
      [
        d.appealId,
        d.applicationId,
        d.assessmentId,
        d.indicator,
        d.delta,
        d.correctedTotal,
        d.decidedBy,
        event.occurredAt,
      ],
    );
  }

  /**
   * The total after the latest upheld appeal on each of these assessments (null if none), in the
   * order asked, in one query (score_correction_assessment_idx serves the DISTINCT ON).
   */
  async correctedTotalsOf(assessmentIds: readonly string[]): Promise<Array<number | null>> {
    const rows: Array<{ assessment_id: string; corrected_total: number }> = await this.dataSource.query(
      `SELECT DISTINCT ON (assessment_id) assessment_id, corrected_total FROM scoring.score_correction
        WHERE assessment_id = ANY($1::uuid[]) ORDER BY assessment_id, recorded_seq DESC`,
      [assessmentIds],
    );
    const byId = new Map(rows.map((row) => [row.assessment_id, row.corrected_total]));
    return assessmentIds.map((id) => byId.get(id) ?? null);
  }

  /**
   * 积分核定 on verified facts, inside the inbox transaction of the request: the assessment and its
   * `score.assessed` outbox row commit together with the inbox row, or none of them does.
   * A profile that cannot be scored is recorded as a failure and answered with
   * `score.assessment-failed`: retrying would fail the same way forever, and answering "not
   * eligible" would reject an applicant for a defect upstream.
   */
  async assessRequest(
    event: EventEnvelope<'application.scoring-requested'>,
    manager: EntityManager,
    now: Date = new Date(),
  ): Promise<ScoringOutcome> {
    const request = event.data;
    // The request's assessment date governs (the application decides the date, e.g. acceptance).
    const input: ScoreProfileInput = { ...request.verifiedProfile, assessmentDate: request.assessmentDate };

    let problems: ProfileProblem[] = profileShapeErrors(input);
    if (problems.length === 0) problems = validateProfile(input, { today: toShanghaiDate(now) });
    const ruleSet =
      problems.length === 0 ? await this.ruleSets.inForce(manager, request.assessmentDate) : null;
    if (problems.length === 0 && !ruleSet) {
      problems = [
        {
          field: 'profile.assessmentDate',
          rule: 'no-rule-set-in-force',
          message: `No rule set is in force on ${request.assessmentDate}.`,
        },
      ];
    }
    if (problems.length > 0 || !ruleSet) {
      const inserted: unknown[] = await manager.query(
        `INSERT INTO scoring.scoring_request_failure
           (id, request_event_id, application_id, kind, applicant_id, employer_id, district, assessment_date,
            problems, input_profile)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)
         ON CONFLICT (request_event_id) DO NOTHING RETURNING id`,
        [
          randomUUID(),
          event.id,
          request.applicationId,
          request.kind,
          request.applicantId,
          request.employerId,
          request.district,
          request.assessmentDate,
          JSON.stringify(problems),
          this.cipher.encrypt(JSON.stringify(input), FAILURE_INPUT_AAD),
        ],
      );
      if (inserted.length === 0) return { kind: 'already-handled' };
      // The application learns why it waits (field names and rules only, no values).
      await enqueueEvent(
        manager,
        this.config.databaseSchema,
        createEvent('score.assessment-failed', {
          subject: `application:${request.applicationId}`,
          source: this.config.service,
          traceId: event.traceId,
          data: {
            applicationId: request.applicationId,
            requestEventId: event.id,
            problems: problems.map(({ field, rule }) => ({ field, rule })),
          },
        }),
      );
      // Field names and rules only: the message could quote personal values.
      this.logger.warn(
        `scoring request ${event.id} for application ${request.applicationId} cannot be assessed: ` +
          problems.map((problem) => `${problem.field} (${problem.rule})`).join(', '),
      );
      return { kind: 'failed', problems };
    }

    const result = assess(normaliseProfile(input), ruleSet.parameters);
    // Each item keeps what its facts rest on (a registry answer or a person's check), when given.
    const items = result.items.map((item) => {
      const sources = evidenceFor(input.evidence, item.indicator);
      return sources.length > 0 ? { ...item, evidence: sources } : item;
    });
    const assessmentId = randomUUID();
    const inserted: unknown[] = await manager.query(
      `INSERT INTO scoring.assessment
         (id, application_id, request_event_id, kind, applicant_id, employer_id, district, assessment_date,
          rule_set_version, rule_set_revision, rule_set_sha256, total, standard, eligible, vetoed, items,
          excluded_months, input_profile, can_apply, unmet_conditions)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20)
       ON CONFLICT (request_event_id) DO NOTHING RETURNING id`,
      [
        assessmentId,
        request.applicationId,
        event.id,
        request.kind satisfies `${AssessmentKind}`,
        request.applicantId,
        request.employerId,
        request.district,
        request.assessmentDate,
        ruleSet.version,
        ruleSet.revision,
        ruleSet.parametersSha256,
        result.total,
        result.standard,
        result.eligible,
        result.vetoed,
        JSON.stringify(items),
        JSON.stringify(result.excludedMonths),
        this.cipher.encrypt(JSON.stringify(input), ASSESSMENT_INPUT_AAD),
        result.canApply,
        JSON.stringify(result.unmetConditions),
      ],
    );
    // The inbox already stops a redelivered event; the unique request id is the second lock.
    if (inserted.length === 0) return { kind: 'already-handled' };
    await enqueueEvent(
      manager,
      this.config.databaseSchema,
      createEvent('score.assessed', {
        subject: `application:${request.applicationId}`,
        source: this.config.service,
        traceId: event.traceId,
        data: {
          assessmentId,
          applicationId: request.applicationId,
          total: result.total,
          eligible: result.eligible,
          canApply: result.canApply,
          unmetConditions: result.unmetConditions,
          ruleSetVersion: result.ruleSetVersion,
        },
      }),
    );
    return { kind: 'assessed', assessmentId };
  }
}
