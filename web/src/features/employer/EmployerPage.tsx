import {
  Alert,
  Button,
  Card,
  Descriptions,
  Form,
  Input,
  Modal,
  Space,
  Spin,
  Table,
  Tabs,
  Typography,
} from 'antd';
import { useState } from 'react';
import { Link, Route, Routes, useNavigate, useParams } from 'react-router';
import { useClient, useMutation, useQuery } from 'urql';
import { validateMobile, validateResidentId } from '@points/validation';
import type { FieldProblem } from '../../api/problem';
import { downloadFile } from '../../app/download';
import { ProblemAlert, useProblem } from '../../app/problem';
import { DATE_RULE, VALIDATOR_RULE } from '../../app/rules';
import { useSession } from '../../app/session';
import { graphql } from '../../gql';
import type { CreateApplicantAccountInput, EmployerOverviewQuery } from '../../gql/graphql';
import { enumLabel } from '../../i18n/enums';
import { formatDate, formatDateTime } from '../../i18n/format';
import { useLanguage } from '../../i18n/language';
import { ApplicationFormEditor } from '../application/ApplicationFormEditor';
import { ApplicationStatus, ProvisionalTag, StateTag } from '../application/ApplicationStatus';
import {
  APPLICATION,
  APPLICATION_FORM_PDF,
  APPROVE_AND_SUBMIT,
  RETURN_TO_APPLICANT,
} from '../application/queries';
import { RenewalAndChange } from '../application/RenewalAndChange';
import { ScoreBreakdown } from '../score/ScoreBreakdown';

const EMPLOYER = graphql(`
  query EmployerOverview($id: ID!) {
    employer(id: $id) {
      id
      name
      creditCode
      district
      status
      suspended
      suspendedUntil
      sanctions {
        id
        status
        fineCny
        suspendedUntil
        reason
        decidedAt
        foundOn
      }
      applications {
        id
        kind
        state
        applicantId
        createdAt
        submittedAt
        receiptNo
        overdue
        materialsMissing
        archiveDeadline {
          dueOn
          overdue
          provisional
        }
        scoringDeadline {
          dueOn
          overdue
          provisional
        }
        form {
          personal {
            name
          }
        }
      }
    }
  }
`);

const APPLICANT_ACCOUNTS = graphql(`
  query ApplicantAccounts {
    applicantAccounts(first: 100) {
      nodes {
        id
        name
        residentId
        mobile
        permitDate
        employerId
        createdAt
      }
    }
  }
`);

const OPEN_ACCOUNT = graphql(`
  mutation CreateApplicantAccount($input: CreateApplicantAccountInput!) {
    createApplicantAccount(input: $input) {
      id
      name
    }
  }
`);

const RELEASE = graphql(`
  mutation ReleaseApplicant($input: ReleaseApplicantInput!) {
    releaseApplicant(input: $input) {
      id
      employerId
    }
  }
`);

type Employer = NonNullable<EmployerOverviewQuery['employer']>;

function EmployerStatusCard({ employer }: { employer: Employer }) {
  const { t, language } = useLanguage();
  return (
    <>
      <Descriptions bordered size="small" column={{ xs: 1, md: 2 }}>
        <Descriptions.Item label={t('register.name')}>{employer.name}</Descriptions.Item>
        <Descriptions.Item label={t('register.creditCode')}>{employer.creditCode}</Descriptions.Item>
        <Descriptions.Item label={t('employer.status')}>
          <span data-testid="employer-status">{enumLabel('EmployerStatus', employer.status, language)}</span>
        </Descriptions.Item>
        <Descriptions.Item label={t('register.district')}>{employer.district}</Descriptions.Item>
      </Descriptions>
      {employer.suspended && (
        <Alert
          type="error"
          showIcon
          style={{ marginTop: 16 }}
          title={t('employer.suspended', { date: formatDate(employer.suspendedUntil, language) })}
        />
      )}
      <Typography.Title level={2} style={{ fontSize: 18, marginTop: 16 }}>
        {t('employer.sanctions')}
      </Typography.Title>
      <Table
        size="small"
        rowKey="id"
        pagination={false}
        dataSource={employer.sanctions}
        locale={{ emptyText: <Typography.Text>{t('employer.noSanctions')}</Typography.Text> }}
        columns={[
          {
            title: t('employer.sanctionStatus'),
            dataIndex: 'status',
            render: (s: string) => enumLabel('SanctionStatus', s, language),
          },
          {
            title: t('employer.fine'),
            dataIndex: 'fineCny',
            render: (f: number | null) => (f === null ? '—' : `${f} 元`),
          },
          {
            title: t('employer.suspendedUntil'),
            dataIndex: 'suspendedUntil',
            render: (d: string | null) => formatDate(d, language),
          },
          { title: t('employer.reason'), dataIndex: 'reason' },
        ]}
      />
    </>
  );
}

