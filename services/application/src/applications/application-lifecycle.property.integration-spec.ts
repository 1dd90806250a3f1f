import { randomUUID } from 'node:crypto';
import fc from 'fast-check';
import type { EntityManager } from 'typeorm';
import type { AuthUser } from '@points/auth';
import { addCalendarDays } from '@points/calendar';
import { PiiCipher } from '@points/crypto';
import { PII_EVENT_AAD, type EventType, type EventPayload, type EventEnvelope } from '@points/events';
import { EducationLevel, ScoreIndicator, type ScoreProfileInput } from '@points/scoring-engine';
import { testEvent, type SubgraphTestApp } from '@points/testing';
import { residentIdCheckCharacter } from '@points/validation';
import { AppealsService } from '../appeals/appeals.service';
import { ApplicationClock } from '../clock/application-clock';
import { OverdueService } from '../overdue/overdue.service';
import { ProjectionsService } from '../projections/projections.service';
import { RenewalRemindersService } from '../renewals/renewal-reminders.service';
import {
  applicantEmployedBy,
  applicantUser,
  completeForm,
  employerStanding,
  hrOf,
  hrss,
  officer,
  PUDONG_EMPLOYER,
  startApplicationApp,
  supervisor,
  XUHUI_EMPLOYER,
} from '../testing/application-test.fixtures';
import { ApplicationException } from './application.exception';
import { ApplicationLifecycleService } from './application-lifecycle.service';
import { ApplicationRepository } from './application.repository';
import { ApplicationKind, ApplicationState } from './application-state.enum';
import { ApplicationAction } from './application-transitions';
import { ApplicationsService } from './applications.service';

// Issue 15: every application reaches an end. Random sequences of what people (applicant, HR,
// officer, supervisor, HRSS) and the system (verification, scoring, job change, permit registry,
// the daily jobs, time passing) do to one application, through the production services on real
// PostgreSQL. After every step the application is in a final state, or in a state with a named
// owner and (where the rules give one) a deadline; at the end each owner, or the deadline, takes it
// to a final state. A trigger records every write of `state` and whether transition() made it.
//
// The owners and deadlines below are domain.md §3 and the dead-end table of issue 15, written
// down here by hand (not read from application-transitions.ts, the code under test).
//
// Decision (DRAFT, EMPLOYER_REVIEW): an owner without a deadline. Nothing is filed yet: no rule
// gives the applicant or the employer a period to finish a form, and an unfinished draft blocks
// nobody but its owner, who can withdraw it at any time (a job change withdraws it for them).

const BOOT_TIMEOUT_MS = 120_000;
// numRuns × up to 24 steps, each a real transaction (or two): 20–40 s on the shared 2 cores.
// A longer search for dead ends: LIFECYCLE_PROPERTY_RUNS=500 (about 10 × as long).
const NUM_RUNS = Number(process.env['LIFECYCLE_PROPERTY_RUNS'] ?? 50);
const PROPERTY_TIMEOUT_MS = 180_000 * Math.max(1, Math.ceil(NUM_RUNS / 50));
const NOTHING_DUE = '9999-12-31';

const S = ApplicationState;
const FINAL: readonly ApplicationState[] = [S.APPROVED, S.REJECTED, S.WITHDRAWN];

/**
 * The open states: who must move each (the role the history names), and what bounds the wait.
 * MATERIALS_REQUIRED: the employer brings the materials, the officer accepts them.
 * ARCHIVE_REVIEW, SCORING: past the working-day deadline the district supervisor has it.
 */
const OWNERS: Record<
  Exclude<ApplicationState, 'APPROVED' | 'REJECTED' | 'WITHDRAWN'>,
  { owner: string; deadline: 'none' | 'expires after 30 days unmoved' | 'archiveDueOn' | 'scoringDueOn' }
