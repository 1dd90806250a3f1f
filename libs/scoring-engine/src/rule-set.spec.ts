import { ruleSetInForce, ruleSetSchema, SH_2017_RULE_SET, type RuleSet } from './index';

function clone(): Record<string, unknown> {
  return JSON.parse(JSON.stringify(SH_2017_RULE_SET)) as Record<string, unknown>;
}

describe('rule sets as data', () => {
  it('SH-2017 is plain JSON and passes its own schema unchanged', () => {
    const json = clone();
    expect(json).toEqual(SH_2017_RULE_SET);
    expect(ruleSetSchema.parse(json)).toEqual(SH_2017_RULE_SET);
  });

  it('SH-2017 cannot be changed by accident at run time', () => {
    expect(Object.isFrozen(SH_2017_RULE_SET)).toBe(true);
    expect(Object.isFrozen(SH_2017_RULE_SET.socialInsuranceBase.tiers[0])).toBe(true);
  });

  it('rejects a rule set with a missing indicator, a negative or fractional number, or a bad date', () => {
    const missing = clone();
    delete missing.spouseHukou;
    expect(ruleSetSchema.safeParse(missing).success).toBe(false);
    expect(ruleSetSchema.safeParse({ ...clone(), standard: -120 }).success).toBe(false);
    expect(ruleSetSchema.safeParse({ ...clone(), freshGraduate: { points: 10.5 } }).success).toBe(false);
    expect(ruleSetSchema.safeParse({ ...clone(), effectiveFrom: '2018-02-30' }).success).toBe(false);
    expect(ruleSetSchema.safeParse({ ...clone(), education: { MASTER: 100 } }).success).toBe(false);
  });

  it('rejects an average-wage table with a year twice or no entry', () => {
    const twice = [...SH_2017_RULE_SET.averageMonthlyWage, { year: 2024, monthlyCny: 13000 }];
    expect(ruleSetSchema.safeParse({ ...clone(), averageMonthlyWage: twice }).success).toBe(false);
    expect(ruleSetSchema.safeParse({ ...clone(), averageMonthlyWage: [] }).success).toBe(false);
  });

  it('rejects unknown keys, so a typo cannot silently drop a number', () => {
    expect(ruleSetSchema.safeParse({ ...clone(), standrd: 100 }).success).toBe(false);
  });

  it('picks the version in force on an assessment date', () => {
    const next: RuleSet = { ...SH_2017_RULE_SET, version: 'SH-NEXT', effectiveFrom: '2026-01-01' };
    expect(ruleSetInForce([next, SH_2017_RULE_SET], '2025-12-31')?.version).toBe('SH-2017');
    expect(ruleSetInForce([next, SH_2017_RULE_SET], '2026-01-01')?.version).toBe('SH-NEXT');
    expect(ruleSetInForce([SH_2017_RULE_SET], '2017-12-31')).toBeUndefined();
  });
});
