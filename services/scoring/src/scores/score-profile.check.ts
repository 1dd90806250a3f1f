import { z } from 'zod';
import {
  contributionPeriodInputSchema,
  normaliseProfile,
  scoreProfileInputSchema,
  profileEvidenceSchema,
  validateProfile,
  type ScoreProfile,
  type ScoreProfileInput,
} from '@points/scoring-engine';
import {
  ScoreProfileException,
  ScoreProfileExceptionCode,
  type ProfileProblem,
} from './score-profile.exception';

const flag = z.boolean().nullish();
const amount = z.number().nullish();
const list = z.array(z.unknown()).nullish();
/** Any JSON value, and the key may be missing (zod 4 treats a bare z.unknown() key as required). */
const value = z.unknown().optional();

/** A field's JSON kind, seen through nullish and readonly. */
function kindOf(schema: z.ZodType): string {
  let def = schema.def as { type: string; innerType?: z.ZodType };
  while (def.innerType) def = def.innerType.def;
  return def.type;
}

/**
 * The engine's contract with its values loosened: the same keys (unknown ones refused), flags,
 * amounts and lists of the right JSON type, and anything else left to `validateProfile`.
 */
function loosely(shape: Record<string, z.ZodType>): Record<string, z.ZodType> {
  const loose = { boolean: flag, number: amount, array: list } as Record<string, z.ZodType>;
  return Object.fromEntries(
    Object.entries(shape).map(([key, field]) => [key, loose[kindOf(field)] ?? value]),
  );
}

/**
 * The structure of a profile that did not come through GraphQL (the verified profile inside an
 * event), derived from the engine's `scoreProfileInputSchema` so the two cannot drift apart: a
 * misspelt claim silently ignored would silently lower a decision. Values inside (dates, enums,
 * numbers' ranges) are the engine's `validateProfile`'s job, which names each field.
 */
const profileShape = z.strictObject({
  ...loosely(scoreProfileInputSchema.shape),
  socialInsurance: z.array(z.strictObject(loosely(contributionPeriodInputSchema.shape))).nullish(),
  // What each fact rests on, checked as the contract says.
  evidence: profileEvidenceSchema.nullish(),
});

function fieldOf(path: readonly PropertyKey[]): string {
  let field = 'profile';
  for (const segment of path) field += typeof segment === 'number' ? `[${segment}]` : `.${String(segment)}`;
  return field;
}

/** Structural problems of an untyped profile, each naming its field; empty when the shape is right. */
export function profileShapeErrors(raw: unknown): ProfileProblem[] {
  const parsed = profileShape.safeParse(raw);
  if (parsed.success) return [];
  return parsed.error.issues.map((issue) => {
    if (issue.code === 'unrecognized_keys') {
      const field = fieldOf([...issue.path, issue.keys[0] ?? '?']);
      return { field, rule: 'unknown-field', message: `${field} is not a field of the profile.` };
    }
    const field = fieldOf(issue.path);
    return { field, rule: 'json-type', message: `${field}: ${issue.message}.` };
  });
}

/**
 * Every check the contract names (real dates, to ≥ from, no overlap, base ≥ 0, birth date not after
 * the assessment, assessment date from 2000 and at most a year ahead of `today`), then the
 * contract's defaults. Throws BAD_USER_INPUT naming the field.
 */
export function checkProfile(input: ScoreProfileInput, today: string): ScoreProfile {
  const errors = validateProfile(input, { today });
  if (errors.length > 0) throw new ScoreProfileException(ScoreProfileExceptionCode.INVALID_PROFILE, errors);
  return normaliseProfile(input);
}