> = {
  [S.DRAFT]: { owner: 'APPLICANT (or EMPLOYER_HR)', deadline: 'none' },
  [S.EMPLOYER_REVIEW]: { owner: 'EMPLOYER_HR', deadline: 'none' },
  [S.SUBMITTED]: { owner: 'CENTRE_OFFICER', deadline: 'expires after 30 days unmoved' },
  [S.MATERIALS_REQUIRED]: {
    owner: 'EMPLOYER_HR, then CENTRE_OFFICER',
    deadline: 'expires after 30 days unmoved',
  },
  [S.ARCHIVE_REVIEW]: { owner: 'archive verification, CENTRE_OFFICER', deadline: 'archiveDueOn' },
  [S.SCORING]: { owner: 'scoring; once it failed HRSS_ADMIN or CENTRE_OFFICER', deadline: 'scoringDueOn' },
};

// The verified facts as archive-verification reports them: a master's degree, six years of
// social insurance at 20,000 CNY (the scoring outcome itself is the random `scored` step).
const VERIFIED: ScoreProfileInput = {
  assessmentDate: '2026-03-02',
  birthDate: '1990-03-07',
  education: EducationLevel.MASTER,
  socialInsurance: [{ from: '2020-01', to: '2025-12', base: 20000 }],
};

type Who = 'applicant' | 'hr' | 'officer' | 'supervisor' | 'hrss';
type Step =
  /** Whoever the next move forward belongs to takes it (random sequences alone rarely get far). */
  | { kind: 'forward'; total: number }
  | { kind: 'person'; action: ApplicationAction; who: Who; stale: boolean }
  | { kind: 'appeal'; delta: number }
  | { kind: 'verified'; passed: boolean }
  | { kind: 'scored'; total: number; canApply: boolean }
  | { kind: 'scoring-failed' }
  | { kind: 'job-change' }
  | { kind: 'permit-cancelled' }
  | { kind: 'overdue-pass' }
  | { kind: 'renewal-job' }
  | { kind: 'days-pass'; days: number };

/** Who usually takes each action (domain.md); a quarter of the time anybody tries it instead. */
const USUAL: Record<ApplicationAction, Who> = {
  SUBMIT_TO_EMPLOYER: 'applicant',
  RETURN_TO_APPLICANT: 'hr',
  APPROVE_AND_SUBMIT: 'hr',
  ACCEPT: 'officer',
  REQUEST_MATERIALS: 'officer',
  REJECT: 'officer',
  WITHDRAW: 'applicant',
  REVOKE: 'officer',
  RESCORE: 'hrss',
  APPROVE_ON_APPEAL: 'hrss',
  REOPEN_ON_APPEAL: 'hrss',
  RECORD_PERMIT_CANCELLED: 'officer',
  CORRECT_POINTS: 'hrss',
};
const WHO: readonly Who[] = ['applicant', 'hr', 'officer', 'supervisor', 'hrss'];

const personStep: fc.Arbitrary<Step> = fc.constantFrom(...Object.values(ApplicationAction)).chain((action) =>
  fc.record({
    kind: fc.constant('person' as const),
    action: fc.constant(action),
    who: fc.oneof({ arbitrary: fc.constant(USUAL[action]), weight: 3 }, fc.constantFrom(...WHO)),
    // One try in five with the version before the last write (someone else acted first).
    stale: fc.integer({ min: 0, max: 4 }).map((n) => n === 0),
  }),
);

const step: fc.Arbitrary<Step> = fc.oneof(
  {
    arbitrary: fc.record({
      kind: fc.constant('forward' as const),
      total: fc.integer({ min: 100, max: 150 }),
    }),
    weight: 20,
  },
  { arbitrary: personStep, weight: 10 },
  {
    arbitrary: fc.record({ kind: fc.constant('appeal' as const), delta: fc.integer({ min: -5, max: 40 }) }),
    weight: 1,
  },
  { arbitrary: fc.record({ kind: fc.constant('verified' as const), passed: fc.boolean() }), weight: 2 },
  {
    arbitrary: fc.record({
      kind: fc.constant('scored' as const),
      total: fc.integer({ min: 80, max: 160 }),
      canApply: fc.boolean(),
    }),
    weight: 2,
  },
  { arbitrary: fc.constant({ kind: 'scoring-failed' as const }), weight: 1 },
  { arbitrary: fc.constant({ kind: 'job-change' as const }), weight: 1 },
  { arbitrary: fc.constant({ kind: 'permit-cancelled' as const }), weight: 1 },
  { arbitrary: fc.constant({ kind: 'overdue-pass' as const }), weight: 1 },
  { arbitrary: fc.constant({ kind: 'renewal-job' as const }), weight: 1 },
  {
    arbitrary: fc.record({ kind: fc.constant('days-pass' as const), days: fc.integer({ min: 1, max: 45 }) }),
    weight: 1,
  },
);

