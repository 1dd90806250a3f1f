import * as fs from 'node:fs';
import * as path from 'node:path';
import { ensureDevJwtKeys, JwtIssuer, Role, type AuthUser } from '@points/auth';

/**
 * Development only: one signed token per role, so the API can be tried before the login issue
 * lands (login will replace this). Printed by `npm start` and written to .data/demo-tokens.json.
 */
const DEMO_EMPLOYER_ID = '6f1f6c1e-0000-4000-8000-000000000001';
const DEMO_APPLICANT_ID = '6f1f6c1e-0000-4000-8000-000000000101';

export const DEMO_USERS: Record<Role, AuthUser> = {
  [Role.HRSS_ADMIN]: { sub: 'demo-hrss', role: Role.HRSS_ADMIN },
  [Role.CENTRE_OFFICER]: { sub: 'demo-officer-xuhui', role: Role.CENTRE_OFFICER, district: 'XUHUI' },
  [Role.CENTRE_SUPERVISOR]: { sub: 'demo-supervisor-xuhui', role: Role.CENTRE_SUPERVISOR, district: 'XUHUI' },
  [Role.CITY_VERIFIER]: { sub: 'demo-city-verifier', role: Role.CITY_VERIFIER },
  [Role.EMPLOYER_HR]: { sub: 'demo-hr', role: Role.EMPLOYER_HR, employerId: DEMO_EMPLOYER_ID },
  [Role.APPLICANT]: { sub: 'demo-applicant', role: Role.APPLICANT, applicantId: DEMO_APPLICANT_ID },
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
