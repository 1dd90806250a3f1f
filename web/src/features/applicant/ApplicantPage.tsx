import { Button, Card, Col, Empty, Form, Input, List, Row, Select, Space, Spin, Typography } from 'antd';
import { useState } from 'react';
import { Link, Route, Routes, useNavigate, useParams } from 'react-router';
import { useClient, useMutation, useQuery } from 'urql';
import { downloadFile } from '../../app/download';
import { ProblemAlert, useProblem } from '../../app/problem';
import { graphql } from '../../gql';
import type { AppealIndicator, AppealSubject, AppealState, ApplicationKind } from '../../gql/graphql';
import { enumLabel, enumOptions } from '../../i18n/enums';
import { formatDate, formatDateTime } from '../../i18n/format';
import { useLanguage } from '../../i18n/language';
import { ApplicationFormEditor } from '../application/ApplicationFormEditor';
import { ApplicationStatus, StateTag } from '../application/ApplicationStatus';
import {
  APPLICATION,
  CREATE_APPLICATION,
  POINTS_NOTICE,
  REQUEST_APPEAL,
  REQUEST_REJECTION_APPEAL,
  SUBMIT_TO_EMPLOYER,
} from '../application/queries';
import { RenewalAndChange, RenewalWindowNote } from '../application/RenewalAndChange';
import { ScoreBreakdown } from '../score/ScoreBreakdown';

const MY_APPLICATIONS = graphql(`
  query MyApplications {
    myApplications {
      id
      kind
      state
      createdAt
      validUntil
      receiptNo
      renewalWindow {
        endorsedOn
        opensOn
        closesOn
        provisional
        position
      }
    }
  }
`);

function MyApplications() {
  const { t, language } = useLanguage();
  const [{ data, fetching }] = useQuery({ query: MY_APPLICATIONS, requestPolicy: 'network-only' });
  const [{ fetching: creating }, create] = useMutation(CREATE_APPLICATION);
  const { problem, show } = useProblem();
  const navigate = useNavigate();

  const start = async (kind: ApplicationKind, permitEndorsedOn?: string): Promise<void> => {
    const answer = await create({ input: { kind, ...(permitEndorsedOn ? { permitEndorsedOn } : {}) } });
    if (show(answer.error) || !answer.data) return;
    void navigate(`/applicant/applications/${answer.data.createApplication.id}`);
  };
  const applications = data?.myApplications ?? [];
  const approved = applications.find((a) => a.state === 'APPROVED');

  return (
    <>
      <Typography.Title level={1} style={{ fontSize: 24 }}>
        {t('applicant.title')}
      </Typography.Title>
      <ProblemAlert problem={problem} />
      <Space wrap style={{ marginBottom: 16 }}>
        <Button type="primary" loading={creating} onClick={() => void start('NEW')}>
          {t('applicant.startNew')}
        </Button>
        {approved?.renewalWindow?.position === 'OPEN' && (
          <Button
            loading={creating}
            onClick={() => void start('RENEWAL', approved.renewalWindow?.endorsedOn)}
          >
            {t('applicant.startRenewal')}
          </Button>
        )}
      </Space>
      {approved && (
        <>
          <Typography.Paragraph>
            {t('applicant.renewalHelp', { date: formatDate(approved.validUntil, language) })}
          </Typography.Paragraph>
          <RenewalWindowNote window={approved.renewalWindow} />
        </>
      )}
      {fetching && !data ? (
        <Spin />
      ) : applications.length === 0 ? (
        <Empty description={t('applicant.none')} />
      ) : (
        <List
          bordered
          dataSource={applications}
          renderItem={(a) => (
            <List.Item
              actions={[
                <Link
                  key="open"
                  to={`/applicant/applications/${a.id}`}
                  aria-label={t('applicant.openAria', {
                    kind: enumLabel('ApplicationKind', a.kind, language),
                    date: formatDateTime(a.createdAt, language),
                  })}
                >
                  {t('applicant.open')}
                </Link>,
              ]}
            >
              <List.Item.Meta
                title={
                  <Space wrap>
                    {enumLabel('ApplicationKind', a.kind, language)}
                    <StateTag state={a.state} />
                  </Space>
                }
                description={t('applicant.created', { date: formatDateTime(a.createdAt, language) })}
              />
            </List.Item>
          )}
        />
      )}
    </>
  );
}

