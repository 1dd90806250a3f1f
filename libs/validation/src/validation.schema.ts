import { z } from 'zod';
import { validateCreditCode } from './credit-code.validator';
import { validateIsoDate } from './iso-date.validator';
import { validateMobile } from './mobile.validator';
import { validatePassword } from './password.validator';
import { validateResidentId } from './resident-id.validator';
import type { ValidationResult } from './validation-result';

/**
 * Wraps a validator as a zod string schema. A failure becomes one custom issue whose message is
 * the validator's and whose `params.rule` is its rule code, so an exception filter can build
 * `BAD_USER_INPUT` with the field (the issue path) and the rule without re-validating.
 */
function schemaFrom<T>(
  validate: (input: string) => ValidationResult<T>,
  output: (value: T) => string,
): z.ZodPipe<z.ZodString, z.ZodTransform<string, string>> {
  return z.string().transform((input, ctx) => {
    const result = validate(input);
    if (result.ok) return output(result.value);
    ctx.addIssue({ code: 'custom', message: result.message, params: { rule: result.rule }, input });
    return z.NEVER;
  });
}

/**
 * A resident ID number, output in its normalised form. Without a `today` it cannot reject future
 * birth dates (this lib never reads the clock): prefer `residentIdSchemaFor(today)` at the edge.
 */
export const residentIdSchema = schemaFrom(validateResidentId, (id) => id.normalised);

/** A resident ID number that also rejects birth dates after `today` ("YYYY-MM-DD", China calendar). */
export function residentIdSchemaFor(today: string): z.ZodPipe<z.ZodString, z.ZodTransform<string, string>> {
  // Fail at construction, not on the first request, when `today` itself is wrong.
  validateResidentId('', today);
  return schemaFrom(
    (input) => validateResidentId(input, today),
    (id) => id.normalised,
  );
}

/** A unified social credit code, output in upper case. */
export const creditCodeSchema = schemaFrom(validateCreditCode, (code) => code.normalised);

/** A mainland mobile number, output as the bare 11 digits. */
export const mobileSchema = schemaFrom(validateMobile, (mobile) => mobile);

/** A password, output unchanged. */
export const passwordSchema = schemaFrom(validatePassword, (password) => password);

/** A calendar date "YYYY-MM-DD" that exists. */
export const isoDateSchema = schemaFrom(validateIsoDate, (date) => date);
