import { assertDistrictAccess, DISTRICT_CODES, type AuthUser } from '@points/auth';
import { InvalidInputException } from '@points/errors';
import type { z } from 'zod';

/** Plain-words field labels for messages: "Mobile must be 11 digits". */
function labelOf(field: string): string {
  const last =
    field
      .replace(/\[\d+\]/g, '')
      .split('.')
      .pop() ?? field;
  const words = last.replace(/([A-Z])/g, ' $1').toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

function pathOf(path: readonly PropertyKey[], prefix: string): string {
  let out = prefix;
  for (const part of path) {
    out += typeof part === 'number' ? `[${part}]` : `${out ? '.' : ''}${String(part)}`;
  }
  return out;
}

/**
 * Validates an input with zod; the first problem becomes BAD_USER_INPUT naming the field (its
 * path, e.g. `input.hrSpecialists[1].mobile`) and the rule (the validator's rule code, or zod's).
 * Nothing is written before this passes, so bad input never leaves anything half-done.
 */
export function parseInput<S extends z.ZodType>(schema: S, input: unknown, prefix = 'input'): z.infer<S> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  if (!issue) throw new InvalidInputException(prefix, 'INVALID', 'The input is not valid');
  const field = pathOf(issue.path, prefix);
  const params = (issue as { params?: { rule?: unknown } }).params;
  const rule = typeof params?.rule === 'string' ? params.rule : issue.code.toUpperCase();
  throw new InvalidInputException(field, rule, `${labelOf(field)} ${issue.message}`);
}

/** A field-level refusal raised after parsing (a rule that needs the clock or the database). */
export function invalidInput(field: string, rule: string, message: string): InvalidInputException {
  return new InvalidInputException(field, rule, message);
}

/**
 * A list's `district` argument: a district code, or nothing. HRSS picks any district; centre staff
 * always see their own, so naming another is refused (FORBIDDEN), never silently widened.
 */
export function districtFilterOf(user: AuthUser, district?: string | null): string | null {
  if (!district) return null;
  if (!(DISTRICT_CODES as readonly string[]).includes(district))
    throw invalidInput('district', 'district-code', 'district must be a district code such as XUHUI');
  assertDistrictAccess(user, district);
  return district;
}
