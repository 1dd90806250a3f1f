import { graphqlRequest, startSubgraphTestApp, type SubgraphTestApp } from '@points/testing';
import { AppModule } from '../app.module';
import { MIGRATIONS } from '../migrations';
import { TestClock, testOptions } from '../test-support';
import {
  DEMO_APPLICANT_ID,
  DEMO_EMPLOYER_ID,
  DEMO_LOGINS,
  DEMO_LOGINS_TABLE,
  seedDevelopmentData,
} from './development.seed';

describe('development seed', () => {
  let t: SubgraphTestApp;

  beforeAll(async () => {
    t = await startSubgraphTestApp({
      service: 'employer-registration',
      createModule: (config) => AppModule.forRoot(config, testOptions(new TestClock(new Date()))),
      migrations: MIGRATIONS,
    });
    await seedDevelopmentData(t.dataSource);
    await seedDevelopmentData(t.dataSource); // idempotent
  });
  afterAll(() => t.close());

  it('gives one demo login per role, each logging in with the printed password', async () => {
    expect(DEMO_LOGINS.map((l) => l.role).sort()).toEqual([
      'APPLICANT',
      'CENTRE_OFFICER',
      'CENTRE_SUPERVISOR',
      'CITY_VERIFIER',
      'EMPLOYER_HR',
      'HRSS_ADMIN',
    ]);
    for (const demo of DEMO_LOGINS) {
      const res = await t.gql<{ login: { accessToken: string; role: string } }>(
        `mutation($u: String!, $p: String!) { login(username: $u, password: $p) { accessToken role } }`,
        { variables: { u: demo.username, p: demo.password } },
      );
      expect([demo.username, res.data?.login.role]).toEqual([demo.username, demo.role]);
      const me = await graphqlRequest<{ me: { id: string; employerId: string | null } }>(
        t.url,
        `{ me { id employerId } }`,
        { token: res.data!.login.accessToken },
      );
      if (demo.role === 'APPLICANT')
        expect(me.data?.me).toEqual({ id: DEMO_APPLICANT_ID, employerId: DEMO_EMPLOYER_ID });
      if (demo.role === 'EMPLOYER_HR') expect(me.data?.me.employerId).toBe(DEMO_EMPLOYER_ID);
    }
    expect(DEMO_LOGINS_TABLE).toContain('| APPLICANT | `310101199001011234` | `Demo2026` |');
  });

  it('writes the demo employer with a valid credit code, and its events once', async () => {
    const rows = await t.dataSource.query(
      `SELECT credit_code, status FROM employer_registration.employer WHERE id = $1`,
      [DEMO_EMPLOYER_ID],
    );
    expect(rows).toEqual([{ credit_code: '91310104MA1FL0001Q', status: 'APPROVED' }]);
    const events = await t.dataSource.query(
      `SELECT type, count(*)::int AS n FROM employer_registration.outbox GROUP BY type ORDER BY type`,
    );
    expect(events).toEqual([
      { type: 'account.contact-changed', n: 2 },
      { type: 'applicant.employment-changed', n: 1 },
      { type: 'employer.status-changed', n: 1 },
      // The four demo staff accounts (HRSS, the 徐汇 officer and supervisor, the city verifier),
      // announced so that the application service knows who may be assigned work.
      { type: 'staff.account-changed', n: 4 },
    ]);
  });
});
