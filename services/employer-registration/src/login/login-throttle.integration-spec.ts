// Failed log-ins are counted per client (the address the gateway forwards), so a stranger cannot
// lock an administrator out from outside, yet guessing stays slow from one client or from many.
import { CLIENT_ADDRESS_HEADER } from '@points/auth';
import { errorCodes, startSubgraphTestApp, type SubgraphTestApp } from '@points/testing';
import { AppModule } from '../app.module';
import { MIGRATIONS } from '../migrations';
import { staff, TestClock, testOptions } from '../test-support';

const LOGIN = `mutation($u: String!, $p: String!) { login(username: $u, password: $p) { role } }`;
const CREATE_STAFF = `mutation($input: CreateStaffAccountInput!) { createStaffAccount(input: $input) { id } }`;
const PASSWORD = 'admin2026';

describe('login: limits a stranger cannot turn against the account owner', () => {
  let t: SubgraphTestApp;
  const clock = new TestClock(new Date('2026-11-20T02:00:00Z'));
  let n = 0;

  const login = (username: string, password: string, client: string) =>
    t.gql(LOGIN, { variables: { u: username, p: password }, headers: { [CLIENT_ADDRESS_HEADER]: client } });

  /** A fresh HRSS administrator (the kind of name an outsider would target). */
  async function newAdmin(): Promise<string> {
    const username = `hrss.admin${++n}`;
    const res = await t.gql(CREATE_STAFF, {
      variables: { input: { username, name: '市人社管理员', role: 'HRSS_ADMIN', password: PASSWORD } },
      as: staff.hrss(),
    });
    expect(res.errors).toBeUndefined();
    return username;
  }

  beforeAll(async () => {
    t = await startSubgraphTestApp({
      service: 'employer-registration',
      createModule: (config) => AppModule.forRoot(config, testOptions(clock)),
      migrations: MIGRATIONS,
    });
  }, 60_000);
  afterAll(() => t.close());

  it("locks the stranger's client after 5 failures, while the owner logs in from their own", async () => {
    const admin = await newAdmin();
    for (let i = 1; i <= 4; i++)
      expect(errorCodes(await login(admin, `guess${i}abc`, '203.0.113.7'))).toEqual(['UNAUTHENTICATED']);
    expect(errorCodes(await login(admin, 'guess5abc', '203.0.113.7'))).toEqual(['TOO_MANY_REQUESTS']);
    // Even the right password from the stranger's client waits out the 15 minutes…
    expect(errorCodes(await login(admin, PASSWORD, '203.0.113.7'))).toEqual(['TOO_MANY_REQUESTS']);
    // …but the administrator at their desk is not locked out.
    expect(errorCodes(await login(admin, PASSWORD, '10.20.30.40'))).toEqual([]);
  });

  it('pauses one client that sprays a password over many names', async () => {
    const names = Array.from({ length: 20 }, (_, i) => `nobody.${n}.${i}`);
    const answers = [];
    for (const name of names) answers.push(errorCodes(await login(name, 'Password1', '198.51.100.9')));
    expect(answers.slice(0, 19).flat()).toEqual(Array(19).fill('UNAUTHENTICATED'));
    expect(answers[19]).toEqual(['TOO_MANY_REQUESTS']);
    const admin = await newAdmin();
    const paused = await login(admin, PASSWORD, '198.51.100.9');
    expect(errorCodes(paused)).toEqual(['TOO_MANY_REQUESTS']);
    expect(paused.errors?.[0]?.message).toMatch(/5 minutes/);
    expect(errorCodes(await login(admin, PASSWORD, '198.51.100.10'))).toEqual([]);
  });

  it('slows guesses at one name from many clients with a progressive delay, never a lockout', async () => {
    const admin = await newAdmin();
    // Nine failures, each from a new address, are plain refusals; the tenth starts the delay.
    for (let i = 1; i <= 9; i++)
      expect(errorCodes(await login(admin, `guess${i}abc`, `192.0.2.${i}`))).toEqual(['UNAUTHENTICATED']);
    expect(errorCodes(await login(admin, 'guess10abc', '192.0.2.10'))).toEqual(['TOO_MANY_REQUESTS']);
    const waiting = await login(admin, PASSWORD, '10.20.30.41');
    expect(errorCodes(waiting)).toEqual(['TOO_MANY_REQUESTS']);
    expect(waiting.errors?.[0]?.message).toMatch(/1 second\b/);
    clock.current = new Date(clock.current.getTime() + 1_000);
    expect(errorCodes(await login(admin, PASSWORD, '10.20.30.41'))).toEqual([]);
  });
});