function ApplicantAccounts() {
  const { t, language } = useLanguage();
  const [form] = Form.useForm<CreateApplicantAccountInput>();
  // The 3-working-day rule in the page's words, with the first allowed day the server named.
  const explain = (p: FieldProblem): string | undefined => {
    if (p.rule !== 'TOO_SOON_AFTER_PERMIT') return undefined;
    const first = /from (\d{4}-\d{2}-\d{2})/.exec(p.message)?.[1];
    return t('accounts.tooSoon', { date: formatDate(first, language) });
  };
  const { problem, show } = useProblem(form, explain);
  const [{ data }, reload] = useQuery({ query: APPLICANT_ACCOUNTS, requestPolicy: 'network-only' });
  const [{ fetching }, open] = useMutation(OPEN_ACCOUNT);
  const [, release] = useMutation(RELEASE);
  const [opened, setOpened] = useState<string | undefined>();
  const releaseProblem = useProblem();

  const submit = async (input: CreateApplicantAccountInput): Promise<void> => {
    const answer = await open({ input: { ...input, residentId: input.residentId.trim().toUpperCase() } });
    if (show(answer.error) || !answer.data) return;
    setOpened(answer.data.createApplicantAccount.name);
    form.resetFields();
    reload({ requestPolicy: 'network-only' });
  };

  return (
    <>
      <Card size="small" title={t('accounts.open')} style={{ marginBottom: 16 }}>
        <Typography.Paragraph>{t('accounts.rule')}</Typography.Paragraph>
        {opened && (
          <Alert
            role="status"
            type="success"
            showIcon
            title={t('accounts.opened', { name: opened })}
            style={{ marginBottom: 16 }}
          />
        )}
        <ProblemAlert problem={problem} />
        <Form<CreateApplicantAccountInput>
          form={form}
          layout="vertical"
          onFinish={(v) => void submit(v)}
          requiredMark="optional"
        >
          <Space wrap align="start">
            <Form.Item
              name="name"
              label={t('accounts.name')}
              rules={[{ required: true, whitespace: true, message: t('rule.required') }]}
            >
              <Input />
            </Form.Item>
            <Form.Item
              name="residentId"
              label={t('accounts.residentId')}
              rules={[
                { required: true, message: t('rule.required') },
                VALIDATOR_RULE((v) => validateResidentId(v).ok, t('rule.residentId')),
              ]}
            >
              <Input maxLength={18} autoComplete="off" style={{ width: 200 }} />
            </Form.Item>
            <Form.Item
              name="mobile"
              label={t('accounts.mobile')}
              rules={[
                { required: true, message: t('rule.required') },
                VALIDATOR_RULE((v) => validateMobile(v).ok, t('rule.mobile')),
              ]}
            >
              <Input inputMode="tel" autoComplete="off" />
            </Form.Item>
            <Form.Item
              name="permitDate"
              label={t('accounts.permitDate')}
              rules={[{ required: true, message: t('rule.required') }, DATE_RULE(t)]}
              style={{ maxWidth: 320 }}
            >
              <Input placeholder="YYYY-MM-DD" />
            </Form.Item>
            <Form.Item
              name="password"
              label={t('accounts.password')}
              extra={t('rule.passwordHelp')}
              rules={[{ required: true, message: t('rule.required') }]}
            >
              <Input.Password autoComplete="new-password" />
            </Form.Item>
          </Space>
          <div>
            <Button type="primary" htmlType="submit" loading={fetching}>
              {t('accounts.submit')}
            </Button>
          </div>
        </Form>
      </Card>
      <ProblemAlert problem={releaseProblem.problem} />
      <Table
        size="small"
        rowKey="id"
        dataSource={data?.applicantAccounts?.nodes ?? []}
        pagination={{ pageSize: 20, hideOnSinglePage: true }}
        scroll={{ x: true }}
        columns={[
          { title: t('accounts.name'), dataIndex: 'name' },
          { title: t('accounts.residentId'), dataIndex: 'residentId' },
          { title: t('accounts.mobile'), dataIndex: 'mobile' },
          {
            title: t('accounts.permitDate'),
            dataIndex: 'permitDate',
            render: (d: string | null) => formatDate(d, language),
          },
          {
            title: t('accounts.createdAt'),
            dataIndex: 'createdAt',
            render: (d: string) => formatDateTime(d, language),
          },
          {
            title: t('accounts.actions'),
            key: 'actions',
            render: (_: unknown, account: { id: string; name: string; employerId?: string | null }) =>
              account.employerId ? (
                <Button
                  size="small"
                  onClick={() =>
                    Modal.confirm({
                      title: t('accounts.releaseConfirm', { name: account.name }),
                      content: t('accounts.releaseHelp'),
                      onOk: async () => {
                        const answer = await release({
                          input: { accountId: account.id, reason: '工作变动' },
                        });
                        releaseProblem.show(answer.error);
                        reload({ requestPolicy: 'network-only' });
                      },
                    })
                  }
                >
                  {t('accounts.release')}
                </Button>
              ) : (
                t('accounts.released')
              ),
          },
        ]}
      />
    </>
  );
}

