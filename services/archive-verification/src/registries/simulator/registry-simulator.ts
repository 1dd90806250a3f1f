import type { DataSource } from 'typeorm';
import type { BlindIndex } from '@points/crypto';
import type { AwardLevel, EducationLevel, QualificationLevel } from '@points/scoring-engine';
import {
  RegistryUnavailableError,
  type ArchiveAnswer,
  type ArchiveMode,
  type CivilRecord,
  type CivilRecordKind,
  type EducationRecord,
  type QualificationRecord,
  type Registries,
  type RegistryKind,
  type ResidencePermitRecord,
  type SocialInsuranceMonth,
  type TaxMonth,
} from '../registry.types';

const S = 'archive_verification';
/** Blind-index domain of resident IDs in this service. */
export const RESIDENT_ID_INDEX_DOMAIN = 'resident-id';

export interface SimulatorBehaviour {
  /** Added to every answer, to see the system under a slow registry. */
  latencyMs: number;
  /** Share of calls (0–1) that fail as if the registry were down; retried like a real outage. */
  failureRate: number;
}

/**
 * The built-in registry simulator: every registry kind answered from this schema's
 * `registry_sim_*` tables, which development seeds and tests write (see registry-seeding).
 * Look-ups go by the blind index of the resident ID, never by the ID itself.
 */
export function createRegistrySimulator(
  dataSource: DataSource,
  blindIndex: BlindIndex,
  behaviour: SimulatorBehaviour,
  random: () => number = Math.random,
): Registries {
  const call = async <T>(registry: RegistryKind, work: () => Promise<T>): Promise<T> => {
    if (behaviour.latencyMs > 0) await new Promise((r) => setTimeout(r, behaviour.latencyMs));
    if (behaviour.failureRate > 0 && random() < behaviour.failureRate) {
      throw new RegistryUnavailableError(registry, 'simulated outage');
    }
    return work();
  };
  const indexOf = (residentId: string) => blindIndex.compute(residentId, RESIDENT_ID_INDEX_DOMAIN);

  return {
    education: {
      findDiplomas: (residentId) =>
        call('EDUCATION', async () => {
          const rows: Array<{
            level: string;
            school: string;
            major: string | null;
            graduation_date: string;
            full_time: boolean;
            certificate_no: string | null;
          }> = await dataSource.query(
            `SELECT level, school, major, to_char(graduation_date, 'YYYY-MM-DD') AS graduation_date,
                    full_time, certificate_no
               FROM ${S}.registry_sim_education WHERE resident_index = $1 ORDER BY graduation_date`,
            [indexOf(residentId)],
          );
          return rows.map((r): EducationRecord => ({
            level: r.level as EducationLevel,
            school: r.school,
            major: r.major,
            graduationDate: r.graduation_date,
            fullTime: r.full_time,
            certificateNo: r.certificate_no,
          }));
        }),
    },
    qualification: {
      findCertificates: (residentId) =>
        call('QUALIFICATION', async () => {
          const rows: Array<{
            level: string;
            certificate_no: string | null;
            issued_on: string;
            matches_position: boolean;
          }> = await dataSource.query(
            `SELECT level, certificate_no, to_char(issued_on, 'YYYY-MM-DD') AS issued_on, matches_position
               FROM ${S}.registry_sim_qualification WHERE resident_index = $1 ORDER BY issued_on`,
            [indexOf(residentId)],
          );
          return rows.map((r): QualificationRecord => ({
            level: r.level as QualificationLevel,
            certificateNo: r.certificate_no,
            issuedOn: r.issued_on,
            matchesPosition: r.matches_position,
          }));
        }),
    },
    socialInsurance: {
      findMonths: (residentId, from, to) =>
        call('SOCIAL_INSURANCE', async () => {
          const rows: Array<{ month: string; base: string; payer_credit_code: string; back_paid: boolean }> =
            await dataSource.query(
              `SELECT month, base, payer_credit_code, back_paid FROM ${S}.registry_sim_social_insurance_month
                WHERE resident_index = $1 AND month BETWEEN $2 AND $3 ORDER BY month, payer_credit_code`,
              [indexOf(residentId), from, to],
            );
          return rows.map((r): SocialInsuranceMonth => ({
            month: r.month,
            base: Number(r.base),
            payerCreditCode: r.payer_credit_code,
            backPaid: r.back_paid,
          }));
        }),
    },
    tax: {
      findMonths: (residentId, from, to) =>
        call('TAX', async () => {
          const rows: Array<{ month: string; tax_base: string; payer_credit_code: string }> =
            await dataSource.query(
              `SELECT month, tax_base, payer_credit_code FROM ${S}.registry_sim_tax_month
              WHERE resident_index = $1 AND month BETWEEN $2 AND $3 ORDER BY month, payer_credit_code`,
              [indexOf(residentId), from, to],
            );
          return rows.map((r): TaxMonth => ({
            month: r.month,
            taxBase: Number(r.tax_base),
            payerCreditCode: r.payer_credit_code,
          }));
        }),
    },
    civilRecords: {
      findRecords: (residentId, kinds) =>
        call('CIVIL_RECORDS', async () => {
          const rows: Array<{ kind: string; record_date: string; details: Record<string, unknown> }> =
            await dataSource.query(
              `SELECT kind, to_char(record_date, 'YYYY-MM-DD') AS record_date, details
                 FROM ${S}.registry_sim_civil_record WHERE resident_index = $1 AND kind = ANY($2::text[])
                ORDER BY record_date, kind`,
              [indexOf(residentId), [...kinds]],
            );
          return rows.map((r): CivilRecord => ({
            kind: r.kind as CivilRecordKind,
            date: r.record_date,
            details: r.details,
          }));
        }),
    },
    archiveHolder: {
      requestArchive: (residentId, holder, _mode: ArchiveMode) =>
        call('ARCHIVE_HOLDER', async (): Promise<ArchiveAnswer> => {
          const rows: Array<{ holder: string; answers_online: boolean }> = await dataSource.query(
            `SELECT holder, answers_online FROM ${S}.registry_sim_archive_holding WHERE resident_index = $1`,
            [indexOf(residentId)],
          );
          const holding = rows[0];
          // No holding on record: the request goes out by post and an officer records the answer.
          if (!holding) return { status: 'REQUESTED', reference: null };
          if (holding.holder !== holder) return { status: 'NOT_HELD', reference: null };
          return { status: holding.answers_online ? 'ANSWERED' : 'REQUESTED', reference: `SIM-${holder}` };
        }),
    },
    residencePermit: {
      findPermit: (residentId) =>
        call('RESIDENCE_PERMIT', async (): Promise<ResidencePermitRecord | null> => {
          const rows: Array<{
            number: string;
            issued_on: string;
            endorsed_on: string | null;
            valid_until: string;
            cancelled_on: string | null;
          }> = await dataSource.query(
            `SELECT number, to_char(issued_on, 'YYYY-MM-DD') AS issued_on,
                    to_char(endorsed_on, 'YYYY-MM-DD') AS endorsed_on,
                    to_char(valid_until, 'YYYY-MM-DD') AS valid_until,
                    to_char(cancelled_on, 'YYYY-MM-DD') AS cancelled_on
               FROM ${S}.registry_sim_residence_permit WHERE resident_index = $1`,
            [indexOf(residentId)],
          );
          const r = rows[0];
          if (!r) return null;
          return {
            number: r.number,
            issuedOn: r.issued_on,
            endorsedOn: r.endorsed_on,
            validUntil: r.valid_until,
            cancelledOn: r.cancelled_on,
          };
        }),
    },
  };
}

export type { AwardLevel };
