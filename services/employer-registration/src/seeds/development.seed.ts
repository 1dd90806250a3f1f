import { hash, type Algorithm } from '@node-rs/argon2';
import { DISTRICT_CODES, DISTRICTS, type District } from '@points/auth';
import { loadServiceConfig } from '@points/config';
import { BlindIndex, PiiCipher, resolvePiiKeyMaterial } from '@points/crypto';
import { enqueueEvent } from '@points/db';
import { createEvent, PII_EVENT_AAD } from '@points/events';
import { creditCodeCheckCharacter, residentIdCheckCharacter } from '@points/validation';
import type { DataSource } from 'typeorm';
import { BLIND_INDEX_DOMAIN, PII_COLUMN } from '../common/pii-columns.constant';

/**
 * Demo data for `npm start` only (never in production): an approved employer in 徐汇区 with its
 * HR and an applicant, staff of 徐汇 and 浦东, and an approved employer with an HR login in every
 * other district (the office seed's applications are filed under them).
 */
export const DEMO_EMPLOYER_ID = '6f1f6c1e-0000-4000-8000-000000000001';
/** The application service's seed files its draft for this applicant id (= the account id). */
export const DEMO_APPLICANT_ID = '6f1f6c1e-0000-4000-8000-000000000101';
/** GB 32100-valid (the check character of 91310104MA1FL0001 is Q). */
const DEMO_CREDIT_CODE = '91310104MA1FL0001Q';
/** The code earlier seeds wrote, whose check character is wrong: corrected in place. */
const OLD_DEMO_CREDIT_CODE = '91310104MA1FL0001X';
const DEMO_PASSWORD = 'Demo2026';

/** An approved employer of the seed, with one HR login (`<credit code>-1`). */
interface DemoEmployer {
  id: string;
  name: string;
  creditCode: string;
  district: District;
  address: string;
  socialInsuranceNo: string;
  hr: { id: string; name: string; residentId: string; mobile: string };
}

const shortName = (district: District): string => DISTRICTS[district].replace(/新?区$/, '');

/**
 * The employer the office seed (services/application/src/seeds/development-office.seed.ts, the
 * same formula) files a district's applications under: 徐汇's is the demo employer, every other
 * district's one of its own, so each district's queue names a real, approved employer (and
 * HRSS's queue over all districts resolves every one).
 */
export function officeEmployerId(district: District): string {
  if (district === 'XUHUI') return DEMO_EMPLOYER_ID;
  return `6f1f6c1e-0000-4000-8000-0000000010${String(DISTRICT_CODES.indexOf(district) + 1).padStart(2, '0')}`;
}

/** One approved employer per district besides 徐汇's, each with an HR login. */
export const OFFICE_EMPLOYERS: readonly DemoEmployer[] = DISTRICT_CODES.filter((d) => d !== 'XUHUI').map(
  (district) => {
    const n = String(DISTRICT_CODES.indexOf(district) + 1).padStart(2, '0');
    const first17 = `91310000MA1FL10${n}`;
    const residentFirst17 = `310115198805121${n}`;
    return {
      id: officeEmployerId(district),
      name: `上海${shortName(district)}示例科技有限公司`,
      creditCode: first17 + creditCodeCheckCharacter(first17),
      district,
      address: `上海市${DISTRICTS[district]}示例路 ${n} 号`,
      socialInsuranceNo: `SI-3101-00${n}`,
      hr: {
        id: `6f1f6c1e-0000-4000-8000-0000000014${n}`,
        name: `${shortName(district)}人事`,
        residentId: residentFirst17 + residentIdCheckCharacter(residentFirst17),
        mobile: `138000014${n}`,
      },
    };
  },
);

interface DemoAccount {
  id: string;
  role: 'HRSS_ADMIN' | 'CENTRE_OFFICER' | 'CENTRE_SUPERVISOR' | 'CITY_VERIFIER' | 'EMPLOYER_HR' | 'APPLICANT';
  /** Staff and HR log in with it; the applicant with their resident ID number. */
  username: string | null;
  name: string;
  residentId: string | null;
  mobile: string | null;
  district: string | null;
  employerId: string | null;
}

