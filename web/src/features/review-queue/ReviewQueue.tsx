import { Card, Checkbox, Col, DatePicker, Form, Row, Select, Space, Statistic, Table, Tag } from 'antd';
import type { Dayjs } from 'dayjs';
import { useMemo, useState, type ReactNode } from 'react';
import { Link } from 'react-router';
import { useQuery } from 'urql';
import { ProblemAlert } from '../../app/problem';
import { useSession } from '../../app/session';
import type { ApplicationState, QueueRowFragment, ReviewQueueFilter } from '../../gql/graphql';
import { enumLabel, enumOptions } from '../../i18n/enums';
import { formatDate, formatDateTime } from '../../i18n/format';
import { useLanguage } from '../../i18n/language';
import { KeysetPager, useKeysetPages } from '../../app/keyset-pages';
import { ProvisionalTag, StateTag, TAG_COLOURS } from '../application/ApplicationStatus';
import { REVIEW_QUEUE } from './queries';

export type QueueRow = QueueRowFragment;

/** The states a district centre works on: the queue's default and its state filter. */
export const CENTRE_STATES: ApplicationState[] = [
  'SUBMITTED',
  'MATERIALS_REQUIRED',
  'ARCHIVE_REVIEW',
  'SCORING',
];

const PAGE_SIZE = 20;

interface Filters {
  states: ApplicationState[];
  kind?: ReviewQueueFilter['kind'];
  submitted?: [Dayjs | null, Dayjs | null] | null;
  overdue: 'all' | 'yes' | 'no';
  mine: boolean;
  unassigned: boolean;
}

function toFilter(f: Filters, me: string | undefined): ReviewQueueFilter {
  const [from, to] = f.submitted ?? [null, null];
  return {
    ...(f.states.length ? { states: f.states } : {}),
    ...(f.kind ? { kind: f.kind } : {}),
    ...(from ? { submittedFrom: from.format('YYYY-MM-DD') } : {}),
    ...(to ? { submittedTo: to.format('YYYY-MM-DD') } : {}),
    ...(f.overdue === 'all' ? {} : { overdue: f.overdue === 'yes' }),
    ...(f.mine && me ? { assignedOfficer: me } : {}),
    ...(f.unassigned ? { unassigned: true } : {}),
  };
}

/** Who works on an item, as the person looking at the queue reads it. */
export function OfficerName({ id, names }: { id: string | null | undefined; names?: Map<string, string> }) {
  const { t } = useLanguage();
  const { me } = useSession();
  if (!id) return <>{t('queue.unassignedLabel')}</>;
  if (id === me?.id) return <>{t('queue.me')}</>;
  return <>{names?.get(id) ?? t('queue.otherOfficer')}</>;
}

/**
 * The district's work list: counts per state, filters, overdue first, keyset pages of 20 (the
 * API's cursor; a stack of cursors walks back). `action` is what each row offers its reader.
 */