function AppealForm({ applicationId, onDone }: { applicationId: string; onDone(): void }) {
  const { t, language } = useLanguage();
  const [form] = Form.useForm<{ indicator: AppealIndicator; reason: string }>();
  const { problem, show } = useProblem(form);
  const [{ fetching }, request] = useMutation(REQUEST_APPEAL);
  return (
    <Card size="small" title={t('appeal.title')} style={{ marginTop: 16 }}>
      <Typography.Paragraph>{t('appeal.intro')}</Typography.Paragraph>
      <ProblemAlert problem={problem} />
      <Form
        form={form}
        layout="vertical"
        onFinish={(values) =>
          void request({ input: { applicationId, ...values } }).then((answer) => {
            if (!show(answer.error)) {
              form.resetFields();
              onDone();
            }
          })
        }
      >
        <Form.Item
          name="indicator"
          label={t('appeal.indicator')}
          rules={[{ required: true, message: t('rule.required') }]}
        >
          <Select options={enumOptions('AppealIndicator', language)} />
        </Form.Item>
        <Form.Item
          name="reason"
          label={t('appeal.reason')}
          rules={[{ required: true, whitespace: true, message: t('rule.required') }]}
        >
          <Input.TextArea rows={3} />
        </Form.Item>
        <Button htmlType="submit" loading={fetching}>
          {t('appeal.submit')}
        </Button>
      </Form>
    </Card>
  );
}

/**
 * 复核 of a rejection decided without a score (the checks failed, or the centre rejected): there
 * is no indicator to dispute, only the reason. Upheld by HRSS, the application is checked again.
 */
export function RejectionAppealForm({ applicationId, onDone }: { applicationId: string; onDone(): void }) {
  const { t } = useLanguage();
  const [form] = Form.useForm<{ reason: string }>();
  const { problem, show } = useProblem(form);
  const [{ fetching }, request] = useMutation(REQUEST_REJECTION_APPEAL);
  return (
    <Card size="small" title={t('appeal.rejectionTitle')} style={{ marginTop: 16 }}>
      <Typography.Paragraph>{t('appeal.rejectionIntro')}</Typography.Paragraph>
      <ProblemAlert problem={problem} />
      <Form
        form={form}
        layout="vertical"
        aria-label={t('appeal.rejectionTitle')}
        onFinish={(values) =>
          void request({ input: { applicationId, reason: values.reason.trim() } }).then((answer) => {
            if (!show(answer.error)) {
              form.resetFields();
              onDone();
            }
          })
        }
      >
        <Form.Item
          name="reason"
          label={t('appeal.reason')}
          rules={[{ required: true, whitespace: true, message: t('rule.required') }]}
        >
          <Input.TextArea rows={3} />
        </Form.Item>
        <Button htmlType="submit" loading={fetching}>
          {t('appeal.submit')}
        </Button>
      </Form>
    </Card>
  );
}

interface AppealEntry {
  id: string;
  subject: AppealSubject;
  indicator?: AppealIndicator | null;
  state: AppealState;
  requestedAt: string;
  decisionNote?: string | null;
}

/** The applicant's appeals: on an indicator, or on the rejection. */
function AppealHistory({ appeals }: { appeals: readonly AppealEntry[] }) {
  const { t, language } = useLanguage();
  if (appeals.length === 0) return null;
  return (
    <List
      header={t('appeal.list')}
      dataSource={[...appeals]}
      renderItem={(p) => (
        <List.Item>
          {p.subject === 'REJECTION' || !p.indicator
            ? t('appeal.onRejection')
            : enumLabel('AppealIndicator', p.indicator, language)}{' '}
          — {enumLabel('AppealState', p.state, language)}（{formatDateTime(p.requestedAt, language)}）
          {p.decisionNote ? `：${p.decisionNote}` : ''}
        </List.Item>
      )}
    />
  );
}

