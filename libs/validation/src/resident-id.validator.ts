import { isRealDate, validateIsoDate } from './iso-date.validator';
import { fail, pass, type ValidationResult } from './validation-result';

/** 公民身份号码 (GB 11643-1999): the 18-character resident ID number. */
export type ResidentIdRule =
  'LENGTH' | 'FORMAT' | 'BIRTH_DATE_INVALID' | 'BIRTH_DATE_IN_FUTURE' | 'CHECK_CHARACTER';

export type Sex = 'MALE' | 'FEMALE';

export interface ResidentId {
  /** Upper-case form (a trailing `x` becomes `X`); the form to store and to compare. */
  readonly normalised: string;
  /** Characters 7–14 as YYYY-MM-DD. */
  readonly birthDate: string;
  /** From the sequence code's last digit (character 17): odd for men, even for women. */
  readonly sex: Sex;
  /** Characters 1–6: the administrative division where the number was first issued. */
  readonly regionCode: string;
}

// ISO 7064 MOD 11-2 as GB 11643 writes it out: weight i = 2^(17-i) mod 11.
const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2] as const;
const CHECK_CHARACTERS = '10X98765432';

/** The check character GB 11643 prescribes for the first 17 digits. */
export function residentIdCheckCharacter(first17Digits: string): string {
  if (!/^\d{17}$/.test(first17Digits)) throw new RangeError('expected exactly 17 digits');
  let sum = 0;
  WEIGHTS.forEach((weight, i) => {
    sum += Number(first17Digits[i]) * weight;
  });
  return CHECK_CHARACTERS.charAt(sum % 11);
}

/**
 * Validates a resident ID number. `today` ("YYYY-MM-DD", China calendar) enables the
 * not-born-in-the-future rule; it is a parameter because this lib never reads the clock.
 */
export function validateResidentId(
  input: string,
  today?: string,
): ValidationResult<ResidentId, ResidentIdRule> {
  if (today !== undefined && !validateIsoDate(today).ok) {
    // A bad `today` is a bug in the caller, not bad user input.
    throw new RangeError(`today must be a real date written YYYY-MM-DD, got ${JSON.stringify(today)}`);
  }
  // Copy-pasted numbers often carry surrounding spaces; nothing inside the number is forgiven.
  const normalised = input.trim().toUpperCase();
  if (normalised.length !== 18) return fail('LENGTH', 'must be 18 characters long');
  if (!/^\d{17}[\dX]$/.test(normalised)) {
    return fail('FORMAT', 'must be 17 digits followed by a digit or the letter X');
  }

  const year = Number(normalised.slice(6, 10));
  const month = Number(normalised.slice(10, 12));
  const day = Number(normalised.slice(12, 14));
  if (year < 1900 || year > 2099 || !isRealDate(year, month, day)) {
    return fail(
      'BIRTH_DATE_INVALID',
      'must contain a real birth date (characters 7 to 14, YYYYMMDD, in the 1900s or 2000s)',
    );
  }
  const birthDate = `${normalised.slice(6, 10)}-${normalised.slice(10, 12)}-${normalised.slice(12, 14)}`;
  // Same-width YYYY-MM-DD strings compare in calendar order.
  if (today !== undefined && birthDate > today) {
    return fail('BIRTH_DATE_IN_FUTURE', 'must not contain a birth date in the future');
  }

  // The expected character is deliberately not revealed: it would turn the check into an oracle
  // for making up numbers.
  if (residentIdCheckCharacter(normalised.slice(0, 17)) !== normalised.charAt(17)) {
    return fail('CHECK_CHARACTER', 'has a check character (the 18th) that does not match the other 17');
  }

  return pass({
    normalised,
    birthDate,
    sex: Number(normalised.charAt(16)) % 2 === 1 ? 'MALE' : 'FEMALE',
    regionCode: normalised.slice(0, 6),
  });
}