const DEMO_ACCOUNTS: DemoAccount[] = [
  {
    id: '6f1f6c1e-0000-4000-8000-000000000301',
    role: 'HRSS_ADMIN',
    username: 'hrss.admin',
    name: '市人社局演示管理员',
    residentId: null,
    mobile: null,
    district: null,
    employerId: null,
  },
  {
    id: '6f1f6c1e-0000-4000-8000-000000000302',
    role: 'CENTRE_OFFICER',
    username: 'officer.xuhui',
    name: '徐汇受理员',
    residentId: null,
    mobile: null,
    district: 'XUHUI',
    employerId: null,
  },
  {
    id: '6f1f6c1e-0000-4000-8000-000000000303',
    role: 'CENTRE_SUPERVISOR',
    username: 'supervisor.xuhui',
    name: '徐汇复核员',
    residentId: null,
    mobile: null,
    district: 'XUHUI',
    employerId: null,
  },
  // A second district's centre, to see the district scoping from both sides.
  {
    id: '6f1f6c1e-0000-4000-8000-000000000306',
    role: 'CENTRE_OFFICER',
    username: 'officer.pudong',
    name: '浦东受理员',
    residentId: null,
    mobile: null,
    district: 'PUDONG',
    employerId: null,
  },
  {
    id: '6f1f6c1e-0000-4000-8000-000000000307',
    role: 'CENTRE_SUPERVISOR',
    username: 'supervisor.pudong',
    name: '浦东复核员',
    residentId: null,
    mobile: null,
    district: 'PUDONG',
    employerId: null,
  },
  {
    id: '6f1f6c1e-0000-4000-8000-000000000304',
    role: 'CITY_VERIFIER',
    username: 'verifier.city',
    name: '市中心学历核验员',
    residentId: null,
    mobile: null,
    district: null,
    employerId: null,
  },
  {
    id: '6f1f6c1e-0000-4000-8000-000000000305',
    role: 'EMPLOYER_HR',
    username: `${DEMO_CREDIT_CODE}-1`,
    name: '李人事',
    residentId: '310104198805120035',
    mobile: '13800000001',
    district: null,
    employerId: DEMO_EMPLOYER_ID,
  },
  {
    id: DEMO_APPLICANT_ID,
    role: 'APPLICANT',
    username: null,
    name: '张三',
    residentId: '310101199001011234',
    mobile: '13800000002',
    district: null,
    employerId: DEMO_EMPLOYER_ID,
  },
  ...OFFICE_EMPLOYERS.map((e): DemoAccount => ({
    id: e.hr.id,
    role: 'EMPLOYER_HR',
    username: `${e.creditCode}-1`,
    name: e.hr.name,
    residentId: e.hr.residentId,
    mobile: e.hr.mobile,
    district: null,
    employerId: e.id,
  })),
];

const PUDONG_EMPLOYER = OFFICE_EMPLOYERS.find((e) => e.district === 'PUDONG')!;

/** The demo logins, for the README and the end of `npm start` (development only). */
export const DEMO_LOGINS: ReadonlyArray<{ role: string; username: string; password: string; scope: string }> =
  [
    { role: 'HRSS_ADMIN', username: 'hrss.admin', password: DEMO_PASSWORD, scope: 'everything' },
    { role: 'CENTRE_OFFICER', username: 'officer.xuhui', password: DEMO_PASSWORD, scope: '徐汇区 (XUHUI)' },
    {
      role: 'CENTRE_SUPERVISOR',
      username: 'supervisor.xuhui',
      password: DEMO_PASSWORD,
      scope: '徐汇区 (XUHUI)',
    },
    {
      role: 'CENTRE_OFFICER',
      username: 'officer.pudong',
      password: DEMO_PASSWORD,
      scope: '浦东新区 (PUDONG)',
    },
    {
      role: 'CENTRE_SUPERVISOR',
      username: 'supervisor.pudong',
      password: DEMO_PASSWORD,
      scope: '浦东新区 (PUDONG)',
    },
    {
      role: 'CITY_VERIFIER',
      username: 'verifier.city',
      password: DEMO_PASSWORD,
      scope: 'verification tasks',
    },
    {
      role: 'EMPLOYER_HR',
      username: `${DEMO_CREDIT_CODE}-1`,
      password: DEMO_PASSWORD,
      scope: '上海示例科技有限公司',
    },
    {
      role: 'EMPLOYER_HR',
      username: `${PUDONG_EMPLOYER.creditCode}-1`,
      password: DEMO_PASSWORD,
      scope: PUDONG_EMPLOYER.name,
    },
    {
      role: 'APPLICANT',
      username: '310101199001011234',
      password: DEMO_PASSWORD,
      scope: '张三, applicant of 上海示例科技有限公司',
    },
  ];

