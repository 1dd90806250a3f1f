import type { DataSource, EntityManager } from 'typeorm';
import type { BlindIndex, PiiCipher } from '@points/crypto';
import { formatMonthIndex, parseYearMonth } from '@points/scoring-engine';
import type { RegistrySeed } from './registry-seed.schema';
import { RESIDENT_ID_INDEX_DOMAIN } from './registry-simulator';

const S = 'archive_verification';
export const SIMULATOR_RESIDENT_ID_AAD = 'archive_verification.registry_sim_person.resident_id';

function monthsOf(from: string, to: string): string[] {
  const first = parseYearMonth(from) ?? 0;
  const last = parseYearMonth(to) ?? -1;
  const months: string[] = [];
  for (let m = first; m <= last; m++) months.push(formatMonthIndex(m));
  return months;
}

function civilDetails(record: RegistrySeed['civilRecords'][number]): Record<string, unknown> {
  switch (record.kind) {
    case 'HUKOU':
      return { holder: 'SPOUSE', shanghai: record.spouseShanghaiHukou ?? true };
    case 'CRIMINAL':
      return { serious: record.serious ?? false };
    case 'AWARD':
      return { level: record.awardLevel ?? null };
    case 'INVESTMENT':
      return {
        averageAnnualTaxCny: record.averageAnnualTaxCny ?? 0,
        averageAnnualLocalHires: record.averageAnnualLocalHires ?? 0,
      };
    case 'MARRIAGE':
      return record.spouseName ? { spouseName: record.spouseName } : {};
    case 'CHILD':
      return { name: record.childName ?? null, fullTimeHighSchool: record.fullTimeHighSchool ?? false };
    case 'DETENTION':
    case 'FAMILY_PLANNING':
    case 'FALSE_MATERIAL':
      return {};
  }
}

/**
 * Writes people's records into the simulated registries, many people per statement (seeds and
 * the benchmark write thousands). Months are upserted; other records are added.
 */
