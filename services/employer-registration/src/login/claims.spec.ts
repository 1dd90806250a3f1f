import { Role } from '@points/auth';
import type { AccountEntity } from '../accounts/account.entity';
import { claimsOf } from './login.service';

const account = (fields: Partial<AccountEntity>): AccountEntity =>
  ({ id: 'acc-1', district: null, employerId: null, ...fields }) as AccountEntity;

describe('access token claims (architecture.md)', () => {
  it('carry the district for centre staff only', () => {
    expect(claimsOf(account({ role: Role.CENTRE_OFFICER, district: 'XUHUI' }))).toEqual({
      sub: 'acc-1',
      role: Role.CENTRE_OFFICER,
      district: 'XUHUI',
    });
    expect(claimsOf(account({ role: Role.CENTRE_SUPERVISOR, district: 'PUDONG' })).district).toBe('PUDONG');
    expect(claimsOf(account({ role: Role.HRSS_ADMIN }))).toEqual({ sub: 'acc-1', role: Role.HRSS_ADMIN });
    expect(claimsOf(account({ role: Role.CITY_VERIFIER }))).toEqual({
      sub: 'acc-1',
      role: Role.CITY_VERIFIER,
    });
  });

  it('carry the employer for HR and the applicant id (= account id) for applicants', () => {
    expect(claimsOf(account({ role: Role.EMPLOYER_HR, employerId: 'emp-1' }))).toEqual({
      sub: 'acc-1',
      role: Role.EMPLOYER_HR,
      employerId: 'emp-1',
    });
    // An applicant's current employer is not a claim: it changes with a job change.
    expect(claimsOf(account({ role: Role.APPLICANT, employerId: 'emp-1' }))).toEqual({
      sub: 'acc-1',
      role: Role.APPLICANT,
      applicantId: 'acc-1',
    });
  });
});