/** DEMO_LOGINS as a Markdown table, ready for the README. */
export const DEMO_LOGINS_TABLE = [
  '| role | username | password | scope |',
  '| --- | --- | --- | --- |',
  ...DEMO_LOGINS.map((l) => `| ${l.role} | \`${l.username}\` | \`${l.password}\` | ${l.scope} |`),
].join('\n');

const SCHEMA = 'employer_registration';
const ARGON2ID = 2 as Algorithm;

/**
 * Idempotent: rows that exist are left alone, and events are written (to the outbox, relayed when
 * the service runs) only for what this run inserted, so the application and notification
 * services learn of the demo employer, HR contact and applicant.
 */
export async function seedDevelopmentData(dataSource: DataSource): Promise<void> {
  // The same PII keys the running service uses (environment, else the shared development keys).
  const config = loadServiceConfig('employer-registration');
  const keys = resolvePiiKeyMaterial({
    env: config.pii,
    dataDir: config.dataDir,
    allowDevKeys: config.nodeEnv !== 'production',
  });
  const cipher = new PiiCipher(keys.keyring);
  const blindIndex = new BlindIndex(keys.blindIndexKey);
  const passwordHash = await hash(DEMO_PASSWORD, {
    algorithm: ARGON2ID,
    memoryCost: 19_456,
    timeCost: 2,
    parallelism: 1,
  });

  await dataSource.transaction(async (manager) => {
    await manager.query(`UPDATE ${SCHEMA}.employer SET credit_code = $2 WHERE id = $1 AND credit_code = $3`, [
      DEMO_EMPLOYER_ID,
      DEMO_CREDIT_CODE,
      OLD_DEMO_CREDIT_CODE,
    ]);
    const employerInserted: unknown[] = await manager.query(
      `INSERT INTO ${SCHEMA}.employer (id, name, credit_code, district, status, version, organisation_type, establishment,
         address, legal_representative, social_insurance_no)
       VALUES ($1, '上海示例科技有限公司', $2, 'XUHUI', 'APPROVED', 1, 'ENTERPRISE', 'SHANGHAI_REGISTERED',
         '上海市徐汇区漕溪北路 88 号', '王示例', 'SI-310104-0001')
       ON CONFLICT (id) DO NOTHING RETURNING id`,
      [DEMO_EMPLOYER_ID, DEMO_CREDIT_CODE],
    );
    // Rows from the foundation seed have no details yet.
    await manager.query(
      `UPDATE ${SCHEMA}.employer SET organisation_type = 'ENTERPRISE', establishment = 'SHANGHAI_REGISTERED',
         address = '上海市徐汇区漕溪北路 88 号', legal_representative = '王示例', social_insurance_no = 'SI-310104-0001'
       WHERE id = $1 AND organisation_type IS NULL`,
      [DEMO_EMPLOYER_ID],
    );
    if (employerInserted.length > 0) {
      await enqueueEvent(
        manager,
        SCHEMA,
        createEvent('employer.status-changed', {
          subject: `employer:${DEMO_EMPLOYER_ID}`,
          data: {
            employerId: DEMO_EMPLOYER_ID,
            name: '上海示例科技有限公司',
            creditCode: DEMO_CREDIT_CODE,
            district: 'XUHUI',
            status: 'APPROVED',
            suspendedUntil: null,
            establishment: 'SHANGHAI_REGISTERED',
          },
        }),
      );
    }

    for (const e of OFFICE_EMPLOYERS) {
      const inserted: unknown[] = await manager.query(
        `INSERT INTO ${SCHEMA}.employer (id, name, credit_code, district, status, version, organisation_type, establishment,
           address, legal_representative, social_insurance_no)
         VALUES ($1, $2, $3, $4, 'APPROVED', 1, 'ENTERPRISE', 'SHANGHAI_REGISTERED', $5, '王示例', $6)
         ON CONFLICT (id) DO NOTHING RETURNING id`,
        [e.id, e.name, e.creditCode, e.district, e.address, e.socialInsuranceNo],
      );
      if (inserted.length === 0) continue;
      await enqueueEvent(
        manager,
        SCHEMA,
        createEvent('employer.status-changed', {
          subject: `employer:${e.id}`,
          data: {
            employerId: e.id,
            name: e.name,
            creditCode: e.creditCode,
            district: e.district,
            status: 'APPROVED',
            suspendedUntil: null,
            establishment: 'SHANGHAI_REGISTERED',
          },
        }),
      );
    }
    const districtOf = (employerId: string): District =>
      OFFICE_EMPLOYERS.find((e) => e.id === employerId)?.district ?? 'XUHUI';

    for (const account of DEMO_ACCOUNTS) {
      const loginName = account.username ?? account.residentId!;
      const inserted: unknown[] = await manager.query(
        `INSERT INTO ${SCHEMA}.account (id, role, login_index, username, name, resident_id, resident_id_index, mobile,
           mobile_index, district, employer_id, permit_date, password_hash, version)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, 1)
         ON CONFLICT DO NOTHING RETURNING id`,
        [
          account.id,
          account.role,
          blindIndex.compute(loginName, BLIND_INDEX_DOMAIN.loginName),
          account.username,
          account.name,
          account.residentId ? cipher.encrypt(account.residentId, PII_COLUMN.residentId) : null,
          account.residentId ? blindIndex.compute(account.residentId, BLIND_INDEX_DOMAIN.residentId) : null,
          account.mobile ? cipher.encrypt(account.mobile, PII_COLUMN.mobile) : null,
          account.mobile ? blindIndex.compute(account.mobile, BLIND_INDEX_DOMAIN.mobile) : null,
          account.district,
          account.employerId,
          account.role === 'APPLICANT' ? '2026-01-05' : null,
          passwordHash,
        ],
      );
      if (inserted.length > 0 && account.role !== 'APPLICANT' && account.role !== 'EMPLOYER_HR') {
        // The application service's staff directory: the demo supervisor can assign to the demo officer.
        await enqueueEvent(
          manager,
          SCHEMA,
          createEvent('staff.account-changed', {
            subject: `account:${account.id}`,
            data: { accountId: account.id, role: account.role, district: account.district, active: true },
          }),
        );
      }
      if (inserted.length === 0 || !account.employerId || !account.mobile) continue;
      const role = account.role === 'APPLICANT' ? 'APPLICANT' : 'EMPLOYER_HR';
      await enqueueEvent(
        manager,
        SCHEMA,
        createEvent('account.contact-changed', {
          subject: `account:${account.id}`,
          data: {
            accountId: account.id,
            role,
            employerId: account.employerId,
            district: districtOf(account.employerId),
            mobile: cipher.encrypt(account.mobile, PII_EVENT_AAD.mobile),
            active: true,
          },
        }),
      );
      if (role === 'APPLICANT' && account.residentId) {
        await enqueueEvent(
          manager,
          SCHEMA,
          createEvent('applicant.employment-changed', {
            subject: `applicant:${account.id}`,
            data: {
              applicantId: account.id,
              name: account.name,
              residentId: cipher.encrypt(account.residentId, PII_EVENT_AAD.residentId),
              employerId: account.employerId,
              previousEmployerId: null,
              district: districtOf(account.employerId),
              bannedUntil: null,
            },
          }),
        );
      }
    }
  });
}
