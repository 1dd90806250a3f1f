import { errorCodes, graphqlRequest } from '@points/testing';
import { PLATFORM_START_MS, startPlatform, type RunningPlatform } from '../support/platform';

// The public score simulation (模拟估分) through the gateway, as outside tools call it: the names
// are the fixed contract of scoring.md.
const SIMULATE = `query($profile: ScoreProfileInput!) {
  simulateScore(profile: $profile) {
    total standard eligible vetoed ruleSetVersion
    items { indicator points counted note }
  }
}`;

describe('simulateScore through the gateway, without logging in', () => {
  let platform: RunningPlatform;

  beforeAll(async () => {
    platform = await startPlatform();
  }, PLATFORM_START_MS);
  afterAll(() => platform?.stop(), 60_000);

  it('scores a profile by the SH-2017 rule set', async () => {
    // Worked by hand: born 1990-06-15, assessed 2026-11-22 → 36 full years → 5 + 2 × (56 − 36) = 45,
    // capped at 30. Master's degree → 100 (no qualification to compare). 4 full years of counting
    // months (2022-11 … 2026-10, 48 months at 1.2× the wage) → ⌊48/12⌋ × 3 = 12; the base bonus
    // needs 36 months in the last 4 years at ≥ 1×: the 2022 months (base 15,000 vs 2021's 11,396:
    // 1.32×), 2023 (vs 12,183: 1.23×), 2024 (vs 12,307: 1.22×), 2025–26 (vs 12,434: 1.21×) all
    // hold → 50. Total 30 + 100 + 12 + 50 = 192 ≥ 120.
    const res = await graphqlRequest<{
      simulateScore: {
        total: number;
        standard: number;
        eligible: boolean;
        vetoed: boolean;
        ruleSetVersion: string;
        items: Array<{ indicator: string; points: number; counted: boolean; note: string | null }>;
      };
    }>(platform.gatewayUrl, SIMULATE, {
      variables: {
        profile: {
          assessmentDate: '2026-11-22',
          birthDate: '1990-06-15',
          education: 'MASTER',
          socialInsurance: [{ from: '2022-11', to: '2026-10', base: 15000 }],
        },
      },
    });
    expect(res.errors).toBeUndefined();
    const result = res.data!.simulateScore;
    expect(result).toMatchObject({
      total: 192,
      standard: 120,
      eligible: true,
      vetoed: false,
      ruleSetVersion: 'SH-2017',
    });
    const counted = Object.fromEntries(
      result.items.filter((i) => i.counted).map((i) => [i.indicator, i.points]),
    );
    expect(counted).toEqual({
      AGE: 30,
      EDUCATION: 100,
      SOCIAL_INSURANCE_YEARS: 12,
      SOCIAL_INSURANCE_BASE: 50,
    });
    expect(result.items.every((i) => i.note && i.note.length > 0)).toBe(true);
  });

  it('names the field of a bad input', async () => {
    const res = await graphqlRequest(platform.gatewayUrl, SIMULATE, {
      variables: {
        profile: {
          assessmentDate: '2026-11-22',
          birthDate: '1990-02-30',
          socialInsurance: [{ from: '2024-05', to: '2024-01', base: 9000 }],
        },
      },
    });
    expect(errorCodes(res)).toEqual(['BAD_USER_INPUT']);
    const fields = JSON.stringify(res.errors);
    expect(fields).toContain('profile.birthDate');
    expect(fields).toContain('profile.socialInsurance[0].to');
  });
});
