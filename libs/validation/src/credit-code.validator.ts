import { fail, pass, type ValidationResult } from './validation-result';

/** 统一社会信用代码 (GB 32100-2015): the 18-character unified social credit code. */
export type CreditCodeRule = 'LENGTH' | 'FORBIDDEN_CHARACTER' | 'CHECK_CHARACTER';

export interface CreditCode {
  /** Upper-case form; the form to store and to compare. */
  readonly normalised: string;
  /** Character 1, 登记管理部门代码 (e.g. 9 = market regulation, 5 = civil affairs, 1 = staffing office). */
  readonly registrationAuthorityCode: string;
  /** Character 2, 机构类别代码 (meaning depends on the authority, e.g. 91 = enterprise). */
  readonly organisationKindCode: string;
  /** Characters 3–8, 登记管理机关行政区划码 (e.g. 310115 = Pudong New Area). */
  readonly divisionCode: string;
  /** Characters 9–17, 主体标识码 (the former organisation code, 组织机构代码). */
  readonly organisationCode: string;
}

// The 31 characters of GB 32100: digits and upper-case letters without I, O, S, V, Z, which are
// too easily confused with 1, 0, 5, U and 2.
const ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28] as const;

/** The check character GB 32100 prescribes for the first 17 characters. */
export function creditCodeCheckCharacter(first17: string): string {
  const chars = Array.from(first17);
  if (chars.length !== 17 || chars.some((c) => !ALPHABET.includes(c))) {
    throw new RangeError('expected exactly 17 characters from the GB 32100 alphabet');
  }
  let sum = 0;
  WEIGHTS.forEach((weight, i) => {
    sum += ALPHABET.indexOf(chars[i] ?? '') * weight;
  });
  return ALPHABET.charAt((31 - (sum % 31)) % 31);
}

export function validateCreditCode(input: string): ValidationResult<CreditCode, CreditCodeRule> {
  const normalised = input.trim().toUpperCase();
  // Code points, not UTF-16 units, so a stray emoji is reported as one character.
  const chars = Array.from(normalised);
  if (chars.length !== 18) return fail('LENGTH', 'must be 18 characters long');
  const forbidden = chars.find((c) => !ALPHABET.includes(c));
  if (forbidden !== undefined) {
    // Naming the character is safe here (credit codes are public) and tells the user what to fix.
    return fail('FORBIDDEN_CHARACTER', `contains '${forbidden}', which GB 32100 does not use`);
  }
  if (creditCodeCheckCharacter(normalised.slice(0, 17)) !== normalised.charAt(17)) {
    return fail('CHECK_CHARACTER', 'has a check character (the 18th) that does not match the other 17');
  }
  return pass({
    normalised,
    registrationAuthorityCode: normalised.charAt(0),
    organisationKindCode: normalised.charAt(1),
    divisionCode: normalised.slice(2, 8),
    organisationCode: normalised.slice(8, 17),
  });
}