function ownerOf(state: ApplicationState): string {
  return OWNERS[state as keyof typeof OWNERS]?.owner ?? 'nobody: a final state';
}

/** The next move forward and who takes it, by the state (domain.md §3), or none in APPROVED. */
function ownersMove(r: Row, total: number): Step | undefined {
  const by = (action: ApplicationAction, who: Who): Step => ({ kind: 'person', action, who, stale: false });
  switch (r.state) {
    case S.DRAFT:
      return by(ApplicationAction.SUBMIT_TO_EMPLOYER, 'applicant');
    case S.EMPLOYER_REVIEW:
      return by(ApplicationAction.APPROVE_AND_SUBMIT, 'hr');
    case S.SUBMITTED:
      // A third of the time the officer finds materials missing first.
      return by(total % 3 === 0 ? ApplicationAction.REQUEST_MATERIALS : ApplicationAction.ACCEPT, 'officer');
    case S.MATERIALS_REQUIRED:
      return by(ApplicationAction.ACCEPT, 'officer');
    case S.ARCHIVE_REVIEW:
      return { kind: 'verified', passed: true };
    case S.SCORING:
      // Scoring decides; once it failed, HRSS re-scores or the officer rejects with the reason.
      // Scoring answers; a quarter of the time it cannot score the verified facts.
      if (r.scoring_failure === null)
        return total % 4 === 0 ? { kind: 'scoring-failed' } : { kind: 'scored', total, canApply: true };
      return total % 2 === 0
        ? by(ApplicationAction.RESCORE, 'hrss')
        : by(ApplicationAction.REJECT, 'officer');
    case S.REJECTED:
      return { kind: 'appeal', delta: 150 - total };
    case S.APPROVED:
    case S.WITHDRAWN:
      return undefined;
  }
}

interface Row {
  id: string;
  state: ApplicationState;
  version: number;
  queue_due: string;
  archive_due_on: string | null;
  scoring_due_on: string | null;
  escalated_on: string | null;
  scoring_failure: string | null;
  total_points: number | null;
  updated_on: string;
}

