import { isDistrict } from '@points/auth';
import { creditCodeSchema, mobileSchema, passwordSchema, residentIdSchemaFor } from '@points/validation';
import { z } from 'zod';
import { LicenceKind, OrganisationType } from '../employer-kinds.enum';

const text = (max: number) =>
  z.string().trim().min(1, 'must not be empty').max(max, `must be at most ${max} characters long`);

const detailsShape = {
  name: text(100),
  organisationType: z.enum(OrganisationType),
  licenceKind: z.enum(LicenceKind).nullish(),
  licenceNumber: z.string().trim().max(64, 'must be at most 64 characters long').nullish(),
  district: z.string().refine(isDistrict, {
    message: 'must be one of the 16 district codes (see `districts`)',
    params: { rule: 'DISTRICT' },
  }),
  address: text(200),
  legalRepresentative: text(50),
  socialInsuranceNo: z
    .string()
    .trim()
    .regex(/^[0-9A-Za-z-]{4,32}$/, 'must be 4–32 letters, digits or hyphens'),
};

type Details = {
  organisationType: OrganisationType;
  licenceKind?: LicenceKind | null;
  licenceNumber?: string | null;
};

/** HR service agencies must give a licence of one of the two kinds (domain.md §1.1). */
function requireAgencyLicence(details: Details, ctx: z.RefinementCtx): void {
  if (details.organisationType !== OrganisationType.HR_SERVICE_AGENCY) return;
  if (!details.licenceKind) {
    ctx.addIssue({
      code: 'custom',
      path: ['licenceKind'],
      message: 'is required for an HR service agency (HR service licence or labour dispatch licence)',
      params: { rule: 'LICENCE_REQUIRED' },
    });
  }
  if (!details.licenceNumber) {
    ctx.addIssue({
      code: 'custom',
      path: ['licenceNumber'],
      message: 'is required for an HR service agency',
      params: { rule: 'LICENCE_REQUIRED' },
    });
  }
}

/** Licence fields mean nothing for other organisation types: they are not stored. */
function dropLicenceUnlessAgency<T extends Details>(details: T): T {
  if (details.organisationType === OrganisationType.HR_SERVICE_AGENCY) return details;
  return { ...details, licenceKind: null, licenceNumber: null };
}

export const employerDetailsSchema = z
  .object(detailsShape)
  .superRefine(requireAgencyLicence)
  .transform(dropLicenceUnlessAgency);

export function registerEmployerSchema(today: string) {
  return z
    .object({
      ...detailsShape,
      creditCode: creditCodeSchema,
      hrSpecialists: z
        .array(
          z.object({
            name: text(50),
            residentId: residentIdSchemaFor(today),
            mobile: mobileSchema,
            password: passwordSchema,
          }),
        )
        .min(1, 'must name at least one HR specialist')
        .max(10, 'must name at most 10 HR specialists'),
    })
    .superRefine(requireAgencyLicence)
    .transform(dropLicenceUnlessAgency);
}
