import { z } from 'zod';
import { AwardLevel, EducationLevel, QualificationLevel } from '@points/scoring-engine';
import { residentIdSchema } from '@points/validation';
import { CIVIL_RECORD_KINDS } from '../registry.types';

const yearMonth = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'must be YYYY-MM');
const isoDate = z.iso.date('must be a real date YYYY-MM-DD');
const creditCode = z.string().length(18, 'must be 18 characters');
const amount = z.number().nonnegative('must not be negative').max(10_000_000);

const inOrder = { message: 'to must not be before from', path: ['to'] };
const siRun = z
  .object({
    from: yearMonth,
    to: yearMonth,
    base: amount,
    payerCreditCode: creditCode,
    backPaid: z.boolean().default(false),
  })
  .refine((p) => p.from <= p.to, inOrder);
const taxRun = z
  .object({ from: yearMonth, to: yearMonth, taxBase: amount, payerCreditCode: creditCode })
  .refine((p) => p.from <= p.to, inOrder);

/** What one person's records in the simulated registries look like (tests, seeds, e2e). */
export const registrySeedSchema = z.object({
  residentId: residentIdSchema,
  education: z
    .array(
      z.object({
        level: z.enum(EducationLevel),
        school: z.string().min(1),
        major: z
          .string()
          .nullish()
          .transform((v) => v ?? null),
        graduationDate: isoDate,
        fullTime: z.boolean().default(true),
        certificateNo: z
          .string()
          .min(1)
          .nullish()
          .transform((v) => v ?? null),
      }),
    )
    .max(10)
    .default([]),
  qualifications: z
    .array(
      z.object({
        level: z.enum(QualificationLevel),
        certificateNo: z
          .string()
          .min(1)
          .nullish()
          .transform((v) => v ?? null),
        issuedOn: isoDate,
        matchesPosition: z.boolean().default(true),
      }),
    )
    .max(10)
    .default([]),
  /** Social-insurance months written as runs; each month of a run becomes a row. */
  socialInsurance: z.array(siRun).max(200).default([]),
  tax: z.array(taxRun).max(200).default([]),
  civilRecords: z
    .array(
      z.object({
        kind: z.enum(CIVIL_RECORD_KINDS),
        date: isoDate,
        /** HUKOU: spouse's hukou is Shanghai; CRIMINAL: serious; AWARD: level; INVESTMENT: figures. */
        spouseShanghaiHukou: z.boolean().optional(),
        serious: z.boolean().optional(),
        awardLevel: z.enum(AwardLevel).optional(),
        averageAnnualTaxCny: amount.optional(),
        averageAnnualLocalHires: amount.optional(),
        /** MARRIAGE: the spouse's name; CHILD: the child's name (date = birth date). */
        spouseName: z.string().min(1).optional(),
        childName: z.string().min(1).optional(),
        /** CHILD: enrolled full-time at a high school (学籍). */
        fullTimeHighSchool: z.boolean().optional(),
      }),
    )
    .max(50)
    .default([]),
  archiveHolding: z.object({ holder: z.string().min(1), answersOnline: z.boolean() }).nullish(),
  residencePermit: z
    .object({
      number: z.string().min(1).max(40),
      issuedOn: isoDate,
      endorsedOn: isoDate.nullish().transform((v) => v ?? null),
      validUntil: isoDate,
      cancelledOn: isoDate.nullish().transform((v) => v ?? null),
    })
    .refine((p) => p.issuedOn <= p.validUntil, {
      message: 'validUntil must not be before issuedOn',
      path: ['validUntil'],
    })
    .nullish(),
});

export type RegistrySeedInput = z.input<typeof registrySeedSchema>;
export type RegistrySeed = z.output<typeof registrySeedSchema>;