function ApplicationView() {
  const { id = '' } = useParams();
  const { t, language } = useLanguage();
  const client = useClient();
  const navigate = useNavigate();
  const [{ data, fetching, error }, reload] = useQuery({
    query: APPLICATION,
    variables: { id },
    requestPolicy: 'network-only',
  });
  const [saved, setSaved] = useState<
    | {
        version: number;
        simulatedScore: NonNullable<NonNullable<typeof data>['application']>['simulatedScore'];
      }
    | undefined
  >();
  const [{ fetching: submitting }, submitToEmployer] = useMutation(SUBMIT_TO_EMPLOYER);
  const { problem, show } = useProblem();
  // Shown next to the button it answers: on a phone the top of the page is far away.
  const submitProblem = useProblem();
  const [downloading, setDownloading] = useState(false);

  // A root field is null when its service could not answer: the error says which.
  if (!data?.application)
    return fetching ? (
      <Spin />
    ) : (
      <ProblemAlert problem={error ? { code: 'ERROR', message: error.message, fields: [] } : undefined} />
    );
  const a = data.application;
  const version = saved?.version ?? a.version;
  const simulated = saved?.simulatedScore ?? a.simulatedScore;
  const refresh = (): void => reload({ requestPolicy: 'network-only' });

  const notice = async (): Promise<void> => {
    setDownloading(true);
    const answer = await client
      .query(POINTS_NOTICE, { id: a.id }, { requestPolicy: 'network-only' })
      .toPromise();
    setDownloading(false);
    if (!show(answer.error) && answer.data?.pointsNotice) downloadFile(answer.data.pointsNotice);
  };

  return (
    <>
      <Link to="/applicant" className="no-print">
        {t('applicant.back')}
      </Link>
      <Typography.Title level={1} style={{ fontSize: 24 }}>
        {t('applicant.application', { kind: enumLabel('ApplicationKind', a.kind, language) })}
      </Typography.Title>
      <ProblemAlert problem={problem} />
      <ApplicationStatus application={a} />
      {a.state === 'APPROVED' && (
        <Space wrap style={{ margin: '16px 0' }}>
          <Button type="primary" loading={downloading} onClick={() => void notice()}>
            {t('applicant.notice')}
          </Button>
          <Typography.Text>{t('applicant.noticeHelp')}</Typography.Text>
        </Space>
      )}
      <RenewalAndChange
        application={a}
        allowChange={false}
        onChanged={refresh}
        onStarted={(next) => void navigate(`/applicant/applications/${next}`)}
      />
      {a.state === 'DRAFT' ? (
        <Row gutter={24} style={{ marginTop: 16 }}>
          <Col xs={24} xl={15}>
            <Typography.Title level={2} style={{ fontSize: 20 }}>
              {t('applicant.form')}
            </Typography.Title>
            <ApplicationFormEditor application={{ ...a, version }} onSaved={setSaved} />
            <div style={{ marginTop: 16 }}>
              <ProblemAlert problem={submitProblem.problem} withFields />
            </div>
            <Button
              loading={submitting}
              onClick={() =>
                void submitToEmployer({ id: a.id, version }).then((answer) => {
                  if (!submitProblem.show(answer.error)) {
                    setSaved(undefined);
                    refresh();
                  }
                })
              }
            >
              {t('applicant.submitToEmployer')}
            </Button>
          </Col>
          <Col xs={24} xl={9} aria-live="polite">
            <ScoreBreakdown score={simulated} title={t('applicant.simulated')} />
          </Col>
        </Row>
      ) : a.assessment ? (
        <>
          <ScoreBreakdown score={a.assessment} title={t('applicant.decided')} />
          {a.state === 'APPROVED' || a.state === 'REJECTED' ? (
            <AppealForm applicationId={a.id} onDone={refresh} />
          ) : null}
          <AppealHistory appeals={a.appeals} />
        </>
      ) : a.state === 'REJECTED' ? (
        // Rejected without a score: the reason is what can be appealed.
        <>
          <RejectionAppealForm applicationId={a.id} onDone={refresh} />
          <AppealHistory appeals={a.appeals} />
        </>
      ) : (
        <ScoreBreakdown score={simulated} title={t('applicant.simulated')} />
      )}
    </>
  );
}

/** The applicant's pages: their applications, one application's form, status, score and notice. */
export default function ApplicantPage() {
  return (
    <Routes>
      <Route index element={<MyApplications />} />
      <Route path="applications/:id" element={<ApplicationView />} />
    </Routes>
  );
}
