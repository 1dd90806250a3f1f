import { Descriptions, Table, Typography } from 'antd';
import type { ApplicationDetailQuery } from '../../gql/graphql';
import { enumLabel } from '../../i18n/enums';
import { formatDate } from '../../i18n/format';
import { useLanguage } from '../../i18n/language';

type Form = NonNullable<ApplicationDetailQuery['application']>['form'];

const yes = (value: boolean | null | undefined, t: (k: 'officer.yes' | 'officer.no') => string): string =>
  value ? t('officer.yes') : t('officer.no');

/** The application form as filed, read-only (ID number and mobile masked, as the API gives them). */
export function FormView({ form: f }: { form: Form }) {
  const { t, language } = useLanguage();
  const heading = (text: string) => (
    <Typography.Title level={3} style={{ fontSize: 16, marginTop: 16 }}>
      {text}
    </Typography.Title>
  );
  return (
    <section aria-label={t('officer.form')} data-testid="form-view">
      {heading(t('form.personal'))}
      <Descriptions bordered size="small" column={{ xs: 1, sm: 2 }}>
        <Descriptions.Item label={t('queue.applicant')}>{f.personal.name}</Descriptions.Item>
        <Descriptions.Item label={t('officer.residentId')}>{f.personal.residentId}</Descriptions.Item>
        <Descriptions.Item label={t('officer.birthDate')}>
          {formatDate(f.personal.birthDate, language)}
        </Descriptions.Item>
        <Descriptions.Item label={t('form.maritalStatus')}>
          {enumLabel('MaritalStatus', f.personal.maritalStatus, language)}
        </Descriptions.Item>
        <Descriptions.Item label={t('form.hukouPlace')}>{f.personal.hukouPlace ?? '—'}</Descriptions.Item>
        <Descriptions.Item label={t('form.mobile')}>{f.personal.mobile ?? '—'}</Descriptions.Item>
      </Descriptions>
      {heading(t('form.residencePermit'))}
      <Descriptions bordered size="small" column={{ xs: 1, sm: 2 }}>
        <Descriptions.Item label={t('form.permitNumber')}>
          {f.residencePermit?.number ?? '—'}
        </Descriptions.Item>
        <Descriptions.Item label={t('form.address')}>{f.residencePermit?.address ?? '—'}</Descriptions.Item>
        <Descriptions.Item label={t('form.validFrom')}>
          {formatDate(f.residencePermit?.validFrom, language)}
        </Descriptions.Item>
        <Descriptions.Item label={t('form.validTo')}>
          {formatDate(f.residencePermit?.validTo, language)}
        </Descriptions.Item>
      </Descriptions>
      {heading(t('form.employment'))}
      <Descriptions bordered size="small" column={{ xs: 1, sm: 3 }}>
        <Descriptions.Item label={t('form.position')}>{f.employment?.position ?? '—'}</Descriptions.Item>
        <Descriptions.Item label={t('form.contractStart')}>
          {formatDate(f.employment?.contractStart, language)}
        </Descriptions.Item>
        <Descriptions.Item label={t('form.contractEnd')}>
          {formatDate(f.employment?.contractEnd, language)}
        </Descriptions.Item>
      </Descriptions>
      {heading(t('form.education'))}
      <Table
        size="small"
        pagination={false}
        rowKey={(e) => `${e.level}-${e.certificateNo}`}
        dataSource={f.educationHistory}
        scroll={{ x: true }}
        columns={[
          {
            title: t('officer.level'),
            dataIndex: 'level',
            render: (l: string) => enumLabel('DiplomaLevel', l, language),
          },
          { title: t('officer.school'), dataIndex: 'school' },
          { title: t('officer.major'), dataIndex: 'major' },
          {
            title: t('officer.graduated'),
            dataIndex: 'graduationDate',
            render: (d: string) => formatDate(d, language),
          },
          { title: t('form.fullTime'), dataIndex: 'fullTime', render: (v: boolean) => yes(v, t) },
          { title: t('form.overseas'), dataIndex: 'overseas', render: (v: boolean) => yes(v, t) },
          { title: t('officer.certificateNo'), dataIndex: 'certificateNo' },
        ]}
      />
      {f.qualifications.length > 0 && (
        <>
          {heading(t('form.qualifications'))}
          <Table
            size="small"
            pagination={false}
            rowKey="certificateNo"
            dataSource={f.qualifications}
            columns={[
              {
                title: t('officer.level'),
                dataIndex: 'level',
                render: (l: string) => enumLabel('QualificationLevel', l, language),
              },
              { title: t('officer.certificateName'), dataIndex: 'name' },
              { title: t('officer.certificateNo'), dataIndex: 'certificateNo' },
              {
                title: t('form.matchesPosition'),
                dataIndex: 'matchesPosition',
                render: (v: boolean) => yes(v, t),
              },
            ]}
          />
        </>
      )}
      {heading(t('form.socialInsurance'))}
      <Table
        size="small"
        pagination={false}
        rowKey={(p) => `${p.from}-${p.to}`}
        dataSource={f.socialInsurance}
        columns={[
          { title: t('officer.from'), dataIndex: 'from', render: (m: string) => formatDate(m, language) },
          { title: t('officer.to'), dataIndex: 'to', render: (m: string) => formatDate(m, language) },
          { title: t('officer.base'), dataIndex: 'base', align: 'right' },
          { title: t('officer.backPaid'), dataIndex: 'backPaid', render: (v: boolean) => yes(v, t) },
        ]}
      />
      {f.coResidents.length > 0 && (
        <>
          {heading(t('form.coResidents'))}
          <Table
            size="small"
            pagination={false}
            rowKey={(c) => `${c.name}-${c.birthDate}`}
            dataSource={f.coResidents}
            columns={[
              {
                title: t('officer.relation'),
                dataIndex: 'relation',
                render: (r: string) => enumLabel('CoResidentRelation', r, language),
              },
              { title: t('queue.applicant'), dataIndex: 'name' },
              {
                title: t('officer.birthDate'),
                dataIndex: 'birthDate',
                render: (d: string) => formatDate(d, language),
              },
            ]}
          />
        </>
      )}
      {heading(t('form.archive'))}
      <Descriptions bordered size="small" column={{ xs: 1, sm: 2 }}>
        <Descriptions.Item label={t('form.archiveKind')}>
          {enumLabel('ArchiveHolderKind', f.archiveLocation?.kind, language)}
        </Descriptions.Item>
        <Descriptions.Item label={t('form.archiveHolder')}>
          {f.archiveLocation?.holder ?? '—'}
        </Descriptions.Item>
      </Descriptions>
      {heading(t('form.declarations'))}
      <Descriptions bordered size="small" column={1}>
        <Descriptions.Item label={t('form.noFamilyPlanningViolation')}>
          {yes(f.declarations?.noFamilyPlanningViolation, t)}
        </Descriptions.Item>
        <Descriptions.Item label={t('form.noCriminalRecord')}>
          {yes(f.declarations?.noCriminalRecord, t)}
        </Descriptions.Item>
      </Descriptions>
    </section>
  );
}
