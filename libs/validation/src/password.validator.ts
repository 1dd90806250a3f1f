import { fail, pass, type ValidationResult } from './validation-result';

export type PasswordRule = 'TOO_SHORT' | 'TOO_LONG' | 'NEEDS_LETTER_AND_DIGIT';

export const PASSWORD_MIN_LENGTH = 6;
export const PASSWORD_MAX_LENGTH = 18;

/**
 * The account password rule: 6–18 characters mixing letters (A–Z, a–z) and digits. The value is
 * returned untouched: a password is never trimmed or case-folded.
 */
export function validatePassword(input: string): ValidationResult<string, PasswordRule> {
  // Code points, so a character outside the BMP counts once, as the user sees it.
  const length = Array.from(input).length;
  if (length < PASSWORD_MIN_LENGTH) {
    return fail('TOO_SHORT', `must be at least ${PASSWORD_MIN_LENGTH} characters long`);
  }
  if (length > PASSWORD_MAX_LENGTH) {
    return fail('TOO_LONG', `must be at most ${PASSWORD_MAX_LENGTH} characters long`);
  }
  if (!/[A-Za-z]/.test(input) || !/\d/.test(input)) {
    return fail('NEEDS_LETTER_AND_DIGIT', 'must contain at least one letter (A–Z or a–z) and one digit');
  }
  return pass(input);
}
