// The public simulation is bounded by what one life can hold (scoring.md "Bounds"): each of the
// hostile profiles the issue found (0000-01..9999-12, 10⁹ years of public service, thousands of
// periods) is BAD_USER_INPUT naming the field, answered quickly and small, never a 500.
import {
  errorCodes,
  startSubgraphTestApp,
  type GraphQLResponse,
  type SubgraphTestApp,
} from '@points/testing';
import { AppModule } from '../app.module';
import { MIGRATIONS } from '../migrations';

const SIMULATE = `query Simulate($profile: ScoreProfileInput!) {
  simulateScore(profile: $profile) { total items { indicator points } }
}`;

/** 34 on the assessment date: the 16th birthday was 2006-03-01. */
const BASELINE = {
  assessmentDate: '2024-07-15',
  birthDate: '1990-03-01',
  education: 'BACHELOR_WITH_DEGREE',
  socialInsurance: [{ from: '2021-07', to: '2024-06', base: 5000 }],
};

interface Refusal {
  code?: unknown;
  field?: unknown;
  rule?: unknown;
  errors?: unknown[];
  errorCount?: unknown;
}
const refusalOf = (res: GraphQLResponse): Refusal => (res.errors?.[0]?.extensions ?? {});

describe('simulateScore: bounds of a life', () => {
  let t: SubgraphTestApp;
  const simulate = (profile: Record<string, unknown>) =>
    t.gql<{ simulateScore: { total: number } }>(SIMULATE, {
      variables: { profile: { ...BASELINE, ...profile } },
    });

  beforeAll(async () => {
    t = await startSubgraphTestApp({
      service: 'scoring',
      createModule: (config) => AppModule.forRoot(config),
      migrations: MIGRATIONS,
    });
  });
  afterAll(() => t.close());

  it('refuses contribution months before the 16th birthday, naming the month it starts from', async () => {
    const res = await simulate({ socialInsurance: [{ from: '0000-01', to: '2024-06', base: 5000 }] });
    expect(refusalOf(res)).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'profile.socialInsurance[0].from',
      rule: 'within-working-life',
    });
    expect(res.errors?.[0]?.message).toContain('2006-03');
    expect(res.data).toBeNull();
  });

  it('refuses contribution months after the assessment month', async () => {
    const res = await simulate({ socialInsurance: [{ from: '2021-07', to: '9999-12', base: 5000 }] });
    expect(refusalOf(res)).toMatchObject({
      field: 'profile.socialInsurance[0].to',
      rule: 'within-working-life',
    });
  });

  it('accepts the first month of the 16th birthday and the assessment month itself', async () => {
    const res = await simulate({ socialInsurance: [{ from: '2006-03', to: '2024-07', base: 5000 }] });
    expect(res.errors).toBeUndefined();
    expect(res.data?.simulateScore.total).toBeGreaterThan(0);
  });

  it('refuses more years of public service or remote work than years since the 16th birthday', async () => {
    // 2006-03-01 → 2024-07-15: 18 full years.
    expect(refusalOf(await simulate({ publicServiceYears: 1_000_000_000 }))).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'profile.publicServiceYears',
      rule: 'at-most-a-life',
    });
    expect(refusalOf(await simulate({ remoteSuburbYears: 19 }))).toMatchObject({
      field: 'profile.remoteSuburbYears',
      rule: 'at-most-a-life',
    });
    expect((await simulate({ publicServiceYears: 18 })).errors).toBeUndefined();
  });

  it('refuses a year count beyond Int as BAD_USER_INPUT (GraphQL coercion), not a 500', async () => {
    const res = await simulate({ publicServiceYears: 1e10 });
    expect(errorCodes(res)).toEqual(['BAD_USER_INPUT']);
  });

  it('refuses more than 300 periods with one problem, not one per period', async () => {
    const periods = Array.from({ length: 301 }, () => ({ from: '2021-07', to: '2024-06', base: 5000 }));
    const res = await simulate({ socialInsurance: periods });
    expect(refusalOf(res)).toMatchObject({
      field: 'profile.socialInsurance',
      rule: 'too-many-items',
      errorCount: 1,
    });
  });

  it('lists at most 20 problems of a profile with hundreds, and says how many there are', async () => {
    const periods = Array.from({ length: 300 }, () => ({ from: '2021-07', to: '2024-06', base: -1 }));
    const res = await simulate({ socialInsurance: periods });
    const refusal = refusalOf(res);
    expect(refusal.errors).toHaveLength(20);
    expect(refusal.errorCount).toBeGreaterThan(300);
    expect(JSON.stringify(res).length).toBeLessThan(20_000);
  });
});
