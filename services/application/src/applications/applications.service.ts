import { Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { isDeepStrictEqual } from 'node:util';
import type { DataSource, EntityManager, Repository, SelectQueryBuilder } from 'typeorm';
import { districtScopeOf, Role, type AuthUser } from '@points/auth';
import { BlindIndex, maskMobile, maskResidentId, PiiCipher } from '@points/crypto';
import { isIsoDate } from '@points/calendar';
import { isUuid, validateResidentId } from '@points/validation';
import { ApplicationClock } from '../clock/application-clock';
import { PII_COLUMN_AAD, ProjectionsService } from '../projections/projections.service';
import { positionInWindow, RENEWAL_WINDOW_DAYS, renewalWindowOf } from '../renewals/renewal-window.util';
import { formProblems, incompleteParts, simulateClaims } from './application-claims.util';
import {
  Sex,
  type ApplicationForm,
  type ApplicationFormData,
  type ApplicationFormInput,
  type SimulatedScore,
} from './application-form.model';
import { Application } from './application.entity';
import { ApplicationRepository } from './application.repository';
import { ApplicationException, ApplicationExceptionCode } from './application.exception';
import { ApplicationKind, ApplicationState } from './application-state.enum';
import { EntryCode } from '../history/history-codes';

const OPEN_STATES = [
  ApplicationState.DRAFT,
  ApplicationState.EMPLOYER_REVIEW,
  ApplicationState.SUBMITTED,
  ApplicationState.MATERIALS_REQUIRED,
  ApplicationState.ARCHIVE_REVIEW,
  ApplicationState.SCORING,
];

export interface CreateApplicationInput {
  applicantId?: string | null;
  kind: ApplicationKind;
  permitEndorsedOn?: string | null;
}

@Injectable()
export class ApplicationsService {
  constructor(
    @InjectRepository(Application) private readonly applications: Repository<Application>,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly projections: ProjectionsService,
    private readonly repository: ApplicationRepository,
    private readonly clock: ApplicationClock,
    private readonly cipher: PiiCipher,
    private readonly blindIndex: BlindIndex,
  ) {}

  /** Limits a query to what the caller may see: district, own employer, or self. City verifiers see none. */
  scoped(user: AuthUser, alias = 'a', manager?: EntityManager): SelectQueryBuilder<Application> {
    const query = (manager?.getRepository(Application) ?? this.applications).createQueryBuilder(alias);
    const district = districtScopeOf(user);
    if (district) query.andWhere(`${alias}.district = :district`, { district });
    if (user.role === Role.EMPLOYER_HR)
      query.andWhere(`${alias}.employer_id = :employerId`, { employerId: user.employerId });
    if (user.role === Role.APPLICANT)
      query.andWhere(`${alias}.applicant_id = :applicantId`, { applicantId: user.applicantId });
    if (user.role === Role.CITY_VERIFIER) query.andWhere('false');
    return query;
  }

  async findVisible(user: AuthUser, id: string): Promise<Application> {
    return this.visibleOrNotFound(id, await this.scoped(user).andWhere('a.id = :id', { id }).getOne());
  }

  /**
   * Inside the caller's transaction: the application, if the caller may see it, locked until
   * commit. One read where an action used to make two (findVisible, then the lock): issue 18.
   */
  async lockVisible(manager: EntityManager, user: AuthUser, id: string): Promise<Application> {
    return this.visibleOrNotFound(
      id,
      await this.scoped(user, 'a', manager)
        .setLock('pessimistic_write')
        .andWhere('a.id = :id', { id })
        .getOne(),
    );
  }

  private visibleOrNotFound(id: string, application: Application | null): Application {
    if (!application) {
      throw new ApplicationException(
        ApplicationExceptionCode.APPLICATION_NOT_FOUND,
        `No application ${id} you can see`,
      );
    }
    return application;
  }

  /**
   * Several applications in one query (the gateway's references for a page), in the order asked,
   * scoped as findVisible: an id the caller may not see, that does not exist or is malformed is its
   * own APPLICATION_NOT_FOUND, so one refused item does not fail the others.
   */
  async findManyVisible(
    user: AuthUser,
    ids: readonly string[],
  ): Promise<Array<Application | ApplicationException>> {
    const valid = [...new Set(ids.filter((id) => isUuid(id)))];
    const rows =
      valid.length > 0 ? await this.scoped(user).andWhere('a.id = ANY(:ids)', { ids: valid }).getMany() : [];
    const byId = new Map(rows.map((row) => [row.id, row]));
    return ids.map(
      (id) =>
        byId.get(id) ??
        new ApplicationException(
          ApplicationExceptionCode.APPLICATION_NOT_FOUND,
          `No application ${id} you can see`,
        ),
    );
  }

  /** An employer's applications as the caller may see them, newest first. */
  listForEmployer(user: AuthUser, employerId: string, limit = 50): Promise<Application[]> {
    return this.scoped(user)
      .andWhere('a.employer_id = :forEmployer', { forEmployer: employerId })
      .orderBy('a.created_at', 'DESC')
      .addOrderBy('a.id', 'DESC')
      .limit(limit)
      .getMany();
  }

  /** The applicant's own applications (or HR's employer's), newest first. */
  listMine(user: AuthUser, limit = 50): Promise<Application[]> {
    return this.scoped(user)
      .orderBy('a.created_at', 'DESC')
      .addOrderBy('a.id', 'DESC')
      .limit(limit)
      .getMany();
  }

  residentIdOf(application: Pick<Application, 'residentIdEnc'>): string {
    return application.residentIdEnc
      ? this.cipher.decrypt(application.residentIdEnc, PII_COLUMN_AAD.residentId)
      : '';
  }

  birthDateOf(application: Pick<Application, 'residentIdEnc'>): string {
    const parsed = validateResidentId(this.residentIdOf(application));
    return parsed.ok ? parsed.value.birthDate : '1900-01-01';
  }

  /** The form for output; resident ID and mobile masked unless `unmasked` (then the read is audited). */
  async formView(user: AuthUser, application: Application, unmasked: boolean): Promise<ApplicationForm> {
    const residentId = this.residentIdOf(application);
    const parsed = validateResidentId(residentId);
    const mobile = application.mobileEnc
      ? this.cipher.decrypt(application.mobileEnc, PII_COLUMN_AAD.mobile)
      : null;
    if (unmasked) {
      // Whoever can see the application is entitled (self, own employer, own district, HRSS); each read is logged.
      await this.dataSource.query(
        `INSERT INTO application.pii_access_log (application_id, field, actor, role) VALUES ($1, 'form.personal', $2, $3)`,
        [application.id, user.sub, user.role],
      );
    }
    const f = application.form;
    return {
      personal: {
        name: application.applicantName,
        residentId: unmasked ? residentId : maskResidentId(residentId),
        sex: parsed.ok && parsed.value.sex === 'MALE' ? Sex.MALE : Sex.FEMALE,
        birthDate: parsed.ok ? parsed.value.birthDate : '',
        ethnicity: f.personal?.ethnicity ?? null,
        hukouPlace: f.personal?.hukouPlace ?? null,
        maritalStatus: f.personal?.maritalStatus ?? null,
        mobile: mobile === null ? null : unmasked ? mobile : maskMobile(mobile),
      },
      residencePermit: f.residencePermit ?? null,
      employment: f.employment ?? null,
      educationHistory: f.educationHistory ?? [],
      qualifications: f.qualifications ?? [],
      socialInsurance: f.socialInsurance ?? [],
      bonusClaims: f.bonusClaims ?? null,
      coResidents: f.coResidents ?? [],
      archiveLocation: f.archiveLocation ?? null,
      declarations: f.declarations ?? null,
    };
  }

  simulatedScore(application: Application): SimulatedScore {
    return simulateClaims(application.form, this.birthDateOf(application), this.clock.today());
  }

  /** Details a renewal may not change and still be reviewed online. */
  sameDetails(previous: ApplicationFormData, current: ApplicationFormData): boolean {
    const pick = (f: ApplicationFormData): unknown => ({
      position: f.employment?.position ?? null,
      educationHistory: f.educationHistory ?? [],
      qualifications: f.qualifications ?? [],
      bonusClaims: f.bonusClaims ?? null,
      coResidents: f.coResidents ?? [],
    });
    return isDeepStrictEqual(
      JSON.parse(JSON.stringify(pick(previous))),
      JSON.parse(JSON.stringify(pick(current))),
    );
  }

  assertComplete(application: Application): void {
    const problems = [
      ...incompleteParts(application.form, application.mobileEnc !== null),
      ...formProblems(application.form, null, this.birthDateOf(application), this.clock.today()),
    ];
    const first = problems[0];
    if (first) {
      throw new ApplicationException(ApplicationExceptionCode.INVALID_FORM, first.message, {
        field: first.field,
        rule: first.rule,
      });
    }
  }

  /** Opens a DRAFT: HR for an applicant of its employer, or the applicant with their current employer. */
  async create(user: AuthUser, input: CreateApplicationInput): Promise<Application> {
    const applicantId = user.role === Role.APPLICANT ? user.applicantId : input.applicantId;
    if (!applicantId) {
      throw new ApplicationException(ApplicationExceptionCode.INVALID_ARGUMENT, 'applicantId is required', {
        field: 'applicantId',
        rule: 'required',
      });
    }
    const today = this.clock.today();
    const id = await this.dataSource.transaction(async (manager) => {
      const applicant = await this.projections.applicant(manager, applicantId);
      const employerId = applicant?.employerId ?? null;
      if (!applicant || !employerId || (user.role === Role.EMPLOYER_HR && employerId !== user.employerId)) {
        throw new ApplicationException(
          ApplicationExceptionCode.APPLICANT_NOT_EMPLOYED_HERE,
          'This applicant is not linked to your employer; only their current employer may file for them',
        );
      }
      const employer = await this.projections.employer(manager, employerId);
      if (!employer) {
        throw new ApplicationException(
          ApplicationExceptionCode.EMPLOYER_MAY_NOT_FILE,
          'Only an approved employer may file applications',
        );
      }
      await this.assertStanding(employer, applicant.bannedUntil, today);
      // Serialise concurrent creations for one applicant on their projection row.
      await manager.query(
        `SELECT 1 FROM application.applicant_projection WHERE applicant_id = $1 FOR UPDATE`,
        [applicantId],
      );
      const open: Array<{ id: string; employer_id: string; state: string }> = await manager.query(
        `SELECT id, employer_id, state FROM application.application WHERE applicant_id = $1 AND state = ANY($2) LIMIT 1`,
        [applicantId, OPEN_STATES],
      );
      if (open[0]) {
        throw new ApplicationException(
          ApplicationExceptionCode.OPEN_APPLICATION_EXISTS,
          open[0].employer_id === employerId
            ? `The applicant already has an open application (${open[0].state})`
            : 'The applicant has an application with their previous employer that is not decided: that employer must ask its centre to revoke it (撤销) first',
        );
      }
      // A renewal may come after the old validity ended (the window runs 60 days from the
      // endorsement): it continues the latest approval whose points were not voided.
      const previous =
        input.kind === ApplicationKind.RENEWAL
          ? await this.latestApprovedOf(manager, applicantId)
          : await this.validPointsOf(manager, applicantId, today);
      let permitEndorsedOn: string | null = null;
      switch (input.kind) {
        case ApplicationKind.NEW:
          if (previous) {
            throw new ApplicationException(
              ApplicationExceptionCode.INVALID_ARGUMENT,
              `The applicant holds points valid until ${previous.validUntil}: file a RENEWAL or a CHANGE instead`,
              { field: 'kind', rule: 'points-still-valid' },
            );
          }
          break;
        case ApplicationKind.CHANGE:
          if (!previous) throw this.noValidPoints();
          break;
        case ApplicationKind.RENEWAL:
          if (!previous) throw this.noValidPoints();
          permitEndorsedOn = this.assertRenewalWindow(input.permitEndorsedOn, today);
          break;
      }
      return this.repository.insert(
        manager,
        {
          employerId,
          applicantId,
          district: employer.district,
          kind: input.kind,
          applicantName: applicant.name,
          residentIdEnc: applicant.residentIdEnc,
          residentIdBidx: applicant.residentIdBidx,
          mobileEnc: previous?.mobileEnc ?? null,
          // RENEWAL and CHANGE start from the approved form: only what changed needs typing.
          form: previous?.form ?? {},
          previousApplicationId: previous?.id ?? null,
          permitEndorsedOn,
        },
        user,
        `${input.kind} application opened`,
      );
    });
    return this.findVisible(user, id);
  }

  private noValidPoints(): ApplicationException {
    return new ApplicationException(
      ApplicationExceptionCode.NO_VALID_POINTS,
      'The applicant holds no valid points to renew or change: file a NEW application',
      { field: 'kind', rule: 'needs-valid-points' },
    );
  }

  private async assertStanding(
    employer: { status: string; suspendedUntil: string | null },
    bannedUntil: string | null,
    today: string,
  ): Promise<void> {
    if (employer.status !== 'APPROVED') {
      throw new ApplicationException(
        ApplicationExceptionCode.EMPLOYER_MAY_NOT_FILE,
        'Only an approved employer may file applications',
      );
    }
    if (employer.suspendedUntil && employer.suspendedUntil >= today) {
      throw new ApplicationException(
        ApplicationExceptionCode.EMPLOYER_MAY_NOT_FILE,
        `The employer is suspended until ${employer.suspendedUntil} and may not file applications`,
      );
    }
    if (bannedUntil && bannedUntil >= today) {
      throw new ApplicationException(
        ApplicationExceptionCode.APPLICANT_BANNED,
        `The applicant may not apply until ${bannedUntil} (forged materials)`,
      );
    }
    return Promise.resolve();
  }

  /** RENEWAL: from 3 working days after the endorsement, within 60 days of it; otherwise apply anew. */
  assertRenewalWindow(endorsedOn: string | null | undefined, today: string): string {
    if (!endorsedOn || !/^\d{4}-\d{2}-\d{2}$/.test(endorsedOn) || Number.isNaN(Date.parse(endorsedOn))) {
      throw new ApplicationException(
        ApplicationExceptionCode.INVALID_ARGUMENT,
        'permitEndorsedOn is required for a RENEWAL: the date the residence permit was endorsed (签注), YYYY-MM-DD',
        { field: 'permitEndorsedOn', rule: 'real-date' },
      );
    }
    if (endorsedOn > today) {
      throw new ApplicationException(
        ApplicationExceptionCode.INVALID_ARGUMENT,
        'permitEndorsedOn must not be in the future',
        {
          field: 'permitEndorsedOn',
          rule: 'not-in-future',
        },
      );
    }
    const window = renewalWindowOf(endorsedOn);
    switch (positionInWindow(window, today)) {
      case 'TOO_EARLY':
        throw new ApplicationException(
          ApplicationExceptionCode.RENEWAL_OUTSIDE_WINDOW,
          `The renewal opens on ${window.opensOn}, 3 working days after the endorsement on ${endorsedOn} (the permit data takes that long to arrive)`,
          { field: 'permitEndorsedOn', rule: 'renewal-not-open-yet' },
        );
      case 'CLOSED':
        throw new ApplicationException(
          ApplicationExceptionCode.RENEWAL_OUTSIDE_WINDOW,
          `The renewal window closed on ${window.closesOn}, 60 days after the endorsement on ${endorsedOn}: the points have lapsed, apply anew with a NEW application`,
          { field: 'permitEndorsedOn', rule: 'renewal-window-closed' },
        );
      case 'OPEN':
        return endorsedOn;
    }
  }

  /**
   * The latest APPROVED application whose points still hold: not voided, and either within its
   * validity or inside the renewal window of a recorded endorsement.
   */
  private async validPointsOf(
    manager: EntityManager,
    applicantId: string,
    today: string,
  ): Promise<Application | undefined> {
    return (
      (await manager
        .getRepository(Application)
        .createQueryBuilder('a')
        .where('a.applicant_id = :applicantId', { applicantId })
        .andWhere(`a.state = 'APPROVED'`)
        .andWhere('a.points_voided_on IS NULL')
        .andWhere(
          `(a.valid_until >= :today OR (a.permit_endorsed_on IS NOT NULL AND a.permit_endorsed_on + ${RENEWAL_WINDOW_DAYS} >= :today))`,
          { today },
        )
        .orderBy('a.valid_until', 'DESC')
        .getOne()) ?? undefined
    );
  }

  private async latestApprovedOf(
    manager: EntityManager,
    applicantId: string,
  ): Promise<Application | undefined> {
    return (
      (await manager
        .getRepository(Application)
        .createQueryBuilder('a')
        .where('a.applicant_id = :applicantId', { applicantId })
        .andWhere(`a.state = 'APPROVED'`)
        .andWhere('a.points_voided_on IS NULL')
        .orderBy('a.valid_until', 'DESC')
        .getOne()) ?? undefined
    );
  }

  /** 签注 recorded on the approved application: starts the renewal window and its reminder. */
  async recordPermitEndorsement(user: AuthUser, id: string, endorsedOn: string): Promise<Application> {
    await this.findVisible(user, id);
    if (!isIsoDate(endorsedOn) || endorsedOn > this.clock.today()) {
      throw new ApplicationException(
        ApplicationExceptionCode.INVALID_ARGUMENT,
        'endorsedOn must be a real date, not in the future',
        {
          field: 'endorsedOn',
          rule: 'real-date-not-future',
        },
      );
    }
    await this.dataSource.transaction(async (manager) => {
      await this.repository.amend(manager, {
        id,
        actor: user,
        patch: { permitEndorsedOn: endorsedOn },
        guard: (current) => {
          if (current.state !== ApplicationState.APPROVED || current.pointsVoidedOn) {
            throw new ApplicationException(
              ApplicationExceptionCode.TRANSITION_NOT_ALLOWED,
              'An endorsement is recorded on an APPROVED application with valid points',
              { field: 'id', rule: 'approved-only' },
            );
          }
        },
        code: EntryCode.PERMIT_ENDORSED,
        reason: `居住证签注 ${endorsedOn} (permit endorsed; renewal window ${renewalWindowOf(endorsedOn).opensOn} to ${renewalWindowOf(endorsedOn).closesOn})`,
      });
    });
    return this.findVisible(user, id);
  }

  /** Saves sections of the form; only in DRAFT, by the applicant or their employer's HR. */
  async updateForm(
    user: AuthUser,
    id: string,
    version: number,
    input: ApplicationFormInput,
  ): Promise<Application> {
    const application = await this.findVisible(user, id);
    if (user.role !== Role.APPLICANT && user.role !== Role.EMPLOYER_HR) {
      throw new ApplicationException(
        ApplicationExceptionCode.ROLE_NOT_ALLOWED,
        'Only the applicant and their employer fill the form',
      );
    }
    // A stale version is a conflict whatever the state has become.
    if (application.version !== version) throw this.staleForm();
    const editableInDraft = (current: Pick<Application, 'state'>): void => {
      if (current.state !== ApplicationState.DRAFT) {
        throw new ApplicationException(
          ApplicationExceptionCode.NOT_EDITABLE,
          `The form can only be edited in DRAFT; this application is ${current.state}`,
          { field: 'id', rule: 'editable-in-draft-only' },
        );
      }
    };
    editableInDraft(application);
    const form: ApplicationFormData = { ...application.form };
    if (input.personal) {
      form.personal = {
        ethnicity: input.personal.ethnicity ?? null,
        hukouPlace: input.personal.hukouPlace ?? null,
        maritalStatus: input.personal.maritalStatus ?? null,
      };
    }
    for (const key of [
      'residencePermit',
      'employment',
      'educationHistory',
      'qualifications',
      'socialInsurance',
      'bonusClaims',
      'coResidents',
      'archiveLocation',
      'declarations',
    ] as const) {
      const value = input[key];
      if (value !== undefined && value !== null)
        (form as Record<string, unknown>)[key] = JSON.parse(JSON.stringify(value));
    }
    const mobileInput = input.personal?.mobile;
    const mobile = mobileInput ? mobileInput.replace(/[\s-]/g, '').replace(/^\+86/, '') : mobileInput;
    const problems = formProblems(form, mobile, this.birthDateOf(application), this.clock.today());
    const first = problems[0];
    if (first) {
      throw new ApplicationException(ApplicationExceptionCode.INVALID_FORM, first.message, {
        field: first.field,
        rule: first.rule,
      });
    }
    const mobileEnc =
      mobile === undefined
        ? application.mobileEnc
        : mobile === null
          ? null
          : this.cipher.encrypt(mobile, PII_COLUMN_AAD.mobile);
    const sections = [
      ...Object.keys(input).filter((key) => input[key as keyof ApplicationFormInput] != null),
    ].sort();
    await this.dataSource.transaction((manager) =>
      this.repository.amend(manager, {
        id,
        expectedVersion: version,
        actor: user,
        patch: { form, mobileEnc },
        guard: editableInDraft,
        code: EntryCode.FORM_EDITED,
        fields: sections,
        reason: `表单修改: ${sections.join(', ') || '(nothing)'} (form edited)`,
      }),
    );
    return this.findVisible(user, id);
  }

  private staleForm(): ApplicationException {
    return new ApplicationException(
      ApplicationExceptionCode.STALE_VERSION,
      'The application changed since you loaded it; reload and try again',
    );
  }

  /** Who holds this resident ID's applications (blind index look-up), for HRSS and the centre. */
  findByResidentId(user: AuthUser, residentId: string): Promise<Application[]> {
    const parsed = validateResidentId(residentId);
    if (!parsed.ok) {
      throw new ApplicationException(
        ApplicationExceptionCode.INVALID_ARGUMENT,
        `residentId ${parsed.message}`,
        {
          field: 'residentId',
          rule: parsed.rule,
        },
      );
    }
    return this.scoped(user)
      .andWhere('a.resident_id_bidx = :bidx', {
        bidx: this.blindIndex.compute(parsed.value.normalised, 'resident_id'),
      })
      .orderBy('a.created_at', 'DESC')
      .limit(50)
      .getMany();
  }
}
