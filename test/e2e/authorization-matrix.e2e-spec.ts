import { randomUUID } from 'node:crypto';
import * as fs from 'node:fs';
import type { GraphQLSchema } from 'graphql';
// eslint-disable-next-line @nx/enforce-module-boundaries -- the demo's gateway client and people, as in the journey suite
import { GatewayClient, newPerson, shanghaiToday } from '../../tools/demo/journey';
import {
  documentFor,
  judge,
  limited,
  loadApiSchema,
  operationsOf,
  OUTCOME_OF,
  Outcome,
} from '../support/authorization-matrix';
import {
  buildFixtures,
  CALLERS,
  newCreditCode,
  SEED,
  type Caller,
  type Fixtures,
} from '../support/authorization-matrix.fixtures';
import { startPlatform, type RunningPlatform } from '../support/platform';

/**
 * The authorization matrix (issue 8): every query and mutation of the supergraph, called through
 * the gateway by every role, with no token, and by a district officer/supervisor of another
 * district (PUDONG), the HR of another employer and another applicant, on the records of the home
 * scope (the demo employer of 徐汇区, its applicant with a decided application, its case, tasks,
 * assessment and SMS).
 *
 * The expectations come from the spec (domain.md "Who uses it" and the lifecycle, architecture.md
 * "Gateway and auth"), not from the resolvers. Where the spec does not say, the code's choice is
 * taken and the row says so (`silent:`).
 *
 *   A  ALLOWED: past authorization; data, or a domain refusal (BAD_USER_INPUT, CONFLICT; NOT_FOUND
 *      only on rows whose target is made up)
 *   U  UNAUTHENTICATED
 *   D  FORBIDDEN or NOT_FOUND, never the data
 *   O  a caller-relative operation called from elsewhere: whatever it answers about the caller's
 *      own scope, but never a record of the home scope (this holds for every `*` caller on every row)
 *
 * Columns: PUBLIC | HR HR* | APPLICANT APPLICANT* | OFFICER OFFICER* | SUPERVISOR SUPERVISOR* |
 * VERIFIER | HRSS. Mutations send a stale version where they take one, so an allowed caller is
 * refused with CONFLICT and nothing moves; the few that change shared state without a version run
 * their callers one at a time, refused ones first, and sit at the end of the table.
 */

/** A version no record has: allowed callers get CONFLICT, nothing is written. */
const STALE = 987_654;

/** How an operation is called (the arguments it needs to reach its target) and how its answers read. */
interface Call {
  /** Arguments; anything required left out gets a sample value of its type. */
  args?: (f: Fixtures) => Record<string, unknown>;
  /** The target is made up (no such record): NOT_FOUND counts as allowed. */
  fakeTarget?: boolean;
  /** Changes shared state: callers one at a time, the refused ones first. */
  sequential?: boolean;
}

interface Row extends Call {
  op: string;
  /** One letter per caller, in CALLERS order. */
  expect: string;
}

const today = shanghaiToday();

