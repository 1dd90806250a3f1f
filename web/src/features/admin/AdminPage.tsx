import {
  Alert,
  Button,
  Card,
  DatePicker,
  Form,
  Input,
  InputNumber,
  Modal,
  Space,
  Table,
  Tabs,
  Tag,
  Typography,
} from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { useMutation, useQuery } from 'urql';
import { ProblemAlert, useProblem } from '../../app/problem';
import { graphql } from '../../gql';
import type { RuleSetsQuery } from '../../gql/graphql';
import { enumLabel } from '../../i18n/enums';
import { formatDateTime } from '../../i18n/format';
import { useLanguage } from '../../i18n/language';
import { CalendarPanel } from './CalendarPanel';
import { AppealsPanel } from '../appeals/AppealsPanel';
import { CitySanctionsTab } from './CitySanctionsTab';

const RULE_SETS = graphql(`
  query RuleSets {
    ruleSets {
      version
      effectiveFrom
      description
      revision
      standard
      updatedAt
      averageMonthlyWage {
        year
        monthlyCny
      }
    }
  }
`);

const ADD_RULE_SET = graphql(`
  mutation AddRuleSet($input: AddRuleSetInput!) {
    addRuleSet(input: $input) {
      version
      effectiveFrom
      revision
    }
  }
`);

const SET_WAGE = graphql(`
  mutation SetAverageMonthlyWage($input: SetAverageMonthlyWageInput!) {
    setAverageMonthlyWage(input: $input) {
      version
      revision
      averageMonthlyWage {
        year
        monthlyCny
      }
    }
  }
`);

const FAILED_SMS = graphql(`
  query FailedMessages {
    failedMessages(first: 50) {
      nodes {
        id
        templateCode
        recipientRole
        mobile
        status
        failureReason
        attempts
        createdAt
      }
    }
  }
`);

const RESEND = graphql(`
  mutation ResendMessage($id: ID!) {
    resendMessage(id: $id) {
      id
      status
    }
  }
`);

const FAILED_JOBS = graphql(`
  query FailedVerificationJobs {
    failedVerificationJobs(first: 50) {
      jobId
      taskId
      failedReason
      attemptsMade
      failedAt
    }
  }
`);

const RETRY_JOB = graphql(`
  mutation RetryVerificationJob($jobId: ID!) {
    retryVerificationJob(jobId: $jobId) {
      jobId
    }
  }
`);

type RuleSet = NonNullable<RuleSetsQuery['ruleSets']>[number];

function AddRuleSetForm({ onAdded }: { onAdded: () => void }) {
  const { t } = useLanguage();
  const [form] = Form.useForm<{ version: string; effectiveFrom: Dayjs; description: string }>();
  const { problem, show } = useProblem(form);
  const [{ fetching }, add] = useMutation(ADD_RULE_SET);
  const submit = async (values: { version: string; effectiveFrom: Dayjs; description: string }) => {
    const answer = await add({
      input: {
        version: values.version.trim(),
        effectiveFrom: values.effectiveFrom.format('YYYY-MM-DD'),
        description: values.description.trim(),
      },
    });
    if (show(answer.error)) return;
    form.resetFields();
    onAdded();
  };
  return (
    <Card title={t('admin.addRuleSet')}>
      <ProblemAlert problem={problem} />
      <Form form={form} layout="inline" onFinish={(v) => void submit(v)}>
        <Form.Item name="version" label={t('admin.version')} rules={[{ required: true }]}>
          <Input placeholder="SH-2027" />
        </Form.Item>
        <Form.Item name="effectiveFrom" label={t('admin.effectiveFrom')} rules={[{ required: true }]}>
          <DatePicker />
        </Form.Item>
        <Form.Item name="description" label={t('admin.description')} rules={[{ required: true }]}>
          <Input style={{ minWidth: 240 }} />
        </Form.Item>
        <Form.Item>
          <Button type="primary" htmlType="submit" loading={fetching}>
            {t('admin.add')}
          </Button>
        </Form.Item>
      </Form>
    </Card>
  );
}