function Applications({ employer }: { employer: Employer }) {
  const { t, language } = useLanguage();
  return (
    <Table
      size="small"
      rowKey="id"
      dataSource={employer.applications}
      pagination={{ pageSize: 20, hideOnSinglePage: true }}
      scroll={{ x: true }}
      columns={[
        {
          title: t('applications.applicant'),
          key: 'name',
          render: (_: unknown, a: Employer['applications'][number]) => a.form.personal.name,
        },
        {
          title: t('status.kind'),
          dataIndex: 'kind',
          render: (k: string) => enumLabel('ApplicationKind', k, language),
        },
        { title: t('status.state'), dataIndex: 'state', render: (s: string) => <StateTag state={s} /> },
        {
          title: t('status.deadline'),
          key: 'deadline',
          render: (_: unknown, a: Employer['applications'][number]) => {
            const d = a.scoringDeadline ?? a.archiveDeadline;
            return d ? (
              <Space size={4}>
                {`${formatDate(d.dueOn, language)}${d.overdue ? ` ${t('status.overdue')}` : ''}`}
                {d.provisional ? <ProvisionalTag /> : null}
              </Space>
            ) : (
              '—'
            );
          },
        },
        { title: t('status.receiptNo'), dataIndex: 'receiptNo', render: (r: string | null) => r ?? '—' },
        {
          title: t('accounts.actions'),
          key: 'open',
          render: (_: unknown, a: Employer['applications'][number]) => (
            <Link
              to={`/employer/applications/${a.id}`}
              aria-label={t('applications.openAria', { name: a.form.personal.name })}
            >
              {t('applicant.open')}
            </Link>
          ),
        },
      ]}
    />
  );
}

function EmployerHome() {
  const { t } = useLanguage();
  const { me } = useSession();
  const [{ data, fetching }] = useQuery({
    query: EMPLOYER,
    variables: { id: me?.employerId ?? '' },
    pause: !me?.employerId,
    requestPolicy: 'network-only',
  });
  if (!data?.employer) return fetching ? <Spin /> : null;
  return (
    <>
      <Typography.Title level={1} style={{ fontSize: 24 }}>
        {data.employer.name}
      </Typography.Title>
      <Tabs
        items={[
          {
            key: 'applications',
            label: t('employer.applications'),
            children: <Applications employer={data.employer} />,
          },
          { key: 'accounts', label: t('employer.accounts'), children: <ApplicantAccounts /> },
          {
            key: 'status',
            label: t('employer.statusTab'),
            children: <EmployerStatusCard employer={data.employer} />,
          },
        ]}
      />
    </>
  );
}