describe('every application reaches an end (property over random sequences of actions)', () => {
  let t: SubgraphTestApp;
  let base: string;
  let today: string;
  let applicants = 0;
  // What the runs did, printed at the end: a property that only ever met refusals proves little.
  const ownerMoves = new Map<string, number>();
  let refused = 0;

  const lifecycle = () => t.app.get(ApplicationLifecycleService);
  const pin = (date: string) => {
    today = date;
    t.app.get(ApplicationClock).pin(date);
  };

  async function row(id: string): Promise<Row> {
    const [r]: Row[] = await t.dataSource.query(
      `SELECT id, state, version, to_char(queue_due, 'YYYY-MM-DD') AS queue_due,
              to_char(archive_due_on, 'YYYY-MM-DD') AS archive_due_on, to_char(scoring_due_on, 'YYYY-MM-DD') AS scoring_due_on,
              to_char(escalated_on, 'YYYY-MM-DD') AS escalated_on, scoring_failure, total_points,
              to_char((updated_at AT TIME ZONE 'Asia/Shanghai')::date, 'YYYY-MM-DD') AS updated_on
         FROM application.application WHERE id = $1`,
      [id],
    );
    return r!;
  }

  /** An event handled as the inbox would (its own transaction), without waiting for the queue. */
  async function handle<T extends EventType>(
    handler: (event: EventEnvelope<T>, manager: EntityManager) => Promise<void>,
    type: T,
    data: EventPayload<T>,
  ): Promise<void> {
    await t.dataSource.transaction((manager) => handler(testEvent(type, data), manager));
  }

  interface Person {
    applicantId: string;
    residentId: string;
  }

  async function newPerson(): Promise<Person> {
    applicants += 1;
    const applicantId = `cccccccc-0000-4000-8000-${String(applicants).padStart(12, '0')}`;
    // 310104 (徐汇), born 1990-03-07, a sequence number per person, the GB 11643 check character.
    const first17 = `31010419900307${String(applicants % 1000).padStart(3, '0')}`;
    const residentId = first17 + residentIdCheckCharacter(first17);
    await applicantEmployedBy(t, applicantId, residentId, XUHUI_EMPLOYER);
    return { applicantId, residentId };
  }

  async function openDraft(person: Person): Promise<string> {
    const applications = t.app.get(ApplicationsService);
    const hr = hrOf(XUHUI_EMPLOYER);
    const created = await applications.create(hr, {
      applicantId: person.applicantId,
      kind: ApplicationKind.NEW,
    });
    await applications.updateForm(hr, created.id, created.version, completeForm());
    return created.id;
  }

  function userFor(who: Who, person: Person): AuthUser {
    switch (who) {
      case 'applicant':
        return applicantUser(person.applicantId);
      case 'hr':
        return hrOf(XUHUI_EMPLOYER);
      case 'officer':
        return officer('XUHUI');
      case 'supervisor':
        return supervisor('XUHUI');
      case 'hrss':
        return hrss();
    }
  }

  /** The details a person's action needs (a reason, the missing list…), as the console sends them. */
  function inputFor(action: ApplicationAction, id: string, version: number) {
    return {
      id,
      version,
      reason: '依据材料核实情况',
      missing: action === ApplicationAction.REQUEST_MATERIALS ? ['劳动合同复印件'] : null,
      employerRequest: action === ApplicationAction.REVOKE ? '单位书面申请撤销' : null,
      cancelledOn: action === ApplicationAction.RECORD_PERMIT_CANCELLED ? today : null,
      correctedTotal: action === ApplicationAction.CORRECT_POINTS ? 110 : null,
    };
  }

  async function take(s: Step, id: string, person: Person): Promise<void> {
    const current = await row(id);
    switch (s.kind) {
      case 'forward': {
        const move = ownersMove(current, s.total);
        if (!move) return;
        const taken = `${current.state} ${move.kind === 'person' ? move.action : move.kind}`;
        ownerMoves.set(taken, (ownerMoves.get(taken) ?? 0) + 1);
        // The owner's move must be open to them whatever happened before (no dead end); only an
        // appeal may be refused (a rejection reopened once on appeal is not reopened again).
        try {
          await take(move, id, person);
        } catch (error) {
          if (move.kind === 'appeal' && error instanceof ApplicationException) return;
          throw new Error(
            `dead end: in ${current.state} the owner (${ownerOf(current.state)}) took ${JSON.stringify(move)} and was refused: ${String(error)}`,
          );
        }
        const after = await row(id);
        if (move.kind !== 'appeal' && after.version === current.version)
          throw new Error(
            `dead end: in ${current.state} the owner (${ownerOf(current.state)}) took ${JSON.stringify(move)}: nothing changed`,
          );
        return;
      }
      case 'person':
        await lifecycle().act(
          userFor(s.who, person),
          s.action,
          inputFor(s.action, id, s.stale ? current.version - 1 : current.version),
        );
        return;
      case 'appeal': {
        // 复核: the applicant asks, one HRSS person reviews, a second decides (upheld). On a
        // rejection without a score the appeal is on its reason (REOPEN_ON_APPEAL: checked again).
        const appeals = t.app.get(AppealsService);
        const onRejection = current.state === S.REJECTED && current.total_points === null;
        const me = applicantUser(person.applicantId);
        const asked = onRejection
          ? await appeals.requestOnRejection(me, {
              applicationId: id,
              reason: '学历在学信网可查，请重新核查',
            })
          : await appeals.request(me, {
              applicationId: id,
              indicator: ScoreIndicator.EDUCATION,
              reason: '学历认定有误，请予复核',
            });
        const reviewed = await appeals.review(
          hrss('hrss-1'),
          asked.id,
          asked.version,
          onRejection ? 0 : s.delta,
          '核对学位证书',
        );
        await appeals.decide(hrss('hrss-2'), reviewed.id, reviewed.version, true, '复核改正');
        return;
      }
      case 'verified':
        await handle((e, m) => lifecycle().onVerificationCompleted(e, m), 'verification.case-completed', {
          caseId: randomUUID(),
          applicationId: id,
          outcome: s.passed ? 'VERIFIED' : 'FAILED',
          verifiedProfile: s.passed ? VERIFIED : null,
          findings: s.passed ? [] : [{ code: 'ARCHIVE_MISSING', note: '档案未能调取' }],
        });
        return;
      case 'scored':
        await handle((e, m) => lifecycle().onScoreAssessed(e, m), 'score.assessed', {
          assessmentId: randomUUID(),
          applicationId: id,
          total: s.total,
          eligible: s.total >= 120,
          canApply: s.canApply,
          unmetConditions: s.canApply
            ? []
            : [{ condition: 'SOCIAL_INSURANCE', code: 'SOCIAL_INSURANCE_TOO_SHORT', note: '社保未满6个月' }],
          ruleSetVersion: 'SH-2017',
        });
        return;
      case 'scoring-failed':
        await handle((e, m) => lifecycle().onAssessmentFailed(e, m), 'score.assessment-failed', {
          applicationId: id,
          requestEventId: randomUUID(),
          problems: [{ field: 'profile.assessmentDate', rule: 'no-rule-set-in-force' }],
        });
        return;
      case 'job-change': {
        // The applicant moves to the Pudong employer (the old one released them).
        const projections = t.app.get(ProjectionsService);
        const cipher = t.app.get(PiiCipher);
        await handle((e, m) => projections.onEmploymentChanged(e, m), 'applicant.employment-changed', {
          applicantId: person.applicantId,
          name: '张三',
          residentId: cipher.encrypt(person.residentId, PII_EVENT_AAD.residentId),
          employerId: PUDONG_EMPLOYER,
          previousEmployerId: XUHUI_EMPLOYER,
          district: 'PUDONG',
          bannedUntil: null,
        });
        return;
      }
      case 'permit-cancelled': {
        const cipher = t.app.get(PiiCipher);
        await handle((e, m) => lifecycle().onPermitCancelled(e, m), 'residence-permit.cancelled', {
          residentId: cipher.encrypt(person.residentId, PII_EVENT_AAD.residentId),
          cancelledOn: today,
          reason: '离沪注销',
        });
        return;
      }
      case 'overdue-pass':
        await t.app.get(OverdueService).run(today);
        return;
      case 'renewal-job':
        await t.app.get(RenewalRemindersService).run(today);
        return;
      case 'days-pass':
        pin(addCalendarDays(today, s.days));
        return;
    }
  }

  /** What a person or a job may answer: a refusal with its code. Anything else is a defect. */
  async function attempt(s: Step, id: string, person: Person): Promise<void> {
    try {
      await take(s, id, person);
    } catch (error) {
      if (!(error instanceof ApplicationException)) throw error;
      refused += 1;
    }
  }

  /** After every step: final, or open with its owner and its deadline in the row and in the queue. */
  function assertOwnedOrFinal(r: Row): void {
    if (FINAL.includes(r.state)) {
      // Nothing of a closed application waits in any queue.
      expect({ state: r.state, queueDue: r.queue_due }).toEqual({ state: r.state, queueDue: NOTHING_DUE });
      return;
    }
    const open = OWNERS[r.state as keyof typeof OWNERS];
    expect(open).toBeDefined();
    if (open.deadline === 'expires after 30 days unmoved') {
      // The queue's due is the day the overdue pass expires it: 30 days after its last write.
      expect(r.queue_due).toBe(addCalendarDays(r.updated_on, 30));
    }
    if (open.deadline === 'archiveDueOn') {
      expect(r.archive_due_on).not.toBeNull();
      expect(r.queue_due).toBe(r.archive_due_on);
    }
    if (open.deadline === 'scoringDueOn') {
      expect(r.scoring_due_on).not.toBeNull();
      expect(r.queue_due).toBe(r.scoring_due_on);
    }
  }

  /** Each owner does their part, or the deadline passes: the application must end, in a few moves. */
  async function drive(id: string, person: Person): Promise<Row> {
    for (let move = 0; move < 6; move += 1) {
      const r = await row(id);
      if (FINAL.includes(r.state)) return r;
      const input = (reason: string) => ({ id, version: r.version, reason });
      switch (r.state) {
        case S.DRAFT:
          await lifecycle().act(
            applicantUser(person.applicantId),
            ApplicationAction.WITHDRAW,
            input('不再申请'),
          );
          break;
        case S.EMPLOYER_REVIEW:
          await lifecycle().act(hrOf(XUHUI_EMPLOYER), ApplicationAction.WITHDRAW, input('单位不再申报'));
          break;
        case S.SUBMITTED:
        case S.MATERIALS_REQUIRED: {
          // Nobody comes: the daily pass expires it once 30 days passed since it was last written.
          const day = addCalendarDays(r.updated_on, 31);
          pin(day > today ? day : today);
          await t.app.get(OverdueService).run(today);
          expect((await row(id)).state).toBe(S.WITHDRAWN);
          break;
        }
        case S.ARCHIVE_REVIEW:
        case S.SCORING: {
          const due = (r.state === S.ARCHIVE_REVIEW ? r.archive_due_on : r.scoring_due_on)!;
          const after = addCalendarDays(due, 1);
          pin(after > today ? after : today);
          await t.app.get(OverdueService).run(today);
          // Past the deadline the district supervisor has it (escalated once, in this phase or before).
          expect((await row(id)).escalated_on).not.toBeNull();
          const latest = await row(id);
          if (latest.state === S.SCORING && latest.scoring_failure === null) {
            // Scoring owns it: its answer decides.
            await take({ kind: 'scored', total: 130, canApply: true }, id, person);
          } else {
            await lifecycle().act(officer('XUHUI'), ApplicationAction.REJECT, {
              ...input('档案或数据无法核实'),
              version: latest.version,
            });
          }
          break;
        }
        case S.APPROVED:
        case S.REJECTED:
        case S.WITHDRAWN:
          return r;
      }
    }
    return row(id);
  }

  beforeAll(async () => {
    t = await startApplicationApp();
    base = t.app.get(ApplicationClock).today();
    pin(base);
    await employerStanding(t, XUHUI_EMPLOYER, 'XUHUI');
    await employerStanding(t, PUDONG_EMPLOYER, 'PUDONG');
    // Who wrote `state`: every INSERT and every change of it, with whether transition() was running
    // (the flag below, set for the span of each call), beside every history entry, per transaction.
    await t.dataSource.query(`
      CREATE SCHEMA probe;
      CREATE TABLE probe.state_write (application_id uuid, from_state text, to_state text, tx bigint, by_transition boolean);
      CREATE TABLE probe.history_entry (application_id uuid, from_state text, to_state text, tx bigint);
      CREATE FUNCTION probe.record_state_write() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        INSERT INTO probe.state_write VALUES (NEW.id, CASE WHEN TG_OP = 'UPDATE' THEN OLD.state END, NEW.state,
          txid_current(), coalesce(current_setting('probe.in_transition', true), 'off') = 'on');
        RETURN NEW;
      END $$;
      CREATE TRIGGER probe_state_insert AFTER INSERT ON application.application
        FOR EACH ROW EXECUTE FUNCTION probe.record_state_write();
      CREATE TRIGGER probe_state_update AFTER UPDATE OF state ON application.application
        FOR EACH ROW WHEN (OLD.state IS DISTINCT FROM NEW.state) EXECUTE FUNCTION probe.record_state_write();
      CREATE FUNCTION probe.record_history() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        INSERT INTO probe.history_entry VALUES (NEW.application_id, NEW.from_state, NEW.to_state, txid_current());
        RETURN NEW;
      END $$;
      CREATE TRIGGER probe_history AFTER INSERT ON application.application_history
        FOR EACH ROW EXECUTE FUNCTION probe.record_history();
    `);
    const transition = ApplicationRepository.prototype.transition;
    jest.spyOn(ApplicationRepository.prototype, 'transition').mockImplementation(async function (
      this: ApplicationRepository,
      manager,
      request,
    ) {
      await manager.query(`SELECT set_config('probe.in_transition', 'on', true)`);
      try {
        return await transition.call(this, manager, request);
      } finally {
        // After a failed statement the transaction is aborted and rolls back, flag and all.
        await manager.query(`SELECT set_config('probe.in_transition', 'off', true)`).catch(() => undefined);
      }
    });
  }, BOOT_TIMEOUT_MS);

  afterAll(async () => {
    jest.restoreAllMocks();
    await t?.close();
  });

  it(
    'ends in a final state, or waits with a named owner and its deadline; only transition() writes state',
    async () => {
      const started = Date.now();
      let steps = 0;
      const reached = new Set<string>();
      await fc.assert(
        fc.asyncProperty(
          fc.array(step, { minLength: 4, maxLength: 24, size: 'medium' }),
          async (sequence) => {
            pin(base);
            const person = await newPerson();
            const id = await openDraft(person);
            for (const s of sequence) {
              await attempt(s, id, person);
              const r = await row(id);
              reached.add(r.state);
              assertOwnedOrFinal(r);
              steps += 1;
            }
            const end = await drive(id, person);
            expect(FINAL).toContain(end.state);

            const writes: Array<{
              from_state: string | null;
              to_state: string;
              tx: string;
              by_transition: boolean;
            }> = await t.dataSource.query(
              `SELECT from_state, to_state, tx::text, by_transition FROM probe.state_write WHERE application_id = $1 ORDER BY tx`,
              [id],
            );
            const moves: Array<{ from_state: string | null; to_state: string; tx: string }> =
              await t.dataSource.query(
                `SELECT from_state, to_state, tx::text FROM probe.history_entry
              WHERE application_id = $1 AND from_state IS DISTINCT FROM to_state ORDER BY tx`,
                [id],
              );
            // The one INSERT opens a DRAFT; every later change of state was made inside transition().
            expect(writes[0]).toMatchObject({ from_state: null, to_state: S.DRAFT, by_transition: false });
            expect(writes.slice(1).filter((w) => !w.by_transition)).toEqual([]);
            // …and each is in the history, in the same transaction (no move unrecorded, none invented).
            expect(moves).toEqual(
              writes.map(({ from_state, to_state, tx }) => ({ from_state, to_state, tx })),
            );
          },
        ),
        { numRuns: NUM_RUNS, endOnFailure: true },
      );
      // The sequences reached every state (else the property says little about the ones missed).
      expect([...reached].sort()).toEqual(Object.values(ApplicationState).sort());
      const moves = [...ownerMoves].sort().map(([move, n]) => `${n} × ${move}`);
      console.log(
        `lifecycle property: ${NUM_RUNS} runs, ${steps} steps (${refused} refused) in ${((Date.now() - started) / 1000).toFixed(1)} s; owners' moves:\n${moves.join('\n')}`,
      );
      // The owner of every open state moved it at least once (SCORING: scored, failed, re-scored, rejected).
      for (const state of [
        S.DRAFT,
        S.EMPLOYER_REVIEW,
        S.SUBMITTED,
        S.MATERIALS_REQUIRED,
        S.ARCHIVE_REVIEW,
        S.SCORING,
      ])
        expect(moves.some((m) => m.includes(`× ${state} `))).toBe(true);
    },
    PROPERTY_TIMEOUT_MS,
  );
});