/** Edits one year's wage against the revision the page showed: a newer revision is a CONFLICT, shown as such. */
function WageEditor({ ruleSet, onSaved }: { ruleSet: RuleSet; onSaved: () => void }) {
  const { t } = useLanguage();
  const [editing, setEditing] = useState<{ year: number; monthlyCny: number } | null>(null);
  const { problem, show } = useProblem();
  const [{ fetching }, save] = useMutation(SET_WAGE);
  const submit = async () => {
    if (!editing) return;
    const answer = await save({
      input: {
        version: ruleSet.version,
        year: editing.year,
        monthlyCny: editing.monthlyCny,
        expectedRevision: ruleSet.revision,
      },
    });
    if (show(answer.error)) return;
    setEditing(null);
    onSaved();
  };
  const conflict = problem?.code === 'CONFLICT';
  return (
    <>
      <Table
        size="small"
        rowKey="year"
        pagination={false}
        dataSource={ruleSet.averageMonthlyWage}
        columns={[
          { title: t('admin.year'), dataIndex: 'year' },
          { title: t('admin.wage'), dataIndex: 'monthlyCny' },
          {
            title: '',
            key: 'edit',
            render: (_: unknown, row) => (
              <Button
                size="small"
                aria-label={t('admin.editWage', { version: ruleSet.version, year: String(row.year) })}
                onClick={() => {
                  show(undefined);
                  setEditing({ year: row.year, monthlyCny: row.monthlyCny });
                }}
              >
                {t('admin.edit')}
              </Button>
            ),
          },
        ]}
      />
      <Modal
        open={editing !== null}
        title={t('admin.editWage', { version: ruleSet.version, year: String(editing?.year ?? '') })}
        okText={t('admin.save')}
        confirmLoading={fetching}
        onOk={() => void submit()}
        onCancel={() => setEditing(null)}
      >
        {conflict ? (
          <Alert
            role="alert"
            type="error"
            showIcon
            title={t('admin.conflict')}
            description={problem?.message}
          />
        ) : (
          <ProblemAlert problem={problem} withFields />
        )}
        <Typography.Paragraph>
          {t('admin.revision', { revision: String(ruleSet.revision) })}
        </Typography.Paragraph>
        <InputNumber
          aria-label={t('admin.wage')}
          min={1}
          value={editing?.monthlyCny}
          onChange={(value) => editing && setEditing({ ...editing, monthlyCny: Number(value) })}
        />
      </Modal>
    </>
  );
}

function RuleSetsTab() {
  const { t } = useLanguage();
  const [{ data, error }, reload] = useQuery({ query: RULE_SETS });
  const refresh = () => reload({ requestPolicy: 'network-only' });
  return (
    <Space direction="vertical" size="large" style={{ width: '100%' }}>
      <AddRuleSetForm onAdded={refresh} />
      {error && !data ? <Alert type="error" title={error.message} /> : null}
      <Table
        rowKey="version"
        data-testid="rule-sets"
        pagination={false}
        dataSource={data?.ruleSets ?? []}
        expandable={{ expandedRowRender: (r) => <WageEditor ruleSet={r} onSaved={refresh} /> }}
        columns={[
          { title: t('admin.version'), dataIndex: 'version' },
          { title: t('admin.effectiveFrom'), dataIndex: 'effectiveFrom' },
          { title: t('admin.description'), dataIndex: 'description' },
          { title: t('admin.standard'), dataIndex: 'standard' },
          { title: t('admin.revisionColumn'), dataIndex: 'revision' },
        ]}
      />
    </Space>
  );
}

