// Helpers for this service's integration specs (not shipped: only specs import it).
import { randomUUID } from 'node:crypto';
import { Role, type AuthUser, type District } from '@points/auth';
import { testJwtKeys } from '@points/testing';
import { creditCodeCheckCharacter, residentIdCheckCharacter } from '@points/validation';
import type { Clock } from './common/clock';
import type { EmployerRegistrationOptions } from './common/app-options.module';

let sequence = 0;

/** A valid unified social credit code, different on every call (check character per GB 32100). */
export function newCreditCode(): string {
  sequence += 1;
  const first17 = `91310104MA1${String(100000 + sequence).slice(-6)}`;
  return first17 + creditCodeCheckCharacter(first17);
}

/** A valid resident ID number (born 1990-01-01 in Xuhui), different on every call. */
export function newResidentId(): string {
  sequence += 1;
  const first17 = `31010419900101${String(1000 + (sequence % 1000)).slice(-3)}`;
  return first17 + residentIdCheckCharacter(first17);
}

/** A valid mobile number, different on every call. */
export function newMobile(): string {
  sequence += 1;
  return `139${String(10_000_000 + sequence).slice(-8)}`;
}

/** A clock the test moves by hand. */
export class TestClock implements Clock {
  constructor(public current: Date) {}
  now(): Date {
    return new Date(this.current.getTime());
  }
  /** 10:00 in Shanghai on `date`. */
  setShanghaiDay(date: string): void {
    this.current = new Date(`${date}T10:00:00+08:00`);
  }
  advanceMinutes(minutes: number): void {
    this.current = new Date(this.current.getTime() + minutes * 60_000);
  }
}

export function testOptions(clock: Clock): EmployerRegistrationOptions {
  return { jwtPrivateKeyPem: testJwtKeys().privateKeyPem, clock };
}

export function registrationInput(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    name: '上海测试科技有限公司',
    creditCode: newCreditCode(),
    organisationType: 'ENTERPRISE',
    establishment: 'SHANGHAI_REGISTERED',
    district: 'XUHUI',
    address: '上海市徐汇区漕溪北路 1 号',
    legalRepresentative: '王五',
    socialInsuranceNo: 'SI-31010400001',
    hrSpecialists: [
      { name: '李四', residentId: newResidentId(), mobile: newMobile(), password: 'hrpass123' },
    ],
    ...overrides,
  };
}

export const staff = {
  officer: (district: District = 'XUHUI'): AuthUser => ({
    sub: randomUUID(),
    role: Role.CENTRE_OFFICER,
    district,
  }),
  supervisor: (district: District = 'XUHUI'): AuthUser => ({
    sub: randomUUID(),
    role: Role.CENTRE_SUPERVISOR,
    district,
  }),
  hrss: (): AuthUser => ({ sub: randomUUID(), role: Role.HRSS_ADMIN }),
  verifier: (): AuthUser => ({ sub: randomUUID(), role: Role.CITY_VERIFIER }),
  hr: (employerId: string): AuthUser => ({ sub: randomUUID(), role: Role.EMPLOYER_HR, employerId }),
  applicant: (applicantId: string = randomUUID()): AuthUser => ({
    sub: applicantId,
    role: Role.APPLICANT,
    applicantId,
  }),
};

export const REGISTER = `mutation($input: RegisterEmployerInput!) {
  registerEmployer(input: $input) { employerId status district hrUsernames } }`;

export const REVIEW = `mutation($input: ReviewRegistrationInput!) {
  reviewEmployerRegistration(input: $input) { id status version } }`;