// prettier-ignore
const EXPECTED: Record<string, string> = {
  //                                       PUB HR HR* AP AP* OF OF* SU SU* VE HRSS
  // ------------------------------------------------------------------ application subgraph
  // The applicant and employer see their own application; the centre its district; HRSS everything;
  // the city verifier works on verification tasks only.
  'Query.application':                    'U   A  D   A  D   A  D   A  D   D  A',
  // silent: the list is "mine", which centre staff, verifiers and HRSS don't have.
  'Query.myApplications':                 'U   A  O   A  O   D  D   D  D   D  D',
  // An empty list for a resident ID of elsewhere reveals nothing (O).
  'Query.applicationsByResidentId':       'U   D  D   D  D   A  O   A  O   D  A',
  // HRSS: "everything" (its scope covers every district's queue and the statistics). The code
  // refuses HRSS both: a disagreement with the spec, reported (issue 8).
  'Query.reviewQueue':                    'U   D  D   D  D   A  O   A  O   D  A',
  'Query.reviewQueueCounts':              'U   D  D   D  D   A  O   A  O   D  A',
  // "HRSS: everything; … statistics"; a supervisor their own district (issue 13), officers none.
  'Query.statistics':                     'U   D  D   D  D   D  D   A  O   D  A',
  // "printable online by the applicant (ID number) or the employer once approved".
  'Query.pointsNotice':                   'U   A  D   A  D   D  D   D  D   D  D',
  // silent on who prints the form besides the employer: the code's applicant, employer and district centre.
  'Query.applicationFormPdf':             'U   A  D   A  D   A  D   A  D   D  D',
  // silent: checking a notice's verification code is public in the code (whoever holds the paper).
  'Query.verifyPointsNotice':             'A   A  A   A  A   A  A   A  A   A  A',
  // Appeals are decided by HRSS.
  'Query.appealList':                     'U   D  D   D  D   D  D   D  D   D  A',
  // The holiday schedule HRSS enters (a year's published notice): HRSS only, read and write.
  'Query.calendarYear':                   'U   D  D   D  D   D  D   D  D   D  A',
  // Verification: the district centre (its district) and the city verifier (all districts).
  // silent: applicants and HR follow the application's state, not the case.
  'Query.verificationCase':               'U   D  D   D  D   A  D   A  D   A  A',
  'Query.verificationCaseOfApplication':  'U   D  D   D  D   A  D   A  D   A  A',
  // silent: archive modes are the districts' own (and HRSS's).
  'Query.districtArchiveSettings':        'U   D  D   D  D   A  O   A  O   D  A',
  'Query.verificationTasks':              'U   D  D   D  D   A  O   A  O   A  A',
  // The archive task is the district's; the city verifier does education verification only.
  'Query.verificationTask':               'U   D  D   D  D   A  D   A  D   D  A',
  // "an overdue ARCHIVE_REVIEW or SCORING escalates to the supervisor" (issue 15); HRSS everything.
  'Query.escalatedApplications':          'U   D  D   D  D   D  D   A  O   D  A',
  // "a failed set that an admin can inspect and retry"
  'Query.failedVerificationJobs':         'U   D  D   D  D   D  D   D  D   D  A',
  // ------------------------------------------------------------------ employer-registration subgraph
  // silent: the district list feeds the public registration form.
  'Query.districts':                      'A   A  A   A  A   A  A   A  A   A  A',
  'Query.employer':                       'U   A  D   D  D   A  D   A  D   D  A',
  // The officer reviews registrations; the supervisor shares the district's scope; HRSS everything.
  // The code lets only the officer read it: a disagreement with the spec, reported (issue 8).
  'Query.registrationReviewQueue':        'U   D  D   D  D   A  O   A  O   D  A',
  'Query.me':                             'U   A  O   A  O   A  O   A  O   A  A',
  'Query.account':                        'U   A  D   A  D   A  D   A  D   D  A',
  // The supervisor assigns work to an officer of the district; another district's gets its own (O).
  'Query.districtOfficers':               'U   D  D   D  D   D  D   A  O   D  D',
  // The supervisor's second pair of eyes on forgery cases of the district; HRSS every district.
  'Query.sanctionedEmployers':            'U   D  D   D  D   D  D   A  O   D  A',
  // silent: an applicant has no list of applicants.
  'Query.applicantAccounts':              'U   A  O   D  D   A  O   A  O   D  A',
  // Forgery cases on applicants (第二十二条): the person their own, the district centre its district,
  // HRSS all. silent: the employer's side is its sanction record.
  'Query.applicantForgeryCases':          'U   D  D   A  O   A  O   A  O   D  A',
  // ------------------------------------------------------------------ notification subgraph
  // "catalogues" are HRSS's.
  'Query.smsTemplates':                   'U   D  D   D  D   D  D   D  D   D  A',
  // silent: who sees which SMS; the code's own / employer's / district's / all.
  'Query.messages':                       'U   A  O   A  O   A  O   A  O   D  A',
  'Query.failedMessages':                 'U   D  D   D  D   D  D   D  D   D  A',
  // ------------------------------------------------------------------ scoring subgraph
  // "rule sets, wage table" are HRSS's.
  'Query.ruleSets':                       'U   D  D   D  D   D  D   D  D   D  A',
  'Query.ruleSet':                        'U   D  D   D  D   D  D   D  D   D  A',
  'Query.ruleSetChanges':                 'U   D  D   D  D   D  D   D  D   D  A',
  // 模拟估分 is public.
  'Query.simulateScore':                  'A   A  A   A  A   A  A   A  A   A  A',
  // "the score breakdown is visible to the applicant, the employer and the district centre".
  'Query.assessment':                     'U   A  D   A  D   A  D   A  D   D  A',
  'Query.assessmentsOfApplication':       'U   A  O   A  O   A  O   A  O   D  A',
  // silent: recomputing a decision is an HRSS audit tool (appeals).
  'Query.reproduceAssessment':            'U   D  D   D  D   D  D   D  D   D  A',
  'Query.scoringRequestFailures':         'U   D  D   D  D   D  D   D  D   D  A',
  // ------------------------------------------------------------------ application lifecycle
  // "applicant and employer fill the form"; nobody files for someone of another employer.
  'Mutation.createApplication':           'U   A  D   A  O   D  D   D  D   D  D',
  'Mutation.updateApplicationForm':       'U   A  D   A  D   D  D   D  D   D  D',
  'Mutation.submitToEmployer':            'U   A  D   A  D   D  D   D  D   D  D',
  'Mutation.returnToApplicant':           'U   A  D   D  D   D  D   D  D   D  D',
  'Mutation.approveAndSubmit':            'U   A  D   D  D   D  D   D  D   D  D',
  'Mutation.acceptApplication':           'U   D  D   D  D   A  D   D  D   D  D',
  'Mutation.requestMaterials':            'U   D  D   D  D   A  D   D  D   D  D',
  'Mutation.rejectApplication':           'U   D  D   D  D   A  D   D  D   D  D',
  // HRSS re-scores a failed assessment once the cause is fixed (domain.md appeals and supervision).
  'Mutation.rescoreApplication':          'U   D  D   D  D   D  D   D  D   D  A',
  // 第二十条: the centre enters a cancelled permit (the registry's notice is an event).
  'Mutation.recordPermitCancelled':       'U   D  D   D  D   A  D   D  D   D  D',
  // 第二十一条: "HRSS can correct points obtained with irregular materials".
  'Mutation.correctPoints':               'U   D  D   D  D   D  D   D  D   D  A',
  'Mutation.withdrawApplication':         'U   A  D   A  D   D  D   D  D   D  D',
  // "a withdrawal after that is done by an officer at the window"
  'Mutation.revokeApplication':           'U   D  D   D  D   A  D   D  D   D  D',
  // silent: the holder's endorsement is recorded by the applicant or their employer.
  'Mutation.recordPermitEndorsement':     'U   A  D   A  D   D  D   D  D   D  D',
  // silent: officers take work, the supervisor hands it out.
  'Mutation.claimApplication':            'U   D  D   D  D   A  D   D  D   D  D',
  'Mutation.assignApplication':           'U   D  D   D  D   D  D   A  D   D  D',
  // "An applicant or employer who disputes a score asks the HRSS for a review"; "a second person decides".
  'Mutation.requestAppeal':               'U   A  D   A  D   D  D   D  D   D  D',
  // 复核 of an unscored rejection (第二十一条): the same people as a score appeal.
  'Mutation.requestRejectionAppeal':      'U   A  D   A  D   D  D   D  D   D  D',
  'Mutation.reviewAppeal':                'U   D  D   D  D   D  D   D  D   D  A',
  'Mutation.decideAppeal':                'U   D  D   D  D   D  D   D  D   D  A',
  // ------------------------------------------------------------------ verification
  // "The original degree certificates are returned to the applicant at the window; record it."
  'Mutation.recordCertificatesReturned':  'U   D  D   D  D   A  D   A  D   D  A',
  'Mutation.setDistrictArchiveMode':      'U   D  D   D  D   D  D   D  D   D  A',
  // Development only, HRSS (an empty list writes nothing).
  'Mutation.seedRegistryRecords':         'U   D  D   D  D   D  D   D  D   D  A',
  // Education verification is the city verifier's; silent: HRSS may too.
  'Mutation.completeVerificationTask':    'U   D  D   D  D   D  D   D  D   A  A',
  // The archive is the district centre's (调档/核档函); silent: HRSS may too.
  'Mutation.recordArchiveArrival':        'U   D  D   D  D   A  D   A  D   D  A',
  'Mutation.retryVerificationJob':        'U   D  D   D  D   D  D   D  D   D  A',
  // ------------------------------------------------------------------ employers and accounts
  // Self-registration is public (a second call with the same credit code is a CONFLICT).
  'Mutation.registerEmployer':            'A   A  A   A  A   A  A   A  A   A  A',
  // Changes of registered details come from the employer itself.
  'Mutation.updateEmployerDetails':       'U   A  D   D  D   D  D   D  D   D  D',
  // "a CENTRE_OFFICER of that district reviews the registration"
  'Mutation.reviewEmployerRegistration':  'U   D  D   D  D   A  D   D  D   D  D',
  'Mutation.login':                       'A   A  A   A  A   A  A   A  A   A  A',
  // "may change their own password after logging in" (a wrong current password is BAD_USER_INPUT).
  'Mutation.changePassword':              'U   A  O   A  O   A  O   A  O   A  A',
  // "The approved employer creates the applicant's account" (a new person per call).
  'Mutation.createApplicantAccount':      'U   A  O   D  D   D  D   D  D   D  D',
  // silent: HR adds HR of its own employer.
  'Mutation.addHrAccount':                'U   A  O   D  D   D  D   D  D   D  D',
  // silent: staff accounts are made by HRSS.
  'Mutation.createStaffAccount':          'U   D  D   D  D   D  D   D  D   D  A',
  // "Lost passwords are reset only at a district centre window: a CENTRE_OFFICER resets it".
  'Mutation.resetApplicantPassword':      'U   D  D   D  D   A  D   D  D   D  D',
  // Only HRSS (a delivered message is never sent again: a domain refusal).
  'Mutation.resendMessage':               'U   D  D   D  D   D  D   D  D   D  A',
  'Mutation.addRuleSet':                  'U   D  D   D  D   D  D   D  D   D  A',
  'Mutation.setAverageMonthlyWage':       'U   D  D   D  D   D  D   D  D   D  A',
  'Mutation.publishCalendarYear':         'U   D  D   D  D   D  D   D  D   D  A',
  // Job change when the old employer does not release: the centre of that employer's district.
  'Mutation.releaseApplicantAtWindow':    'U   D  D   D  D   A  D   D  D   D  D',
  // Job change when the points are no longer valid: the holder himself (seed 002).
  'Mutation.switchMyEmployer':            'U   D  D   A  O   D  D   D  D   D  D',
  // Job change: the new employer takes over a released applicant; ours is still linked (CONFLICT
  // for either employer, which is the job-change rule itself, not a look into another employer).
  'Mutation.takeOverApplicant':           'U   A  O   D  D   D  D   D  D   D  D',
  // "a person decides whether it is serious": the same people who decide the employer's sanction;
  // "both may ask for review": the person, decided by HRSS (复核). Made-up cases: nothing moves.
  'Mutation.decideApplicantForgeryCase':  'U   D  D   D  D   D  D   A  D   D  A',
  'Mutation.appealApplicantForgeryCase':  'U   D  D   A  D   D  D   D  D   D  D',
  'Mutation.decideApplicantForgeryAppeal':'U   D  D   D  D   D  D   D  D   D  A',
  // silent on who records a forgery sanction: HRSS, and the supervisor in their district.
  'Mutation.recordEmployerSanction':      'U   D  D   D  D   D  D   A  D   D  A',
  // Last: it unlinks the home applicant from the employer.
  'Mutation.releaseApplicant':            'U   A  D   D  D   D  D   D  D   D  D',
};

