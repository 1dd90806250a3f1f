// HRSS's view of 第二十二条 across the city: the employers' forgery cases and sanctions (the
// supervisor's SanctionsPanel, decided the same way) and the cases on applicants, all districts or one.
import { Space, Table, Typography } from 'antd';
import { useState } from 'react';
import { useQuery } from 'urql';
import { DistrictName, DistrictSelect } from '../../app/DistrictSelect';
import { ProblemAlert } from '../../app/problem';
import type { ApplicantForgeryCasesQuery } from '../../gql/graphql';
import { enumLabel } from '../../i18n/enums';
import { formatDate } from '../../i18n/format';
import { useLanguage } from '../../i18n/language';
import { SanctionsPanel } from '../supervisor/SanctionsPanel';
import { APPLICANT_FORGERY_CASES } from '../supervisor/queries';

type ForgeryCase = ApplicantForgeryCasesQuery['applicantForgeryCases'][number];

function outcome(c: ForgeryCase, t: ReturnType<typeof useLanguage>['t'], language: 'zh' | 'en'): string {
  if (c.appealUpheld) return t('forgery.liftedOnReview');
  if (c.serious === true) return t('forgery.serious', { date: formatDate(c.bannedUntil, language) });
  if (c.serious === false) return t('forgery.minor');
  return '—';
}

export function ApplicantForgeryCases({ district }: { district: string | null }) {
  const { t, language } = useLanguage();
  const [{ data, fetching, error }] = useQuery({
    query: APPLICANT_FORGERY_CASES,
    variables: { district },
    requestPolicy: 'cache-and-network',
  });
  return (
    <section aria-label={t('forgery.title')}>
      <Typography.Title level={3}>{t('forgery.title')}</Typography.Title>
      <ProblemAlert problem={error ? { code: 'ERROR', message: error.message, fields: [] } : undefined} />
      <Table<ForgeryCase>
        size="small"
        rowKey="id"
        data-testid="applicant-forgery-cases"
        loading={fetching && !data}
        dataSource={data?.applicantForgeryCases ?? []}
        pagination={false}
        scroll={{ x: true }}
        locale={{ emptyText: t('forgery.none') }}
        columns={[
          {
            title: t('forgery.foundOn'),
            dataIndex: 'foundOn',
            render: (d: string) => formatDate(d, language),
          },
          {
            title: t('sanctions.district'),
            dataIndex: 'district',
            render: (code: string) => <DistrictName code={code} />,
          },
          { title: t('forgery.note'), dataIndex: 'note' },
          {
            title: t('forgery.status'),
            dataIndex: 'status',
            render: (s: string) => enumLabel('ForgeryCaseStatus', s, language),
          },
          { title: t('forgery.outcome'), key: 'outcome', render: (_, c) => outcome(c, t, language) },
        ]}
      />
    </section>
  );
}

export function CitySanctionsTab() {
  const { t } = useLanguage();
  const [district, setDistrict] = useState<string | null>(null);
  return (
    <Space direction="vertical" size="large" style={{ width: '100%' }}>
      <DistrictSelect
        label={t('sanctions.district')}
        cityLabel={t('sanctions.allDistricts')}
        value={district}
        onChange={setDistrict}
      />
      <div>
        <Typography.Title level={3}>{t('sanctions.title')}</Typography.Title>
        <SanctionsPanel district={district} cityWide />
      </div>
      <ApplicantForgeryCases district={district} />
    </Space>
  );
}