function FailedSmsTab() {
  const { t, language } = useLanguage();
  const [{ data }, reload] = useQuery({ query: FAILED_SMS });
  const [, resend] = useMutation(RESEND);
  const { problem, show } = useProblem();
  return (
    <>
      <ProblemAlert problem={problem} />
      <Table
        rowKey="id"
        dataSource={data?.failedMessages?.nodes ?? []}
        columns={[
          {
            title: t('admin.createdAt'),
            dataIndex: 'createdAt',
            render: (v: string) => formatDateTime(v, language),
          },
          { title: t('admin.template'), dataIndex: 'templateCode' },
          { title: t('admin.mobile'), dataIndex: 'mobile' },
          {
            title: t('admin.status'),
            dataIndex: 'status',
            render: (v: string) => <Tag color="red">{v}</Tag>,
          },
          { title: t('admin.reason'), dataIndex: 'failureReason' },
          {
            title: '',
            key: 'resend',
            render: (_: unknown, row) => (
              <Button
                size="small"
                onClick={() =>
                  void resend({ id: row.id }).then((a) => {
                    if (!show(a.error)) reload({ requestPolicy: 'network-only' });
                  })
                }
              >
                {t('admin.resend')}
              </Button>
            ),
          },
        ]}
      />
    </>
  );
}

function FailedJobsTab() {
  const { t, language } = useLanguage();
  const [{ data }, reload] = useQuery({ query: FAILED_JOBS });
  const [, retry] = useMutation(RETRY_JOB);
  const { problem, show } = useProblem();
  return (
    <>
      <ProblemAlert problem={problem} />
      <Table
        rowKey="jobId"
        dataSource={data?.failedVerificationJobs ?? []}
        columns={[
          {
            title: t('admin.failedAt'),
            dataIndex: 'failedAt',
            render: (v: string | null) => formatDateTime(v, language),
          },
          { title: t('admin.task'), dataIndex: 'taskId' },
          { title: t('admin.reason'), dataIndex: 'failedReason' },
          { title: t('admin.attempts'), dataIndex: 'attemptsMade' },
          {
            title: '',
            key: 'retry',
            render: (_: unknown, row) => (
              <Button
                size="small"
                onClick={() =>
                  void retry({ jobId: row.jobId }).then((a) => {
                    if (!show(a.error)) reload({ requestPolicy: 'network-only' });
                  })
                }
              >
                {t('admin.retry')}
              </Button>
            ),
          },
        ]}
      />
    </>
  );
}

/**
 * HRSS administration: rule-set versions and the wage table, the holiday schedule, appeals (复核),
 * forgery cases and sanctions city-wide, failed work with retry, the queue board.
 */
export default function AdminPage() {
  const { t, language } = useLanguage();
  return (
    <Space direction="vertical" size="large" style={{ width: '100%' }}>
      <Typography.Title level={1}>{t('admin.title')}</Typography.Title>
      <Typography.Paragraph>
        {/* Bull Board: the gateway checks the console's session cookie. */}
        <a href="/admin/queues" target="_blank" rel="noreferrer">
          {t('admin.queueBoard')}
        </a>
      </Typography.Paragraph>
      <Tabs
        items={[
          { key: 'rules', label: t('admin.ruleSets'), children: <RuleSetsTab /> },
          {
            key: 'calendar',
            label: t('admin.calendar'),
            // The notice for next year comes in late autumn: that is the year most often entered.
            children: <CalendarPanel initialYear={new Date().getFullYear() + 1} />,
          },
          { key: 'appeals', label: t('admin.appeals'), children: <AppealsPanel /> },
          { key: 'sanctions', label: t('admin.sanctions'), children: <CitySanctionsTab /> },
          { key: 'sms', label: t('admin.failedSms'), children: <FailedSmsTab /> },
          { key: 'jobs', label: t('admin.failedJobs'), children: <FailedJobsTab /> },
        ]}
      />
      <Typography.Text type="secondary">{enumLabel('AccountRole', 'HRSS_ADMIN', language)}</Typography.Text>
    </Space>
  );
}