/** How each operation is called (rows without an entry take no arguments or only samples). */
const CALLS: Record<string, Call> = {
  'Query.application': { args: (f) => ({ id: f.applicationId }) },
  'Query.applicationsByResidentId': { args: (f) => ({ residentId: f.applicant.residentId }) },
  'Query.pointsNotice': { args: (f) => ({ applicationId: f.applicationId }) },
  'Query.applicationFormPdf': { args: (f) => ({ applicationId: f.applicationId }) },
  'Query.verifyPointsNotice': { args: () => ({ code: 'NO-SUCH-CODE' }), fakeTarget: true },
  'Query.verificationCase': { args: (f) => ({ id: f.caseId }) },
  'Query.verificationCaseOfApplication': { args: (f) => ({ applicationId: f.applicationId }) },
  'Query.verificationTask': { args: (f) => ({ id: f.archiveTaskId }) },
  'Query.employer': { args: () => ({ id: SEED.employerId }) },
  'Query.account': { args: (f) => ({ id: f.applicant.applicantId }) },
  'Query.ruleSet': { args: (f) => ({ version: f.ruleSetVersion }) },
  'Query.simulateScore': { args: () => ({ profile: { assessmentDate: today, birthDate: '1990-05-01' } }) },
  'Query.assessment': { args: (f) => ({ id: f.assessmentId }) },
  'Query.assessmentsOfApplication': { args: (f) => ({ applicationId: f.applicationId }) },
  'Query.reproduceAssessment': { args: (f) => ({ id: f.assessmentId }) },
  'Mutation.createApplication': {
    args: (f) => ({ input: { kind: 'NEW', applicantId: f.applicant.applicantId } }),
  },
  'Mutation.updateApplicationForm': { args: (f) => ({ id: f.applicationId, version: STALE, form: {} }) },
  'Mutation.submitToEmployer': { args: (f) => ({ id: f.applicationId, version: STALE }) },
  'Mutation.returnToApplicant': {
    args: (f) => ({ id: f.applicationId, version: STALE, reason: '补充材料' }),
  },
  'Mutation.approveAndSubmit': { args: (f) => ({ id: f.applicationId, version: STALE }) },
  'Mutation.acceptApplication': { args: (f) => ({ id: f.applicationId, version: STALE }) },
  'Mutation.requestMaterials': {
    args: (f) => ({ id: f.applicationId, version: STALE, missing: ['劳动合同原件'] }),
  },
  'Mutation.rejectApplication': {
    args: (f) => ({ id: f.applicationId, version: STALE, reason: '材料不符' }),
  },
  'Mutation.rescoreApplication': {
    args: (f) => ({ id: f.applicationId, version: STALE, reason: '规则已发布' }),
  },
  'Mutation.recordPermitCancelled': {
    args: (f) => ({
      id: f.applicationId,
      version: STALE,
      cancelledOn: today,
      reason: '矩阵测试：居住证注销',
    }),
  },
  'Mutation.correctPoints': {
    args: (f) => ({ id: f.applicationId, version: STALE, correctedTotal: 130, reason: '矩阵测试：纠正' }),
  },
  'Mutation.withdrawApplication': {
    args: (f) => ({ id: f.applicationId, version: STALE, reason: '不再申请' }),
  },
  'Mutation.revokeApplication': {
    args: (f) => ({ id: f.applicationId, version: STALE, employerRequest: '单位申请撤销' }),
  },
  'Mutation.recordPermitEndorsement': { args: (f) => ({ id: f.applicationId, endorsedOn: 'not-a-date' }) },
  'Mutation.claimApplication': { args: (f) => ({ id: f.applicationId }) },
  'Mutation.assignApplication': { args: (f) => ({ id: f.applicationId, officerId: SEED.officerId }) },
  'Mutation.requestAppeal': {
    args: (f) => ({
      input: { applicationId: f.applicationId, indicator: 'EDUCATION', reason: '学历认定有误' },
    }),
  },
  // The fixture's application was decided on a score: an allowed caller is refused on that, nothing filed.
  'Mutation.requestRejectionAppeal': {
    args: (f) => ({ input: { applicationId: f.applicationId, reason: '学历在学信网可查，请重新核查' } }),
  },
  'Mutation.reviewAppeal': {
    args: () => ({ version: STALE, proposedDelta: 0, note: '复核' }),
    fakeTarget: true,
  },
  'Mutation.decideAppeal': { args: () => ({ version: STALE, uphold: true, note: '维持' }), fakeTarget: true },
  'Mutation.recordCertificatesReturned': {
    args: (f) => ({ input: { caseId: f.caseId, version: STALE, returnedOn: today, note: '原件已退还' } }),
  },
  'Mutation.setDistrictArchiveMode': { args: () => ({ district: 'CHONGMING', mode: 'TRANSFER' }) },
  'Mutation.seedRegistryRecords': { args: () => ({ persons: [] }) },
  'Mutation.completeVerificationTask': {
    args: (f) => ({ input: { taskId: f.educationTaskId, version: STALE, result: 'PASSED', note: '核验' } }),
  },
  'Mutation.recordArchiveArrival': {
    args: (f) => ({
      input: { taskId: f.archiveTaskId, version: STALE, receivedOn: today, note: '档案已到' },
    }),
  },
  'Mutation.retryVerificationJob': { fakeTarget: true },
  'Mutation.registerEmployer': {
    args: () => {
      const creditCode = newCreditCode();
      return {
        input: {
          name: `矩阵注册单位${creditCode.slice(-4)}`,
          organisationType: 'ENTERPRISE',
          district: 'XUHUI',
          address: '上海市徐汇区虹桥路3号',
          legalRepresentative: '郑法人',
          socialInsuranceNo: `SI${creditCode.slice(8, 17)}`,
          creditCode,
          establishment: 'SHANGHAI_REGISTERED',
          hrSpecialists: [newPerson('矩阵人事', 1987)],
        },
      };
    },
  },
  'Mutation.updateEmployerDetails': {
    args: () => ({
      input: {
        employerId: SEED.employerId,
        expectedVersion: STALE,
        name: '上海示例科技有限公司',
        organisationType: 'ENTERPRISE',
        district: 'XUHUI',
        address: '上海市徐汇区漕溪北路 88 号',
        legalRepresentative: '王示例',
        socialInsuranceNo: 'SI-310104-0001',
      },
    }),
  },
  'Mutation.reviewEmployerRegistration': {
    args: () => ({ input: { employerId: SEED.employerId, decision: 'APPROVED', expectedVersion: STALE } }),
  },
  'Mutation.login': { args: () => ({ username: 'verifier.city', password: SEED.password }) },
  'Mutation.changePassword': { args: () => ({ oldPassword: 'Wrong1234', newPassword: 'Matrix2026x' }) },
  'Mutation.createApplicantAccount': {
    args: () => ({ input: { ...newPerson('矩阵新人', 1993), permitDate: '2026-01-05' } }),
  },
  'Mutation.addHrAccount': { args: () => ({ input: newPerson('矩阵人事二', 1989) }) },
  'Mutation.createStaffAccount': {
    args: () => ({
      input: {
        username: `matrix.${newCreditCode().slice(-6).toLowerCase()}`,
        name: '矩阵受理员',
        role: 'CENTRE_OFFICER',
        district: 'PUDONG',
        password: 'Matrix2026x',
      },
    }),
  },
  'Mutation.resetApplicantPassword': {
    args: (f) => ({ input: { accountId: f.applicant.applicantId, newPassword: 'Reset2026x' } }),
  },
  'Mutation.resendMessage': { args: (f) => ({ id: f.messageId }) },
  'Mutation.addRuleSet': {
    args: () => ({
      input: { version: `MATRIX-${Date.now()}`, effectiveFrom: '2099-01-01', description: 'matrix probe' },
    }),
  },
  'Mutation.setAverageMonthlyWage': {
    args: (f) => ({
      input: { version: f.ruleSetVersion, year: 2020, monthlyCny: 1, expectedRevision: STALE },
    }),
  },
  'Query.calendarYear': { args: () => ({ year: 2027 }) },
  // Against a revision nobody has: a CONFLICT for HRSS, so the platform's calendar stays as it is.
  'Mutation.publishCalendarYear': {
    args: () => ({
      input: {
        year: 2031,
        holidays: [{ date: '2031-01-01', name: '元旦' }],
        workdays: [],
        documentRef: '矩阵测试',
        reason: 'matrix probe',
        expectedRevision: STALE,
      },
    }),
  },
  // A made-up account: nothing is released (NOT_FOUND counts as allowed for the home officer).
  'Mutation.releaseApplicantAtWindow': {
    args: () => ({ input: { accountId: randomUUID(), departureCertificate: '离职证明 矩阵测试' } }),
    fakeTarget: true,
  },
  // A credit code no employer has: a domain refusal, nothing switched.
  'Mutation.switchMyEmployer': { args: () => ({ input: { creditCode: newCreditCode() } }) },
  'Mutation.takeOverApplicant': {
    args: (f) => ({ input: { residentId: f.applicant.residentId } }),
    sequential: true,
  },
  'Mutation.decideApplicantForgeryCase': {
    args: () => ({ input: { caseId: randomUUID(), serious: true, reason: '矩阵测试' } }),
    fakeTarget: true,
  },
  'Mutation.appealApplicantForgeryCase': {
    args: () => ({ input: { caseId: randomUUID(), reason: '矩阵测试' } }),
    fakeTarget: true,
  },
  'Mutation.decideApplicantForgeryAppeal': {
    args: () => ({ input: { caseId: randomUUID(), upheld: true, reason: '矩阵测试' } }),
    fakeTarget: true,
  },
  'Mutation.recordEmployerSanction': {
    args: () => ({ input: { employerId: SEED.employerId, fineCny: 30_000, reason: '矩阵测试：伪造材料' } }),
    sequential: true,
  },
  'Mutation.releaseApplicant': {
    args: (f) => ({ input: { accountId: f.applicant.applicantId, reason: '离职' } }),
    sequential: true,
  },
};

