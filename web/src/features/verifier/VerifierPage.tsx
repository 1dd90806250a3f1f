import { Button, Select, Space, Typography } from 'antd';
import { useState } from 'react';
import { useQuery } from 'urql';
import { ProblemAlert } from '../../app/problem';
import type { VerificationTaskStatus } from '../../gql/graphql';
import { enumLabel } from '../../i18n/enums';
import { formatDateTime } from '../../i18n/format';
import { useLanguage } from '../../i18n/language';
import { KeysetPager, useKeysetPages } from '../../app/keyset-pages';
import { TASK_CASE, VERIFICATION_TASKS } from '../verification/queries';
import { TaskTable } from '../verification/TaskTable';
import { useDistrictName } from '../review-queue/district';

const OPEN: VerificationTaskStatus[] = ['NEEDS_MANUAL', 'PENDING'];

function DistrictName({ code }: { code: string }) {
  return <>{useDistrictName(code)}</>;
}

/** The receipt and archive holder of the task's case: which application the verifier is checking. */
function CaseCell({ caseId }: { caseId: string }) {
  const [{ data }] = useQuery({ query: TASK_CASE, variables: { id: caseId } });
  const c = data?.verificationCase;
  return <span data-testid="task-receipt">{c ? c.receiptNo : '—'}</span>;
}

/**
 * The city verifier's work: the education checks of every district that the national registry
 * could not answer (or only a person can, e.g. an overseas degree), with what it answered.
 */
export default function VerifierPage() {
  const { t, language } = useLanguage();
  const [statuses, setStatuses] = useState<VerificationTaskStatus[]>(OPEN);
  const pages = useKeysetPages();
  const [{ data, fetching, error }, reload] = useQuery({
    query: VERIFICATION_TASKS,
    variables: { filter: { statuses }, first: 20, after: pages.after },
    requestPolicy: 'network-only',
  });
  const page = data?.verificationTasks;
  return (
    <>
      <Typography.Title level={1} style={{ fontSize: 24 }}>
        {t('verifier.title')}
      </Typography.Title>
      <Typography.Paragraph>{t('verifier.intro')}</Typography.Paragraph>
      <Space style={{ marginBottom: 16 }} wrap>
        <label htmlFor="verifier-statuses">{t('task.status')}</label>
        <Select<VerificationTaskStatus[]>
          id="verifier-statuses"
          mode="multiple"
          style={{ minWidth: 280 }}
          value={statuses}
          onChange={(next) => {
            setStatuses(next.length ? next : OPEN);
            pages.restart();
          }}
          options={(['NEEDS_MANUAL', 'PENDING', 'PASSED', 'FAILED'] as const).map((s) => ({
            value: s,
            label: enumLabel('VerificationTaskStatus', s, language),
          }))}
        />
        <Button onClick={() => reload({ requestPolicy: 'network-only' })}>{t('verifier.reload')}</Button>
      </Space>
      <ProblemAlert problem={error ? { code: 'ERROR', message: error.message, fields: [] } : undefined} />
      <TaskTable
        tasks={page?.items ?? []}
        canArchive={false}
        onChanged={() => reload({ requestPolicy: 'network-only' })}
        extraColumns={[
          {
            title: t('verifier.district'),
            key: 'district',
            render: (task) => <DistrictName code={task.district} />,
          },
          {
            title: t('status.receiptNo'),
            key: 'receipt',
            render: (task) => <CaseCell caseId={task.caseId} />,
          },
          {
            title: t('verifier.createdAt'),
            key: 'created',
            render: (task) => formatDateTime(task.createdAt, language),
          },
        ]}
      />
      {fetching && !page ? <span>…</span> : null}
      <KeysetPager pages={pages} page={page} />
    </>
  );
}
