import { App, Button, Table, Tag } from 'antd';
import { useState, type ReactNode } from 'react';
import { TAG_COLOURS } from '../application/ApplicationStatus';
import { enumLabel } from '../../i18n/enums';
import { formatDate, formatDateTime } from '../../i18n/format';
import { useLanguage } from '../../i18n/language';
import { ArchiveArrivalForm, awaitingArchive, CompleteTaskForm, completable, type Task } from './TaskForms';

const STATUS_COLOURS: Record<string, string> = {
  PASSED: TAG_COLOURS.green,
  FAILED: TAG_COLOURS.red,
  NEEDS_MANUAL: TAG_COLOURS.orange,
};

export function TaskStatusTag({ status }: { status: string }) {
  const { language } = useLanguage();
  return (
    <Tag color={STATUS_COLOURS[status] ?? TAG_COLOURS.blue} data-testid="task-status" data-status={status}>
      {enumLabel('VerificationTaskStatus', status, language)}
    </Tag>
  );
}

/**
 * Each check with its status and what the registry answered (the reason it failed or needs a
 * person, or the note of whoever completed it); the ones a person may act on open their form.
 */
export function TaskTable({
  tasks,
  onChanged,
  extraColumns = [],
  canArchive = true,
}: {
  tasks: Task[];
  onChanged: () => void;
  extraColumns?: Array<{ title: string; key: string; render: (task: Task) => ReactNode }>;
  /** The city verifier does not record archives (district work). */
  canArchive?: boolean;
}) {
  const { t, language } = useLanguage();
  const [open, setOpen] = useState<string | undefined>();
  const { message } = App.useApp();
  const done = (text: string): void => {
    setOpen(undefined);
    void message.success(text);
    onChanged();
  };
  const actionable = (task: Task): boolean => completable(task) || (canArchive && awaitingArchive(task));
  return (
    <Table<Task>
      size="small"
      rowKey="id"
      pagination={false}
      dataSource={tasks}
      scroll={{ x: true }}
      locale={{ emptyText: t('task.noTasks') }}
      expandable={{
        expandedRowKeys: open ? [open] : [],
        showExpandColumn: false,
        expandedRowRender: (task) =>
          completable(task) ? (
            <CompleteTaskForm task={task} onDone={() => done(t('task.completed'))} />
          ) : (
            <ArchiveArrivalForm task={task} onDone={() => done(t('task.arrivalRecorded'))} />
          ),
      }}
      columns={[
        {
          title: t('task.kind'),
          dataIndex: 'kind',
          render: (kind: string) => enumLabel('VerificationTaskKind', kind, language),
        },
        ...extraColumns.map((c) => ({
          title: c.title,
          key: c.key,
          render: (_: unknown, task: Task) => c.render(task),
        })),
        {
          title: t('task.how'),
          dataIndex: 'automated',
          render: (automated: boolean) => (automated ? t('task.byRegistry') : t('task.byHand')),
        },
        { title: t('task.status'), dataIndex: 'status', render: (s: string) => <TaskStatusTag status={s} /> },
        {
          title: t('task.answer'),
          key: 'answer',
          render: (_, task) => (
            <span data-testid="task-answer">
              {[
                task.reason,
                task.note && task.note !== task.reason ? task.note : null,
                task.archiveArrivedOn
                  ? t('task.arrivedOn', { date: formatDate(task.archiveArrivedOn, language) })
                  : null,
                task.letterReturnedOn
                  ? t('task.letterOn', { date: formatDate(task.letterReturnedOn, language) })
                  : null,
                task.requestedAt &&
                !task.archiveArrivedOn &&
                !task.letterReturnedOn &&
                task.kind === 'ARCHIVE_RETRIEVAL'
                  ? t('task.requestedAt', { at: formatDateTime(task.requestedAt, language) })
                  : null,
              ]
                .filter(Boolean)
                .join('；') || '—'}
            </span>
          ),
        },
        {
          title: t('task.actions'),
          key: 'actions',
          render: (_, task) =>
            actionable(task) ? (
              <Button
                size="small"
                type={open === task.id ? 'default' : 'primary'}
                aria-expanded={open === task.id}
                onClick={() => setOpen(open === task.id ? undefined : task.id)}
              >
                {completable(task) ? t('task.complete') : t('task.recordArrival')}
              </Button>
            ) : null,
        },
      ]}
    />
  );
}