/** In the order of the table, which is the order the rows run in (the state-changing ones last). */
const TABLE: Row[] = Object.entries(EXPECTED).map(([op, expect]) => ({ op, expect, ...CALLS[op] }));

function expectations(row: Row): Array<{ caller: Caller; outcome: Outcome }> {
  const letters = row.expect.trim().split(/\s+/);
  if (letters.length !== CALLERS.length)
    throw new Error(`${row.op}: ${letters.length} outcomes for ${CALLERS.length} callers`);
  return CALLERS.map((caller, i) => {
    const outcome = OUTCOME_OF[letters[i] ?? ''];
    if (!outcome) throw new Error(`${row.op}: unknown outcome ${letters[i]}`);
    return { caller, outcome };
  });
}

describe('the authorization matrix table', () => {
  it('has one row per operation of the supergraph, no more, no fewer', () => {
    const operations = operationsOf(loadApiSchema());
    const rows = TABLE.map((r) => r.op);
    expect({
      missing: operations.filter((op) => !rows.includes(op)),
      extra: rows.filter((op) => !operations.includes(op)),
      callsWithoutRow: Object.keys(CALLS).filter((op) => !(op in EXPECTED)),
    }).toEqual({ missing: [], extra: [], callsWithoutRow: [] });
    for (const row of TABLE) expectations(row);
  });
});

