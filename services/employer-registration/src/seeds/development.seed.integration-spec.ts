import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DISTRICT_CODES } from '@points/auth';
import { graphqlRequest, startSubgraphTestApp, type SubgraphTestApp } from '@points/testing';
import { validateCreditCode } from '@points/validation';
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

  it('gives a demo login for every role, each logging in with the printed password', async () => {
    expect([...new Set(DEMO_LOGINS.map((l) => l.role))].sort()).toEqual([
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
      if (demo.username === '91310104MA1FL0001Q-1') expect(me.data?.me.employerId).toBe(DEMO_EMPLOYER_ID);
      if (demo.scope === '上海浦东示例科技有限公司')
        expect(me.data?.me.employerId).toBe('6f1f6c1e-0000-4000-8000-000000001011');
    }
    expect(DEMO_LOGINS_TABLE).toContain('| APPLICANT | `310101199001011234` | `Demo2026` |');
    // The README's table lists the same logins (it is what a newcomer reads first).
    const readme = readFileSync(join(__dirname, '../../../../README.md'), 'utf8');
    for (const demo of DEMO_LOGINS) expect(readme).toContain(`\`${demo.username}\``);
  });

  it('gives every district a real approved employer with an HR login, the office seed’s ones', async () => {
    const employers: Array<{ id: string; district: string; status: string; credit_code: string }> =
      await t.dataSource.query(
        `SELECT id, district, status, credit_code FROM employer_registration.employer ORDER BY district`,
      );
    expect(employers.map((e) => e.district).sort()).toEqual([...DISTRICT_CODES].sort());
    expect(employers.every((e) => e.status === 'APPROVED')).toBe(true);
    expect(employers.every((e) => validateCreditCode(e.credit_code).ok)).toBe(true);
    // The id the application service's office seed files 浦东's applications under.
    expect(employers.find((e) => e.district === 'PUDONG')?.id).toBe('6f1f6c1e-0000-4000-8000-000000001011');
    for (const e of employers) {
      const res = await t.gql<{ login: { role: string } }>(
        `mutation($u: String!, $p: String!) { login(username: $u, password: $p) { role } }`,
        { variables: { u: `${e.credit_code}-1`, p: 'Demo2026' } },
      );
      expect([e.district, res.data?.login.role]).toEqual([e.district, 'EMPLOYER_HR']);
    }
  }, 120_000);

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
      // The HR of each of the 16 districts' employers and the applicant.
      { type: 'account.contact-changed', n: 17 },
      { type: 'applicant.employment-changed', n: 1 },
      { type: 'employer.status-changed', n: 16 },
      // The six demo staff accounts (HRSS, the 徐汇 and 浦东 officers and supervisors, the city
      // verifier), announced so that the application service knows who may be assigned work.
      { type: 'staff.account-changed', n: 6 },
    ]);
  });
});
