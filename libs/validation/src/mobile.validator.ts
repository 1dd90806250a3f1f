import { fail, pass, type ValidationResult } from './validation-result';

/** A mainland China mobile number (11 digits, 13x–19x). */
export type MobileRule = 'FORMAT' | 'LENGTH' | 'PREFIX';

/**
 * Accepts what people type ("+86 138-1234-5678", "8613812345678") and returns the bare 11 digits,
 * which is the form to store, index and send SMS to.
 */
export function validateMobile(input: string): ValidationResult<string, MobileRule> {
  let digits = input.replace(/[\s-]/g, '');
  if (digits.startsWith('+86')) digits = digits.slice(3);
  // "86" without "+" only when 11 digits follow: a bare 11-digit number never starts with 86.
  else if (digits.length === 13 && digits.startsWith('86')) digits = digits.slice(2);

  if (!/^\d*$/.test(digits)) {
    return fail('FORMAT', 'must contain only digits (spaces, hyphens and a +86 prefix are allowed)');
  }
  if (digits.length !== 11) return fail('LENGTH', 'must be 11 digits');
  if (!/^1[3-9]/.test(digits)) return fail('PREFIX', 'must start with 13 to 19');
  return pass(digits);
}
