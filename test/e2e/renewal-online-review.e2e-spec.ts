// A renewal's online review (网审) across the two services that decide it, with the registry
// simulator answering: the application service asks, archive-verification's RENEWAL_REVIEW case
// asks the simulated registries through its task worker, and the application decides on the
// facts it gets back. The events travel as the outbox relay would carry them (each service's
// outbox row delivered to the other's inbox), so only the relay's transport is left out.
/* eslint-disable @typescript-eslint/no-explicit-any -- GraphQL answers and outbox rows are untyped JSON here */
import { BlindIndex, PiiCipher } from '@points/crypto';
import { createRedisConnection } from '@points/db';
import type { EventEnvelope, EventType } from '@points/events';
import { OutboxService } from '@points/subgraph';
import { deliverEvent, eventually, startSubgraphTestApp, type SubgraphTestApp } from '@points/testing';
// Services have no package entry point; this suite starts two of them in-process (as tools/supergraph):
// eslint-disable-next-line @nx/enforce-module-boundaries -- see above
import { claimedProfileOf } from '../../services/application/src/applications/application-claims.util';
// eslint-disable-next-line @nx/enforce-module-boundaries -- see above
import type { ApplicationFormData } from '../../services/application/src/applications/application-form.model';
// eslint-disable-next-line @nx/enforce-module-boundaries -- see above
import {
  PII_COLUMN_AAD,
  RESIDENT_ID_INDEX_DOMAIN,
} from '../../services/application/src/projections/projections.service';
// eslint-disable-next-line @nx/enforce-module-boundaries -- see above
import {
  applicantEmployedBy,
  completeForm,
  employerStanding,
  hrOf,
  pinToday,
  startApplicationApp,
  XUHUI_EMPLOYER,
} from '../../services/application/src/testing/application-test.fixtures';
// eslint-disable-next-line @nx/enforce-module-boundaries -- see above
import { AppModule as VerificationAppModule } from '../../services/archive-verification/src/app.module';
// eslint-disable-next-line @nx/enforce-module-boundaries -- see above
import { MIGRATIONS as VERIFICATION_MIGRATIONS } from '../../services/archive-verification/src/migrations';
// eslint-disable-next-line @nx/enforce-module-boundaries -- see above
import { createRegistrySimulator } from '../../services/archive-verification/src/registries/simulator/registry-simulator';
// eslint-disable-next-line @nx/enforce-module-boundaries -- see above
import { registrySeedSchema } from '../../services/archive-verification/src/registries/simulator/registry-seed.schema';
// eslint-disable-next-line @nx/enforce-module-boundaries -- see above
import { seedRegistryRecords } from '../../services/archive-verification/src/registries/simulator/registry-seeder';
// eslint-disable-next-line @nx/enforce-module-boundaries -- see above
import { TaskProcessor } from '../../services/archive-verification/src/verification-tasks/jobs/verify-task.job';
// eslint-disable-next-line @nx/enforce-module-boundaries -- see above
import { startVerificationWorker } from '../../services/archive-verification/src/verification-tasks/task-worker.service';

type Row = Record<string, any>;

const TODAY = '2026-10-10';
/** The filing employer's credit code as its registration event gave it (employerStanding). */
const EMPLOYER_CODE = '91310104MA1FL0001X';
const OTHER_CODE = '91310000MA1FL0002B';
const hr = hrOf(XUHUI_EMPLOYER);

// Two subgraphs, a task worker and real PostgreSQL and Redis on a shared 2-core machine.
jest.setTimeout(120_000);