describe('the authorization matrix through the gateway', () => {
  let platform: RunningPlatform;
  let schema: GraphQLSchema;
  let gw: GatewayClient;
  let fixtures: Fixtures;
  /** Every cell's answer, written out when AUTH_MATRIX_REPORT names a file (for reading the table's reality). */
  const report: string[] = [];

  beforeAll(async () => {
    schema = loadApiSchema();
    platform = await startPlatform();
    gw = new GatewayClient(platform.gatewayUrl);
    fixtures = await buildFixtures(platform.gatewayUrl);
  }, 420_000);
  afterAll(async () => {
    if (process.env.AUTH_MATRIX_REPORT)
      fs.writeFileSync(process.env.AUTH_MATRIX_REPORT, `${report.join('\n')}\n`);
    await platform?.stop();
  }, 60_000);

  it.each(TABLE.map((row) => [row.op, row] as const))('%s', async (_op, row) => {
    const field = row.op.split('.')[1] ?? '';
    const expected = expectations(row);
    const call = async ({ caller, outcome }: { caller: Caller; outcome: Outcome }) => {
      const { query, variables } = documentFor(schema, row.op, row.args?.(fixtures) ?? {});
      const result = await gw.send(query, variables, fixtures.tokens[caller]);
      const verdict = judge(result, outcome, {
        field,
        fakeTarget: row.fakeTarget,
        leakIds: caller.endsWith('*') ? fixtures.homeIds : [],
      });
      return { caller, expected: outcome, ...verdict };
    };
    const ordered = row.sequential
      ? [...expected].sort(
          (a, b) => Number(a.outcome === Outcome.ALLOWED) - Number(b.outcome === Outcome.ALLOWED),
        )
      : expected;
    const verdicts = await limited(
      ordered.map((e) => () => call(e)),
      row.sequential ? 1 : 8,
    );
    for (const v of verdicts)
      report.push(`${v.ok ? 'ok ' : 'BAD'} ${row.op} ${v.caller} expected ${v.expected} got ${v.got}`);
    const wrong = verdicts
      .filter((v) => !v.ok)
      .map((v) => `${v.caller}: expected ${v.expected}, got ${v.got}`);
    expect(wrong).toEqual([]);
  });
});
