// A person's part in the verifications: completing a check the registry could not answer, and
// recording the archive's arrival (调档) or the check letter's return (核档函). The task's version
// goes with each: a task someone else completed meanwhile answers CONFLICT, shown here.
import { Button, Checkbox, Form, Input, Radio, Select } from 'antd';
import { useMutation } from 'urql';
import { ProblemAlert, useProblem } from '../../app/problem';
import { DATE_RULE } from '../../app/rules';
import type { VerificationTaskPartsFragment } from '../../gql/graphql';
import { enumOptions } from '../../i18n/enums';
import { shanghaiToday } from '../../i18n/format';
import { useLanguage } from '../../i18n/language';
import { COMPLETE_VERIFICATION_TASK, RECORD_ARCHIVE_ARRIVAL } from './queries';

export type Task = VerificationTaskPartsFragment;

/** A task a person may complete now: the registry could not answer, or only a person can. */
export const completable = (task: Task): boolean =>
  task.kind !== 'ARCHIVE_RETRIEVAL' &&
  (task.status === 'NEEDS_MANUAL' || (task.status === 'PENDING' && !task.automated));

/** The archive request went out and waits for the archive (or the letter). */
export const awaitingArchive = (task: Task): boolean =>
  task.kind === 'ARCHIVE_RETRIEVAL' &&
  (task.status === 'NEEDS_MANUAL' || (task.status === 'IN_PROGRESS' && Boolean(task.requestedAt)));

interface CompleteValues {
  result: 'PASSED' | 'FAILED';
  note: string;
  forgedMaterial?: boolean;
  verifiedLevel?: string;
}

export function CompleteTaskForm({ task, onDone }: { task: Task; onDone: () => void }) {
  const { t, language } = useLanguage();
  const [form] = Form.useForm<CompleteValues>();
  const { problem, show } = useProblem(form);
  const [{ fetching }, complete] = useMutation(COMPLETE_VERIFICATION_TASK);
  const result = Form.useWatch('result', form);
  const submit = async (values: CompleteValues): Promise<void> => {
    const answer = await complete({
      input: {
        taskId: task.id,
        version: task.version,
        result: values.result,
        note: values.note.trim(),
        forgedMaterial: values.result === 'FAILED' && Boolean(values.forgedMaterial),
        ...(values.verifiedLevel ? { verifiedLevel: values.verifiedLevel } : {}),
      },
    });
    if (!show(answer.error)) onDone();
  };
  return (
    <Form
      form={form}
      layout="vertical"
      initialValues={{ result: 'PASSED' }}
      aria-label={t('task.complete')}
      onFinish={(v) => void submit(v)}
    >
      <ProblemAlert problem={problem} />
      <Form.Item name="result" label={t('task.result')}>
        <Radio.Group
          options={[
            { value: 'PASSED', label: t('task.resultPassed') },
            { value: 'FAILED', label: t('task.resultFailed') },
          ]}
        />
      </Form.Item>
      {task.kind === 'EDUCATION' && (
        <Form.Item name="verifiedLevel" label={t('task.verifiedLevel')} extra={t('task.verifiedLevelHelp')}>
          <Select allowClear options={enumOptions('DiplomaLevel', language)} style={{ maxWidth: 320 }} />
        </Form.Item>
      )}
      {result === 'FAILED' && (
        <Form.Item name="forgedMaterial" valuePropName="checked">
          <Checkbox>{t('task.forged')}</Checkbox>
        </Form.Item>
      )}
      <Form.Item
        name="note"
        label={t('task.note')}
        rules={[{ required: true, whitespace: true, message: t('task.noteRequired') }]}
      >
        <Input.TextArea rows={2} maxLength={1000} />
      </Form.Item>
      <Button type="primary" htmlType="submit" loading={fetching}>
        {t('task.submitResult')}
      </Button>
    </Form>
  );
}

interface ArrivalValues {
  receivedOn: string;
  note: string;
}

export function ArchiveArrivalForm({ task, onDone }: { task: Task; onDone: () => void }) {
  const { t } = useLanguage();
  const [form] = Form.useForm<ArrivalValues>();
  const { problem, show } = useProblem(form);
  const [{ fetching }, record] = useMutation(RECORD_ARCHIVE_ARRIVAL);
  const submit = async (values: ArrivalValues): Promise<void> => {
    const answer = await record({
      input: {
        taskId: task.id,
        version: task.version,
        receivedOn: values.receivedOn,
        note: values.note.trim(),
      },
    });
    if (!show(answer.error)) onDone();
  };
  return (
    <Form
      form={form}
      layout="vertical"
      initialValues={{ receivedOn: shanghaiToday() }}
      aria-label={t('task.recordArrival')}
      onFinish={(v) => void submit(v)}
    >
      <ProblemAlert problem={problem} />
      <Form.Item
        name="receivedOn"
        label={task.archiveMode === 'CHECK_LETTER' ? t('task.letterReturnedOn') : t('task.receivedOn')}
        rules={[{ required: true, message: t('rule.required') }, DATE_RULE(t)]}
      >
        <Input style={{ maxWidth: 200 }} />
      </Form.Item>
      <Form.Item
        name="note"
        label={t('task.note')}
        rules={[{ required: true, whitespace: true, message: t('task.noteRequired') }]}
      >
        <Input.TextArea rows={2} maxLength={1000} />
      </Form.Item>
      <Button type="primary" htmlType="submit" loading={fetching}>
        {t('task.confirmArrival')}
      </Button>
    </Form>
  );
}
