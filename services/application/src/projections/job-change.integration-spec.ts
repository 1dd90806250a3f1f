/* eslint-disable @typescript-eslint/no-explicit-any -- GraphQL answers are untyped JSON here */
import { errorCodes, type SubgraphTestApp } from '@points/testing';
import {
  applicantEmployedBy,
  completeForm,
  employerStanding,
  hrOf,
  officer,
  pinToday,
  PUDONG_EMPLOYER,
  startApplicationApp,
  XUHUI_EMPLOYER,
} from '../testing/application-test.fixtures';

type Row = Record<string, any>;

const MOVER = 'cccccccc-1111-4000-8000-000000000001';
const LEAVER = 'cccccccc-1111-4000-8000-000000000002';
const NEW_EMPLOYER = '44444444-4444-4444-8444-444444444444';

describe('job change and revocation (撤销)', () => {
  let t: SubgraphTestApp;
  const create = `mutation($input: CreateApplicationInput!) { createApplication(input: $input) { id state version employer { id } } }`;
  const read = `query($id: ID!) { application(id: $id) { state revocationRequest history { toState actor role reason } } }`;

  beforeAll(async () => {
    t = await startApplicationApp();
    pinToday(t, '2026-03-02');
    await employerStanding(t, XUHUI_EMPLOYER, 'XUHUI');
    await employerStanding(t, PUDONG_EMPLOYER, 'PUDONG');
    await employerStanding(t, NEW_EMPLOYER, 'XUHUI');
    await applicantEmployedBy(t, MOVER, '310104199003070018', XUHUI_EMPLOYER);
    await applicantEmployedBy(t, LEAVER, '310115199501010041', XUHUI_EMPLOYER, { name: '李四' });
    // Generous: the suites may run on a busy machine.
  }, 60_000);
  afterAll(() => t?.close());

  it('ends the old employer’s unsubmitted draft when the applicant moves, and lets the new employer file', async () => {
    const draft = await t.gql<{ createApplication: Row }>(create, {
      variables: { input: { applicantId: MOVER, kind: 'NEW' } },
      as: hrOf(XUHUI_EMPLOYER),
    });
    const draftId = draft.data!.createApplication['id'];
    await applicantEmployedBy(t, MOVER, '310104199003070018', PUDONG_EMPLOYER, {
      previousEmployerId: XUHUI_EMPLOYER,
      district: 'PUDONG',
    });
    const old = await t.gql<{ application: Row }>(read, { variables: { id: draftId }, as: officer('XUHUI') });
    expect(old.data!.application).toMatchObject({ state: 'WITHDRAWN' });
    expect(old.data!.application['history'].at(-1)).toMatchObject({
      toState: 'WITHDRAWN',
      actor: 'system',
      role: 'SYSTEM',
    });
    // The old employer can no longer file for them; the new one can, in its own district.
    expect(
      errorCodes(
        await t.gql(create, {
          variables: { input: { applicantId: MOVER, kind: 'NEW' } },
          as: hrOf(XUHUI_EMPLOYER),
        }),
      ),
    ).toEqual(['FORBIDDEN']);
    const fresh = await t.gql<{ createApplication: Row }>(create, {
      variables: { input: { applicantId: MOVER, kind: 'NEW' } },
      as: hrOf(PUDONG_EMPLOYER),
    });
    expect(fresh.data!.createApplication).toMatchObject({
      state: 'DRAFT',
      employer: { id: PUDONG_EMPLOYER },
    });
  });

  it('keeps a submitted application until the old employer has it revoked at the window; then the new employer files', async () => {
    const hr = hrOf(XUHUI_EMPLOYER);
    const created = await t.gql<{ createApplication: Row }>(create, {
      variables: { input: { applicantId: LEAVER, kind: 'NEW' } },
      as: hr,
    });
    const id = created.data!.createApplication['id'];
    await t.gql(
      `mutation($id: ID!, $form: ApplicationFormInput!) { updateApplicationForm(id: $id, version: 1, form: $form) { id } }`,
      {
        variables: { id, form: completeForm() },
        as: hr,
      },
    );
    await t.gql(`mutation($id: ID!) { submitToEmployer(id: $id, version: 2) { state } }`, {
      variables: { id },
      as: hr,
    });
    await t.gql(`mutation($id: ID!) { approveAndSubmit(id: $id, version: 3) { state } }`, {
      variables: { id },
      as: hr,
    });
    await applicantEmployedBy(t, LEAVER, '310115199501010041', NEW_EMPLOYER, {
      previousEmployerId: XUHUI_EMPLOYER,
      name: '李四',
    });
    const blocked = await t.gql(create, {
      variables: { input: { applicantId: LEAVER, kind: 'NEW' } },
      as: hrOf(NEW_EMPLOYER),
    });
    expect(errorCodes(blocked)).toEqual(['CONFLICT']);
    expect(blocked.errors?.[0]?.message).toContain('revoke');
    // HR cannot revoke; the officer does, recording the employer's request.
    const revoke = `mutation($id: ID!, $req: String!) { revokeApplication(id: $id, version: 4, employerRequest: $req) { state revocationRequest } }`;
    expect(errorCodes(await t.gql(revoke, { variables: { id, req: 'x' }, as: hr }))).toEqual(['FORBIDDEN']);
    const blank = await t.gql(revoke, { variables: { id, req: '  ' }, as: officer('XUHUI') });
    expect(blank.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'employerRequest' });
    const done = await t.gql<{ revokeApplication: Row }>(revoke, {
      variables: { id, req: '单位书面申请撤销（员工离职），经办人王某' },
      as: officer('XUHUI'),
    });
    expect(done.data!.revokeApplication).toEqual({
      state: 'WITHDRAWN',
      revocationRequest: '单位书面申请撤销（员工离职），经办人王某',
    });
    const history = (await t.gql<{ application: Row }>(read, { variables: { id }, as: officer('XUHUI') }))
      .data!.application['history'];
    expect(history.at(-1)).toMatchObject({
      toState: 'WITHDRAWN',
      role: 'CENTRE_OFFICER',
      reason: '撤销，应单位申请: 单位书面申请撤销（员工离职），经办人王某',
    });
    const now = await t.gql<{ createApplication: Row }>(create, {
      variables: { input: { applicantId: LEAVER, kind: 'NEW' } },
      as: hrOf(NEW_EMPLOYER),
    });
    expect(now.data!.createApplication).toMatchObject({ state: 'DRAFT', employer: { id: NEW_EMPLOYER } });
  });

  it('refuses a CHANGE or RENEWAL without valid points, and an employer that is not approved', async () => {
    const change = await t.gql(create, {
      variables: { input: { applicantId: MOVER, kind: 'CHANGE' } },
      as: hrOf(PUDONG_EMPLOYER),
    });
    // MOVER has an open draft with PUDONG from the first test.
    expect(errorCodes(change)).toEqual(['CONFLICT']);
    await employerStanding(t, NEW_EMPLOYER, 'XUHUI', { status: 'PENDING_REVIEW' });
    const pending = await t.gql(create, {
      variables: { input: { applicantId: LEAVER, kind: 'CHANGE' } },
      as: hrOf(NEW_EMPLOYER),
    });
    expect(errorCodes(pending)).toEqual(['FORBIDDEN']);
  });
});
