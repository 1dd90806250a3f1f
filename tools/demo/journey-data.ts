// The people and employers of a journey: valid identifiers (GB 32100 / GB 11643 check
// characters), different on every run so the demo can run again and again on one database, and
// dates counted from today so the windows of the rules (permit delay, renewal window, "the last
// N years" of social insurance) hold on whatever day it runs.
import { randomInt } from 'node:crypto';
import { addCalendarDays, toShanghaiDate } from '@points/calendar';
import { creditCodeCheckCharacter, residentIdCheckCharacter } from '@points/validation';

const CREDIT_CODE_ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';

/** Today in Shanghai, the day the services count in. */
export function shanghaiToday(): string {
  return toShanghaiDate(new Date());
}

/** An enterprise code registered in 徐汇区 (310104) with a random organisation code. */
export function newCreditCode(): string {
  let organisation = '';
  for (let i = 0; i < 9; i++)
    organisation += CREDIT_CODE_ALPHABET.charAt(randomInt(CREDIT_CODE_ALPHABET.length));
  const first17 = `91310104${organisation}`;
  return first17 + creditCodeCheckCharacter(first17);
}

/** A Shanghai (徐汇) resident ID born on a random day of `year`; sex digit odd = male. */
export function newResidentId(year = 1990, male = true): string {
  const birth = addCalendarDays(`${year}-01-01`, randomInt(365));
  const sequence = String(randomInt(100) * 10 + (male ? 1 : 2) + randomInt(4) * 2)
    .padStart(3, '0')
    .slice(-3);
  const first17 = `310104${birth.replace(/-/g, '')}${sequence}`;
  return first17 + residentIdCheckCharacter(first17);
}

/**
 * The `n`-th of a series of distinct resident ID numbers (a day of birth from 1975 on, then the
 * sequence number): for waves of thousands of people, where random ones collide (the birthday
 * paradox: about one in a wave of 2,000).
 */
export function residentIdNumbered(n: number, male = true): string {
  const DAYS = 7_300; // twenty years of birthdays
  const birth = addCalendarDays('1975-01-01', n % DAYS);
  const sequence = String(((Math.floor(n / DAYS) % 500) * 2 + (male ? 1 : 0)) % 1000).padStart(3, '0');
  const first17 = `310104${birth.replace(/-/g, '')}${sequence}`;
  return first17 + residentIdCheckCharacter(first17);
}

/** A mainland mobile number 139xxxxxxxx. */
export function newMobile(): string {
  return `139${String(randomInt(100_000_000)).padStart(8, '0')}`;
}

/** "YYYY-MM" plus n months (n may be negative). */
export function addMonths(yearMonth: string, n: number): string {
  const index = Number(yearMonth.slice(0, 4)) * 12 + Number(yearMonth.slice(5, 7)) - 1 + n;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
}

/** The same day a year on, less one (a residence permit's one-year validity). */
export function oneYearOn(date: string): string {
  const next = `${Number(date.slice(0, 4)) + 1}${date.slice(4)}`;
  // 29 February has no twin next year: 28 February - 1 day + 1 keeps the arithmetic honest.
  return addCalendarDays(next.endsWith('-02-29') ? `${next.slice(0, 8)}28` : next, -1);
}

export interface Person {
  name: string;
  residentId: string;
  mobile: string;
  password: string;
}

export function newPerson(name: string, birthYear = 1990): Person {
  return {
    name,
    residentId: newResidentId(birthYear),
    mobile: newMobile(),
    password: `Pass${randomInt(1000, 9999)}w`,
  };
}

export interface SocialInsuranceRun {
  from: string;
  to: string;
  base: number;
}

/** `months` months of contributions at `base`, ending with the month before this one. */
export function contributionsUntilLastMonth(today: string, months: number, base: number): SocialInsuranceRun {
  const lastMonth = addMonths(today.slice(0, 7), -1);
  return { from: addMonths(lastMonth, -(months - 1)), to: lastMonth, base };
}

export const XUHUI_ARCHIVE_HOLDER = '徐汇区人才服务中心';
