import { isDistrict, Role } from '@points/auth';
import { isoDateSchema, mobileSchema, passwordSchema, residentIdSchemaFor } from '@points/validation';
import { z } from 'zod';

const personName = z
  .string()
  .trim()
  .min(1, 'must not be empty')
  .max(50, 'must be at most 50 characters long');

export function applicantAccountSchema(today: string) {
  return z.object({
    residentId: residentIdSchemaFor(today),
    name: personName,
    mobile: mobileSchema,
    password: passwordSchema,
    permitDate: isoDateSchema,
  });
}

export function hrAccountSchema(today: string) {
  return z.object({
    residentId: residentIdSchemaFor(today),
    name: personName,
    mobile: mobileSchema,
    password: passwordSchema,
  });
}

export const STAFF_ROLES: readonly Role[] = [
  Role.CENTRE_OFFICER,
  Role.CENTRE_SUPERVISOR,
  Role.CITY_VERIFIER,
  Role.HRSS_ADMIN,
];

const CENTRE_ROLES: readonly Role[] = [Role.CENTRE_OFFICER, Role.CENTRE_SUPERVISOR];

export const staffAccountSchema = z
  .object({
    // Starts with a letter, so a staff login name can never look like a resident ID number.
    username: z
      .string()
      .trim()
      .toLowerCase()
      .regex(/^[a-z][a-z0-9._-]{2,31}$/, 'must be 3–32 of a–z, 0–9, . _ - and start with a letter'),
    name: personName,
    role: z.enum(Role).refine((role) => STAFF_ROLES.includes(role), {
      message: 'must be a staff role: CENTRE_OFFICER, CENTRE_SUPERVISOR, CITY_VERIFIER or HRSS_ADMIN',
      params: { rule: 'STAFF_ROLE' },
    }),
    district: z.string().nullish(),
    mobile: mobileSchema.nullish(),
    password: passwordSchema,
  })
  .superRefine((input, ctx) => {
    const centre = CENTRE_ROLES.includes(input.role);
    if (centre && !isDistrict(input.district)) {
      ctx.addIssue({
        code: 'custom',
        path: ['district'],
        message: 'must be one of the 16 district codes for centre staff',
        params: { rule: 'DISTRICT' },
      });
    }
    if (!centre && input.district) {
      ctx.addIssue({
        code: 'custom',
        path: ['district'],
        message: 'must be empty: only centre staff belong to a district',
        params: { rule: 'NO_DISTRICT' },
      });
    }
  });