export async function seedRegistryRecords(
  dataSource: DataSource,
  cipher: PiiCipher,
  blindIndex: BlindIndex,
  seeds: readonly RegistrySeed[],
): Promise<number> {
  const chunk = 500;
  for (let start = 0; start < seeds.length; start += chunk) {
    const part = seeds.slice(start, start + chunk);
    const run = async (m: EntityManager): Promise<void> => {
      const persons = part.map((s) => ({
        index: blindIndex.compute(s.residentId, RESIDENT_ID_INDEX_DOMAIN),
        enc: cipher.encrypt(s.residentId, SIMULATOR_RESIDENT_ID_AAD),
        seed: s,
      }));
      await m.query(
        `INSERT INTO ${S}.registry_sim_person (resident_index, resident_id_enc)
         SELECT * FROM unnest($1::text[], $2::text[]) ON CONFLICT (resident_index) DO NOTHING`,
        [persons.map((p) => p.index), persons.map((p) => p.enc)],
      );
      const education = persons.flatMap((p) => p.seed.education.map((e) => ({ index: p.index, ...e })));
      if (education.length > 0) {
        await m.query(
          `INSERT INTO ${S}.registry_sim_education
             (resident_index, level, school, major, graduation_date, full_time, certificate_no)
           SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::date[], $6::boolean[], $7::text[])`,
          [
            education.map((e) => e.index),
            education.map((e) => e.level),
            education.map((e) => e.school),
            education.map((e) => e.major),
            education.map((e) => e.graduationDate),
            education.map((e) => e.fullTime),
            education.map((e) => e.certificateNo),
          ],
        );
      }
      const qualifications = persons.flatMap((p) =>
        p.seed.qualifications.map((q) => ({ index: p.index, ...q })),
      );
      if (qualifications.length > 0) {
        await m.query(
          `INSERT INTO ${S}.registry_sim_qualification (resident_index, level, certificate_no, issued_on, matches_position)
           SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::date[], $5::boolean[])`,
          [
            qualifications.map((q) => q.index),
            qualifications.map((q) => q.level),
            qualifications.map((q) => q.certificateNo),
            qualifications.map((q) => q.issuedOn),
            qualifications.map((q) => q.matchesPosition),
          ],
        );
      }
      const si = persons.flatMap((p) =>
        p.seed.socialInsurance.flatMap((run) =>
          monthsOf(run.from, run.to).map((month) => ({ index: p.index, month, ...run })),
        ),
      );
      if (si.length > 0) {
        await m.query(
          `INSERT INTO ${S}.registry_sim_social_insurance_month (resident_index, month, base, payer_credit_code, back_paid)
           SELECT * FROM unnest($1::text[], $2::text[], $3::numeric[], $4::text[], $5::boolean[])
           ON CONFLICT (resident_index, month, payer_credit_code)
           DO UPDATE SET base = EXCLUDED.base, back_paid = EXCLUDED.back_paid`,
          [
            si.map((r) => r.index),
            si.map((r) => r.month),
            si.map((r) => r.base),
            si.map((r) => r.payerCreditCode),
            si.map((r) => r.backPaid),
          ],
        );
      }
      const tax = persons.flatMap((p) =>
        p.seed.tax.flatMap((run) =>
          monthsOf(run.from, run.to).map((month) => ({ index: p.index, month, ...run })),
        ),
      );
      if (tax.length > 0) {
        await m.query(
          `INSERT INTO ${S}.registry_sim_tax_month (resident_index, month, tax_base, payer_credit_code)
           SELECT * FROM unnest($1::text[], $2::text[], $3::numeric[], $4::text[])
           ON CONFLICT (resident_index, month, payer_credit_code) DO UPDATE SET tax_base = EXCLUDED.tax_base`,
          [
            tax.map((r) => r.index),
            tax.map((r) => r.month),
            tax.map((r) => r.taxBase),
            tax.map((r) => r.payerCreditCode),
          ],
        );
      }
      const civil = persons.flatMap((p) => p.seed.civilRecords.map((r) => ({ index: p.index, record: r })));
      if (civil.length > 0) {
        await m.query(
          `INSERT INTO ${S}.registry_sim_civil_record (resident_index, kind, record_date, details)
           SELECT * FROM unnest($1::text[], $2::text[], $3::date[], $4::jsonb[])`,
          [
            civil.map((c) => c.index),
            civil.map((c) => c.record.kind),
            civil.map((c) => c.record.date),
            civil.map((c) => JSON.stringify(civilDetails(c.record))),
          ],
        );
      }
      const holdings = persons.filter((p) => p.seed.archiveHolding);
      if (holdings.length > 0) {
        await m.query(
          `INSERT INTO ${S}.registry_sim_archive_holding (resident_index, holder, answers_online)
           SELECT * FROM unnest($1::text[], $2::text[], $3::boolean[])
           ON CONFLICT (resident_index) DO UPDATE SET holder = EXCLUDED.holder, answers_online = EXCLUDED.answers_online`,
          [
            holdings.map((p) => p.index),
            holdings.map((p) => p.seed.archiveHolding?.holder),
            holdings.map((p) => p.seed.archiveHolding?.answersOnline),
          ],
        );
      }
      const permits = persons.flatMap((p) =>
        p.seed.residencePermit ? [{ index: p.index, ...p.seed.residencePermit }] : [],
      );
      if (permits.length > 0) {
        await m.query(
          `INSERT INTO ${S}.registry_sim_residence_permit
             (resident_index, number, issued_on, endorsed_on, valid_until, cancelled_on)
           SELECT * FROM unnest($1::text[], $2::text[], $3::date[], $4::date[], $5::date[], $6::date[])
           ON CONFLICT (resident_index) DO UPDATE SET number = EXCLUDED.number, issued_on = EXCLUDED.issued_on,
             endorsed_on = EXCLUDED.endorsed_on, valid_until = EXCLUDED.valid_until, cancelled_on = EXCLUDED.cancelled_on`,
          [
            permits.map((p) => p.index),
            permits.map((p) => p.number),
            permits.map((p) => p.issuedOn),
            permits.map((p) => p.endorsedOn),
            permits.map((p) => p.validUntil),
            permits.map((p) => p.cancelledOn),
          ],
        );
      }
    };
    await dataSource.transaction(run);
  }
  return seeds.length;
}
