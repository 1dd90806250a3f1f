import { App, Button, Card, Descriptions, Form, Input, List, Space, Spin, Typography } from 'antd';
import { useState } from 'react';
import { useMutation, useQuery } from 'urql';
import { ProblemAlert, useProblem } from '../../app/problem';
import type { RegistrationQueueQuery } from '../../gql/graphql';
import { enumLabel } from '../../i18n/enums';
import { formatDateTime } from '../../i18n/format';
import { useLanguage } from '../../i18n/language';
import { KeysetPager, useKeysetPages } from '../../app/keyset-pages';
import { REGISTRATION_QUEUE, REVIEW_REGISTRATION } from './queries';

type Registration = NonNullable<RegistrationQueueQuery['registrationReviewQueue']>['nodes'][number];

/** One registration with its materials: approve, or reject with the reason (version checked). */
function RegistrationCard({ r, onDone }: { r: Registration; onDone: () => void }) {
  const { t, language } = useLanguage();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ reason: string }>();
  const { problem, show } = useProblem(form);
  const [{ fetching }, review] = useMutation(REVIEW_REGISTRATION);
  const [rejecting, setRejecting] = useState(false);

  const decide = async (decision: 'APPROVED' | 'REJECTED', reason?: string): Promise<void> => {
    const answer = await review({
      input: { employerId: r.id, decision, expectedVersion: r.version, ...(reason ? { reason } : {}) },
    });
    if (show(answer.error)) return;
    void message.success(
      decision === 'APPROVED'
        ? t('registrations.approved', { name: r.name })
        : t('registrations.rejected', { name: r.name }),
    );
    onDone();
  };

  return (
    <Card title={r.name} size="small" style={{ marginBottom: 16 }}>
      <ProblemAlert problem={problem} />
      <Descriptions bordered size="small" column={{ xs: 1, sm: 2 }} style={{ marginBottom: 12 }}>
        <Descriptions.Item label={t('registrations.creditCode')}>{r.creditCode}</Descriptions.Item>
        <Descriptions.Item label={t('registrations.type')}>
          {enumLabel('OrganisationType', r.organisationType, language)}
        </Descriptions.Item>
        <Descriptions.Item label={t('registrations.establishment')}>
          {enumLabel('EstablishmentKind', r.establishment, language)}
        </Descriptions.Item>
        {r.licenceKind && (
          <Descriptions.Item label={enumLabel('LicenceKind', r.licenceKind, language)}>
            {r.licenceNumber}
          </Descriptions.Item>
        )}
        <Descriptions.Item label={t('registrations.address')}>{r.address ?? '—'}</Descriptions.Item>
        <Descriptions.Item label={t('registrations.legalRepresentative')}>
          {r.legalRepresentative ?? '—'}
        </Descriptions.Item>
        <Descriptions.Item label={t('registrations.socialInsuranceNo')}>
          {r.socialInsuranceNo ?? '—'}
        </Descriptions.Item>
        <Descriptions.Item label={t('registrations.submittedAt')}>
          {formatDateTime(r.submittedAt, language)}
        </Descriptions.Item>
      </Descriptions>
      {r.history.length > 0 && (
        <List
          size="small"
          header={t('registrations.history')}
          dataSource={r.history}
          renderItem={(h) => (
            <List.Item>
              {formatDateTime(h.at, language)} {h.action}
              {h.reason ? `：${h.reason}` : ''}
            </List.Item>
          )}
        />
      )}
      {rejecting ? (
        <Form
          form={form}
          layout="vertical"
          aria-label={t('registrations.reject')}
          onFinish={(v) => void decide('REJECTED', v.reason.trim())}
        >
          <Form.Item
            name="reason"
            label={t('registrations.reason')}
            rules={[{ required: true, whitespace: true, message: t('registrations.reasonRequired') }]}
          >
            <Input.TextArea rows={2} maxLength={500} />
          </Form.Item>
          <Space>
            <Button danger htmlType="submit" loading={fetching}>
              {t('registrations.confirmReject')}
            </Button>
            <Button onClick={() => setRejecting(false)}>{t('registrations.cancel')}</Button>
          </Space>
        </Form>
      ) : (
        <Space>
          <Button type="primary" loading={fetching} onClick={() => void decide('APPROVED')}>
            {t('registrations.approve')}
          </Button>
          <Button danger onClick={() => setRejecting(true)}>
            {t('registrations.reject')}
          </Button>
        </Space>
      )}
    </Card>
  );
}

/** The district's pending employer registrations: the officer checks the paper materials. */
export default function RegistrationReviewPage() {
  const { t } = useLanguage();
  const pages = useKeysetPages();
  const [{ data, fetching, error }, reload] = useQuery({
    query: REGISTRATION_QUEUE,
    variables: { first: 20, after: pages.after },
    requestPolicy: 'network-only',
  });
  const page = data?.registrationReviewQueue;
  return (
    <>
      <Typography.Title level={1} style={{ fontSize: 24 }}>
        {t('registrations.title')}
      </Typography.Title>
      <Typography.Paragraph>{t('registrations.intro')}</Typography.Paragraph>
      <ProblemAlert problem={error ? { code: 'ERROR', message: error.message, fields: [] } : undefined} />
      {fetching && !page ? <Spin /> : null}
      {page && page.nodes.length === 0 && (
        <Typography.Paragraph>{t('registrations.none')}</Typography.Paragraph>
      )}
      {page?.nodes.map((r) => (
        <RegistrationCard key={r.id} r={r} onDone={() => reload({ requestPolicy: 'network-only' })} />
      ))}
      <KeysetPager pages={pages} page={page} style={{}} />
    </>
  );
}
