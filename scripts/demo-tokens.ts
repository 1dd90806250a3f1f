import * as fs from 'node:fs';
import * as path from 'node:path';
import { ensureDevJwtKeys, JwtIssuer, Role, type AuthUser } from '@points/auth';

/**
 * Development only: one signed token per role for the seeded demo accounts, written to
 * .data/demo-tokens.json, so curl examples work without a login round trip. The same accounts log
 * in with `login(username, password)` (README, "Demo logins").
 */
const DEMO_EMPLOYER_ID = '6f1f6c1e-0000-4000-8000-000000000001';
const DEMO_APPLICANT_ID = '6f1f6c1e-0000-4000-8000-000000000101';

export const DEMO_USERS: Record<Role, AuthUser> = {
  [Role.HRSS_ADMIN]: { sub: '6f1f6c1e-0000-4000-8000-000000000301', role: Role.HRSS_ADMIN },
  [Role.CENTRE_OFFICER]: {
    sub: '6f1f6c1e-0000-4000-8000-000000000302',
    role: Role.CENTRE_OFFICER,
    district: 'XUHUI',
  },
  [Role.CENTRE_SUPERVISOR]: {
    sub: '6f1f6c1e-0000-4000-8000-000000000303',
    role: Role.CENTRE_SUPERVISOR,
    district: 'XUHUI',
  },
  [Role.CITY_VERIFIER]: { sub: '6f1f6c1e-0000-4000-8000-000000000304', role: Role.CITY_VERIFIER },
  [Role.EMPLOYER_HR]: {
    sub: '6f1f6c1e-0000-4000-8000-000000000305',
    role: Role.EMPLOYER_HR,
    employerId: DEMO_EMPLOYER_ID,
  },
  [Role.APPLICANT]: { sub: DEMO_APPLICANT_ID, role: Role.APPLICANT, applicantId: DEMO_APPLICANT_ID },
};

async function main(): Promise<void> {
  const dataDir = process.env.POINTS_DATA_DIR ?? path.resolve('.data');
  const keys = ensureDevJwtKeys(dataDir);
  const issuer = await JwtIssuer.fromPem(keys.privateKeyPem, {
    issuer: 'points-platform',
    audience: 'points-platform',
  });
  const tokens: Record<string, string> = {};
  for (const [role, user] of Object.entries(DEMO_USERS))
    tokens[role] = await issuer.issue(user, 7 * 24 * 3600);
  fs.writeFileSync(path.join(dataDir, 'demo-tokens.json'), JSON.stringify(tokens, null, 2));
  process.stdout.write(JSON.stringify(tokens));
}

void main();