describe('renewal online review on registry facts (application ↔ archive-verification, registry simulator)', () => {
  let app: SubgraphTestApp;
  let verification: SubgraphTestApp;
  let worker: { close(): Promise<void> } | undefined;
  let holders = 0;

  beforeAll(async () => {
    // Each boot: migrations on a new database, then Nest; generous for a busy machine.
    app = await startApplicationApp();
    verification = await startSubgraphTestApp({
      service: 'archive-verification',
      createModule: (config) =>
        VerificationAppModule.forRoot(config, { dispatchIntervalMs: 50, backoffMs: 100, taskAttempts: 3 }),
      migrations: VERIFICATION_MIGRATIONS,
    });
    pinToday(app, TODAY);
    await employerStanding(app, XUHUI_EMPLOYER, 'XUHUI');
    const connection = createRedisConnection(verification.redis.url);
    const processor = new TaskProcessor({
      dataSource: verification.dataSource,
      cipher: verification.app.get(PiiCipher),
      registries: createRegistrySimulator(verification.dataSource, verification.app.get(BlindIndex), {
        latencyMs: 0,
        failureRate: 0,
      }),
      outbox: verification.app.get(OutboxService),
      today: () => TODAY,
    });
    const running = startVerificationWorker(processor, {
      connection,
      prefix: verification.redis.prefix,
      settings: { concurrency: 4, attemptTimeoutMs: 5_000, lockDurationMs: 10_000, stalledIntervalMs: 5_000 },
    });
    worker = {
      async close() {
        await running.close();
        await connection.quit();
      },
    };
  }, 180_000);
  afterAll(async () => {
    await worker?.close();
    await verification?.close();
    await app?.close();
  });

  /** The first outbox row of `type` about `applicationId` in `t` (the relay's input). */
  function outboxEvent<T extends EventType>(
    t: SubgraphTestApp,
    schema: string,
    type: T,
    applicationId: string,
  ): Promise<EventEnvelope<T>> {
    return eventually(async () => {
      const rows: Array<{ envelope: EventEnvelope<T> }> = await t.dataSource.query(
        `SELECT envelope FROM ${schema}.outbox WHERE type = $1 AND envelope->'data'->>'applicationId' = $2`,
        [type, applicationId],
      );
      return rows[0]?.envelope;
    }, 90_000);
  }

  /** A holder approved last year (valid to 2026-10-31), as the lifecycle leaves an approval. */
  async function approvedHolder(): Promise<{ applicantId: string; residentId: string; previousId: string }> {
    holders += 1;
    const applicantId = `bbbbbbbb-1111-4000-8000-00000000000${holders}`;
    const residentId = ['310104199003070018', '310115199501010041', '310104198801010015'][holders - 1]!;
    await applicantEmployedBy(app, applicantId, residentId, XUHUI_EMPLOYER);
    const cipher = app.app.get(PiiCipher);
    const { personal: _personal, ...rest } = completeForm();
    const form = {
      ...rest,
      residencePermit: {
        number: 'SH2025',
        validFrom: '2025-10-31',
        validTo: '2026-10-31',
        address: '上海市徐汇区',
      },
    } as ApplicationFormData;
    const birthDate = `${residentId.slice(6, 10)}-${residentId.slice(10, 12)}-${residentId.slice(12, 14)}`;
    // Assessed once its last contribution month (2025-12) was paid.
    const verified = claimedProfileOf(form, birthDate, '2025-12-31');
    const [row] = await app.dataSource.query(
      `INSERT INTO application.application (employer_id, applicant_id, district, kind, state, version, applicant_name,
         resident_id_enc, resident_id_bidx, mobile_enc, form, verified_profile, assessment_date, total_points, rule_set_version,
         valid_until, permit_endorsed_on, notice_code, notice_no)
       VALUES ($1, $2, 'XUHUI', 'NEW', 'APPROVED', 9, '张三', $3, $4, $5, $6, $7, '2025-10-20', 198, 'SH-2017',
         '2026-10-31', '2026-09-30', $8, $9) RETURNING id`,
      [
        XUHUI_EMPLOYER,
        applicantId,
        cipher.encrypt(residentId, PII_COLUMN_AAD.residentId),
        app.app.get(BlindIndex).compute(residentId, RESIDENT_ID_INDEX_DOMAIN),
        cipher.encrypt('13812345678', PII_COLUMN_AAD.mobile),
        JSON.stringify(form),
        JSON.stringify(verified),
        `RNRV-BBBB-CCCC-000${holders}`,
        `沪人社积〔2025〕90000${holders}号`,
      ],
    );
    return { applicantId, residentId, previousId: row.id as string };
  }

  /** HR files the unchanged renewal; the registries are asked; their answer comes back; the application as it then is. */
  async function renewOnline(applicantId: string): Promise<Row> {
    const created = await app.gql<{ createApplication: Row }>(
      `mutation($input: CreateApplicationInput!) { createApplication(input: $input) { id } }`,
      { variables: { input: { applicantId, kind: 'RENEWAL', permitEndorsedOn: '2026-09-30' } }, as: hr },
    );
    expect(created.errors).toBeUndefined();
    const id = created.data!.createApplication['id'] as string;
    const saved = await app.gql(
      `mutation($id: ID!, $form: ApplicationFormInput!) { updateApplicationForm(id: $id, version: 1, form: $form) { version } }`,
      {
        variables: {
          id,
          // Typed by HR: a permit to 2099 and contributions to last month. Neither decides.
          form: {
            residencePermit: {
              number: 'SH2026',
              validFrom: '2026-10-31',
              validTo: '2099-10-31',
              address: '上海市徐汇区',
            },
            socialInsurance: [{ from: '2020-01', to: '2026-09', base: 20000 }],
          },
        },
        as: hr,
      },
    );
    expect(saved.errors).toBeUndefined();
    await app.gql(`mutation($id: ID!) { submitToEmployer(id: $id, version: 2) { state } }`, {
      variables: { id },
      as: hr,
    });
    const submitted = await app.gql<{ approveAndSubmit: Row }>(
      `mutation($id: ID!) { approveAndSubmit(id: $id, version: 3) { state } }`,
      { variables: { id }, as: hr },
    );
    expect(submitted.data?.approveAndSubmit['state']).toBe('SUBMITTED');

    const request = await outboxEvent(app, 'application', 'application.renewal-review-requested', id);
    await deliverEvent(verification, 'archive-verification', request);
    const facts = await outboxEvent(
      verification,
      'archive_verification',
      'verification.renewal-facts-verified',
      id,
    );
    await deliverEvent(app, 'application', facts);
    return eventually(async () => {
      const res = await app.gql<{ application: Row }>(
        `query($id: ID!) { application(id: $id) { id state validUntil onlineReview history { code toState reason } } }`,
        { variables: { id }, as: hr },
      );
      const now = res.data?.application;
      return now?.['onlineReview'] ? now : undefined;
    }, 60_000);
  }

  const seed = (input: Record<string, unknown>) =>
    seedRegistryRecords(
      verification.dataSource,
      verification.app.get(PiiCipher),
      verification.app.get(BlindIndex),
      [registrySeedSchema.parse(input)],
    );

  // Endorsed to 2027-09-30: neither the typed 2099-10-31 nor the year's cap (2027-10-31), so the
  // validity shows whose date the points follow.
  const endorsedPermit = {
    number: 'SH2026',
    issuedOn: '2025-10-31',
    endorsedOn: '2026-09-30',
    validUntil: '2027-09-30',
  };

  it('approves an unchanged renewal online on matching registry facts, to the registry’s permit expiry', async () => {
    const holder = await approvedHolder();
    await seed({
      residentId: holder.residentId,
      socialInsurance: [{ from: '2020-01', to: '2026-09', base: 20000, payerCreditCode: EMPLOYER_CODE }],
      tax: [{ from: '2020-01', to: '2026-09', taxBase: 20000, payerCreditCode: EMPLOYER_CODE }],
      residencePermit: endorsedPermit,
    });
    const renewal = await renewOnline(holder.applicantId);
    const last = renewal['history'].at(-1);
    // The reason beside the code: a failure names the check that failed.
    expect({ code: last.code, reason: last.reason }).toMatchObject({ code: 'RENEWAL_CONFIRMED_ONLINE' });
    expect(renewal).toMatchObject({ state: 'APPROVED', validUntil: '2027-09-30' });
    expect(last.reason).toContain('12 of the last 12 months paid');
    // The case it was decided on: an online review's, with its registry tasks all answered.
    const tasks: Array<{ kind: string; status: string }> = await verification.dataSource.query(
      `SELECT t.kind, t.status FROM archive_verification.verification_task t
         JOIN archive_verification.verification_case c ON c.id = t.case_id
        WHERE c.application_id = $1 AND c.purpose = 'RENEWAL_REVIEW' ORDER BY t.ordinal`,
      [renewal['id']],
    );
    expect(tasks).toEqual([
      { kind: 'RESIDENCE_PERMIT', status: 'PASSED' },
      { kind: 'SOCIAL_INSURANCE', status: 'PASSED' },
      { kind: 'TAX', status: 'PASSED' },
    ]);
  });

  it('sends a renewal whose registry facts changed (another employer pays since June) to the window', async () => {
    const holder = await approvedHolder();
    await seed({
      residentId: holder.residentId,
      socialInsurance: [
        { from: '2020-01', to: '2026-05', base: 20000, payerCreditCode: EMPLOYER_CODE },
        { from: '2026-06', to: '2026-09', base: 20000, payerCreditCode: OTHER_CODE },
      ],
      tax: [
        { from: '2020-01', to: '2026-05', taxBase: 20000, payerCreditCode: EMPLOYER_CODE },
        { from: '2026-06', to: '2026-09', taxBase: 20000, payerCreditCode: OTHER_CODE },
      ],
      residencePermit: endorsedPermit,
    });
    const renewal = await renewOnline(holder.applicantId);
    // 等待受理 at the window, with the registry's reason; the old points still run.
    expect(renewal).toMatchObject({ state: 'SUBMITTED', validUntil: null });
    const last = renewal['history'].at(-1);
    expect(last).toMatchObject({ code: 'RENEWAL_FACTS_CHANGED', toState: 'SUBMITTED' });
    expect(last.reason).toContain('ended on 2026-05-31');
    const [previous] = await app.dataSource.query(
      `SELECT state, points_voided_on FROM application.application WHERE id = $1`,
      [holder.previousId],
    );
    expect(previous).toMatchObject({ state: 'APPROVED', points_voided_on: null });
  });

  it('voids the points at once when the permit registry answers that the permit was cancelled (第二十条)', async () => {
    const holder = await approvedHolder();
    await seed({
      residentId: holder.residentId,
      socialInsurance: [{ from: '2020-01', to: '2026-09', base: 20000, payerCreditCode: EMPLOYER_CODE }],
      tax: [{ from: '2020-01', to: '2026-09', taxBase: 20000, payerCreditCode: EMPLOYER_CODE }],
      residencePermit: { ...endorsedPermit, cancelledOn: '2026-10-08' },
    });
    const renewal = await renewOnline(holder.applicantId);
    expect(renewal['state']).toBe('SUBMITTED');
    expect(renewal['history'].at(-1)).toMatchObject({ code: 'ONLINE_REVIEW_FAILED' });
    expect(renewal['history'].at(-1).reason).toContain('cancelled (注销) on 2026-10-08');
    // archive-verification told the application service, as the relay would carry it.
    const cancelled: Array<{ envelope: EventEnvelope<'residence-permit.cancelled'> }> =
      await verification.dataSource.query(
        `SELECT envelope FROM archive_verification.outbox WHERE type = 'residence-permit.cancelled'`,
      );
    expect(cancelled).toHaveLength(1);
    expect(cancelled[0]!.envelope.data.cancelledOn).toBe('2026-10-08');
    expect(JSON.stringify(cancelled[0]!.envelope)).not.toContain(holder.residentId);
    await deliverEvent(app, 'application', cancelled[0]!.envelope);
    const voided = await eventually(async () => {
      const [row] = await app.dataSource.query(
        `SELECT to_char(points_voided_on, 'YYYY-MM-DD') AS voided FROM application.application WHERE id = $1`,
        [holder.previousId],
      );
      return (row.voided as string | null) ?? undefined;
    });
    expect(voided).toBe('2026-10-08');
  });
});