function EmployerApplication() {
  const { id = '' } = useParams();
  const { t } = useLanguage();
  const client = useClient();
  const navigate = useNavigate();
  const [{ data, fetching }, reload] = useQuery({
    query: APPLICATION,
    variables: { id },
    requestPolicy: 'network-only',
  });
  const [{ fetching: approving }, approve] = useMutation(APPROVE_AND_SUBMIT);
  const [, sendBack] = useMutation(RETURN_TO_APPLICANT);
  const [returnForm] = Form.useForm<{ reason: string }>();
  const { problem, show } = useProblem(returnForm);
  const [printing, setPrinting] = useState(false);
  if (!data?.application) return fetching ? <Spin /> : <ProblemAlert problem={problem} />;
  const a = data.application;
  const refresh = (): void => reload({ requestPolicy: 'network-only' });

  const print = async (): Promise<void> => {
    setPrinting(true);
    const answer = await client
      .query(APPLICATION_FORM_PDF, { id: a.id }, { requestPolicy: 'network-only' })
      .toPromise();
    setPrinting(false);
    if (!show(answer.error) && answer.data?.applicationFormPdf) downloadFile(answer.data.applicationFormPdf);
  };

  return (
    <>
      <Link to="/employer">{t('applicant.back')}</Link>
      <Typography.Title level={1} style={{ fontSize: 24 }}>
        {t('applications.of', { name: a.form.personal.name })}
      </Typography.Title>
      <ProblemAlert problem={problem} />
      <ApplicationStatus application={a} />
      <Space wrap style={{ margin: '16px 0' }}>
        {a.state === 'EMPLOYER_REVIEW' && (
          <Button
            type="primary"
            loading={approving}
            onClick={() =>
              void approve({ id: a.id, version: a.version }).then((r) => {
                if (!show(r.error)) refresh();
              })
            }
          >
            {t('applications.approve')}
          </Button>
        )}
        {a.employerApprovedAt && (
          <Button loading={printing} onClick={() => void print()}>
            {t('applications.print')}
          </Button>
        )}
      </Space>
      <RenewalAndChange
        application={a}
        forApplicantId={a.applicantId}
        allowChange
        onChanged={refresh}
        onStarted={(next) => void navigate(`/employer/applications/${next}`)}
      />
      {a.state === 'EMPLOYER_REVIEW' && (
        <Card size="small" title={t('applications.return')} style={{ marginBottom: 16 }}>
          <Form
            form={returnForm}
            layout="vertical"
            onFinish={({ reason }) =>
              void sendBack({ id: a.id, version: a.version, reason }).then((r) => {
                if (!show(r.error)) refresh();
              })
            }
          >
            <Form.Item
              name="reason"
              label={t('applications.returnReason')}
              rules={[{ required: true, whitespace: true, message: t('rule.required') }]}
            >
              <Input.TextArea rows={2} />
            </Form.Item>
            <Button htmlType="submit">{t('applications.returnSubmit')}</Button>
          </Form>
        </Card>
      )}
      {a.state === 'SUBMITTED' || a.state === 'MATERIALS_REQUIRED' ? (
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 16 }}
          title={t('applications.bringMaterials')}
          description={t('applications.materialsList')}
        />
      ) : null}
      {a.state === 'DRAFT' ? (
        <ApplicationFormEditor application={a} onSaved={refresh} />
      ) : (
        <ScoreBreakdown
          score={a.assessment ?? a.simulatedScore}
          title={a.assessment ? t('applicant.decided') : t('applicant.simulated')}
        />
      )}
    </>
  );
}

/** Employer HR: the employer's status and sanctions, applicant accounts, the applications. */
export default function EmployerPage() {
  return (
    <Routes>
      <Route index element={<EmployerHome />} />
      <Route path="applications/:id" element={<EmployerApplication />} />
    </Routes>
  );
}
