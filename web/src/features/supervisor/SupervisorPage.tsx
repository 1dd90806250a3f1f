import { App, Button, Select, Space, Tabs, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { useMutation, useQuery } from 'urql';
import { ProblemAlert, useProblem } from '../../app/problem';
import { useSession } from '../../app/session';
import { useLanguage } from '../../i18n/language';
import { useDistrictName } from '../review-queue/district';
import { ReviewQueue, type QueueRow } from '../review-queue/ReviewQueue';
import { ASSIGN_APPLICATION, DISTRICT_OFFICERS } from './queries';
import { SanctionsPanel } from './SanctionsPanel';

/** Hand one item to an officer of the district (the API accepts only real, active ones). */
function AssignControl({
  row,
  officers,
  onAssigned,
}: {
  row: QueueRow;
  officers: Array<{ value: string; label: string }>;
  onAssigned: (error: Parameters<ReturnType<typeof useProblem>['show']>[0]) => void;
}) {
  const { t } = useLanguage();
  const [officer, setOfficer] = useState<string | undefined>(row.assignedOfficer ?? undefined);
  const [{ fetching }, assign] = useMutation(ASSIGN_APPLICATION);
  const name = row.form.personal.name;
  return (
    <Space.Compact>
      <Select
        size="small"
        style={{ minWidth: 140 }}
        value={officer}
        onChange={setOfficer}
        options={officers}
        placeholder={t('supervisor.pickOfficer')}
        aria-label={t('supervisor.officerFor', { name })}
      />
      <Button
        size="small"
        loading={fetching}
        disabled={!officer || officer === row.assignedOfficer}
        aria-label={t('supervisor.assignFor', { name })}
        onClick={() =>
          officer && void assign({ id: row.id, officerId: officer }).then((a) => onAssigned(a.error))
        }
      >
        {t('supervisor.assign')}
      </Button>
    </Space.Compact>
  );
}

/** The centre supervisor: the district's counts, its overdue items and the whole queue; assign work. */
export default function SupervisorPage() {
  const { t } = useLanguage();
  const { me } = useSession();
  const district = useDistrictName(me?.district);
  const { message } = App.useApp();
  const { problem, show } = useProblem();
  const [{ data, error }] = useQuery({ query: DISTRICT_OFFICERS });
  const officers = useMemo(
    () =>
      (data?.districtOfficers ?? []).map((o) => ({ value: o.id, label: `${o.name}（${o.username ?? ''}）` })),
    [data],
  );
  const names = useMemo(() => new Map((data?.districtOfficers ?? []).map((o) => [o.id, o.name])), [data]);
  const action = (row: QueueRow, refresh: () => void) => (
    <AssignControl
      row={row}
      officers={officers}
      onAssigned={(e) => {
        if (!show(e)) void message.success(t('supervisor.assigned', { name: row.form.personal.name }));
        refresh();
      }}
    />
  );
  return (
    <>
      <Typography.Title level={1} style={{ fontSize: 24 }}>
        {t('supervisor.title', { district })}
      </Typography.Title>
      <ProblemAlert problem={problem} />
      <ProblemAlert problem={error ? { code: 'ERROR', message: error.message, fields: [] } : undefined} />
      <Tabs
        items={[
          {
            key: 'overdue',
            label: t('supervisor.overdue'),
            children: (
              <ReviewQueue
                label={t('supervisor.overdue')}
                toggle="unassigned"
                initial={{ overdue: 'yes' }}
                officerNames={names}
                action={action}
              />
            ),
          },
          {
            key: 'all',
            label: t('supervisor.all'),
            children: (
              <ReviewQueue
                label={t('supervisor.all')}
                toggle="unassigned"
                officerNames={names}
                action={action}
              />
            ),
          },
          { key: 'sanctions', label: t('sanctions.title'), children: <SanctionsPanel /> },
        ]}
      />
    </>
  );
}