export function ReviewQueue({
  action,
  initial,
  toggle,
  officerNames,
  label,
}: {
  action: (row: QueueRow, refresh: () => void) => ReactNode;
  initial?: Partial<Filters>;
  /** The officer filters on their own items, the supervisor on unassigned ones. */
  toggle: 'mine' | 'unassigned';
  officerNames?: Map<string, string>;
  label: string;
}) {
  const { t, language } = useLanguage();
  const { me } = useSession();
  const [form] = Form.useForm<Filters>();
  const start: Filters = { states: [], overdue: 'all', mine: false, unassigned: false, ...initial };
  const [filters, setFilters] = useState<Filters>(start);
  const pages = useKeysetPages();
  const { after } = pages;
  const variables = useMemo(
    () => ({ filter: toFilter(filters, me?.id), first: PAGE_SIZE, after }),
    [filters, me?.id, after],
  );
  const [{ data, fetching, error }, reload] = useQuery({
    query: REVIEW_QUEUE,
    variables,
    requestPolicy: 'cache-and-network',
  });
  const refresh = (): void => reload({ requestPolicy: 'network-only' });
  const page = data?.reviewQueue;
  const counts = new Map((data?.reviewQueueCounts ?? []).map((c) => [c.state, c.count]));

  return (
    <section aria-label={label}>
      <Row gutter={[12, 12]} style={{ marginBottom: 16 }} role="list" aria-label={t('queue.counts')}>
        {CENTRE_STATES.map((state) => (
          <Col xs={12} md={6} key={state} role="listitem">
            <Card size="small">
              <Statistic
                title={enumLabel('ApplicationState', state, language)}
                value={counts.get(state) ?? 0}
                valueRender={(node) => <span data-testid={`count-${state}`}>{node}</span>}
              />
            </Card>
          </Col>
        ))}
      </Row>
      <Form
        form={form}
        layout="inline"
        initialValues={start}
        aria-label={t('queue.filters')}
        onValuesChange={(_, all: Filters) => {
          setFilters(all);
          pages.restart();
        }}
        style={{ marginBottom: 16, rowGap: 8 }}
      >
        <Form.Item name="states" label={t('queue.states')}>
          <Select
            mode="multiple"
            allowClear
            style={{ minWidth: 200 }}
            placeholder={t('queue.centreStates')}
            options={CENTRE_STATES.map((s) => ({
              value: s,
              label: enumLabel('ApplicationState', s, language),
            }))}
          />
        </Form.Item>
        <Form.Item name="kind" label={t('queue.kind')}>
          <Select
            allowClear
            style={{ minWidth: 120 }}
            placeholder={t('queue.anyKind')}
            options={enumOptions('ApplicationKind', language)}
          />
        </Form.Item>
        <Form.Item name="submitted" label={t('queue.submitted')}>
          <DatePicker.RangePicker allowEmpty={[true, true]} />
        </Form.Item>
        <Form.Item name="overdue" label={t('queue.overdue')}>
          <Select
            style={{ minWidth: 100 }}
            options={[
              { value: 'all', label: t('queue.overdueAll') },
              { value: 'yes', label: t('queue.overdueOnly') },
              { value: 'no', label: t('queue.notOverdue') },
            ]}
          />
        </Form.Item>
        {toggle === 'mine' ? (
          <Form.Item name="mine" valuePropName="checked">
            <Checkbox>{t('queue.mine')}</Checkbox>
          </Form.Item>
        ) : (
          <Form.Item name="unassigned" valuePropName="checked">
            <Checkbox>{t('queue.unassigned')}</Checkbox>
          </Form.Item>
        )}
      </Form>
      <ProblemAlert problem={error ? { code: 'ERROR', message: error.message, fields: [] } : undefined} />
      <Table<QueueRow>
        size="small"
        rowKey="id"
        loading={fetching && !page}
        dataSource={page?.items ?? []}
        pagination={false}
        scroll={{ x: true }}
        locale={{ emptyText: t('queue.empty') }}
        columns={[
          {
            title: t('queue.applicant'),
            key: 'applicant',
            render: (_, row) => (
              <Link
                to={`/centre/applications/${row.id}`}
                aria-label={t('queue.open', { name: row.form.personal.name })}
              >
                {row.form.personal.name}
              </Link>
            ),
          },
          { title: t('queue.employer'), key: 'employer', render: (_, row) => row.employer.name },
          {
            title: t('queue.kind'),
            dataIndex: 'kind',
            render: (kind: string) => enumLabel('ApplicationKind', kind, language),
          },
          {
            title: t('queue.state'),
            dataIndex: 'state',
            render: (state: string) => <StateTag state={state} />,
          },
          {
            title: t('queue.due'),
            key: 'due',
            render: (_, row) => {
              const due = row.scoringDeadline ?? row.archiveDeadline;
              // Waiting for the centre or the employer: the day it expires unless someone acts.
              if (!due && row.expiresOn)
                return (
                  <Space size={4} data-testid="expires">
                    {formatDate(row.expiresOn, language)}
                    <Tag color={TAG_COLOURS.orange}>{t('queue.expiresTag')}</Tag>
                  </Space>
                );
              return (
                <Space size={4}>
                  {due ? formatDate(due.dueOn, language) : '—'}
                  {due?.provisional ? <ProvisionalTag /> : null}
                  {row.overdue && (
                    <Tag color={TAG_COLOURS.red} data-testid="overdue">
                      {t('queue.overdueTag')}
                    </Tag>
                  )}
                </Space>
              );
            },
          },
          {
            title: t('queue.submittedAt'),
            dataIndex: 'submittedAt',
            render: (at: string | null) => formatDateTime(at, language),
          },
          {
            title: t('queue.officer'),
            key: 'officer',
            render: (_, row) => <OfficerName id={row.assignedOfficer} names={officerNames} />,
          },
          { title: t('queue.actions'), key: 'actions', render: (_, row) => action(row, refresh) },
        ]}
      />
      <KeysetPager pages={pages} page={page} testId="queue-page" />
    </section>
  );
}
