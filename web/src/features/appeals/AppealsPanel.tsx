// 复核 (第二十一条, domain.md "Appeals and supervision"): HRSS's list of appeals, city-wide or one
// district's. One HRSS person reviews and proposes a correction of the total; a second person
// decides (upheld: the correction applies; dismissed: the score stands). An appeal on a rejection
// without a score has no correction: upheld, the application is checked again. The server refuses
// the first reviewer's decision (FORBIDDEN); the page says so beforehand and shows the refusal too.
import {
  Alert,
  App,
  Button,
  Card,
  Form,
  Input,
  InputNumber,
  Radio,
  Select,
  Space,
  Table,
  Tag,
  Typography,
} from 'antd';
import { useMemo, useState } from 'react';
import { useMutation, useQuery } from 'urql';
import { DistrictName, DistrictSelect } from '../../app/DistrictSelect';
import { ProblemAlert, useProblem } from '../../app/problem';
import { useSession } from '../../app/session';
import type { AppealListQuery, AppealState } from '../../gql/graphql';
import { enumLabel, enumOptions } from '../../i18n/enums';
import { formatDateTime } from '../../i18n/format';
import { useLanguage } from '../../i18n/language';
import { KeysetPager, useKeysetPages } from '../../app/keyset-pages';
import { TAG_COLOURS } from '../application/ApplicationStatus';
import { APPEAL_LIST, DECIDE_APPEAL, REVIEW_APPEAL } from './queries';

type AppealRow = NonNullable<AppealListQuery['appealList']>['items'][number];

const PAGE_SIZE = 20;
// The console's solid tag colours (contrast-checked); a dismissed appeal keeps the plain tag.
const STATE_COLOURS: Record<AppealState, string | undefined> = {
  REQUESTED: TAG_COLOURS.blue,
  REVIEWED: TAG_COLOURS.orange,
  UPHELD: TAG_COLOURS.green,
  DISMISSED: undefined,
};

const signed = (n: number): string => (n > 0 ? `+${n}` : String(n));

/** What the appeal disputes: an indicator, or the unscored rejection itself. */
function useSubjectLabel(): (appeal: Pick<AppealRow, 'subject' | 'indicator'>) => string {
  const { t, language } = useLanguage();
  return (appeal) =>
    appeal.subject === 'REJECTION' || !appeal.indicator
      ? t('appeals.onRejection')
      : enumLabel('AppealIndicator', appeal.indicator, language);
}

function ReviewForm({ appeal, onDone }: { appeal: AppealRow; onDone: () => void }) {
  const { t } = useLanguage();
  const { message } = App.useApp();
  const subjectLabel = useSubjectLabel();
  const [form] = Form.useForm<{ proposedDelta: number; note: string }>();
  const { problem, show } = useProblem(form);
  const [{ fetching }, review] = useMutation(REVIEW_APPEAL);
  const onRejection = appeal.subject === 'REJECTION';
  const label = t('appeals.reviewFor', { receipt: appeal.receiptNo ?? '', indicator: subjectLabel(appeal) });
  const submit = async (v: { proposedDelta?: number; note: string }): Promise<void> => {
    const answer = await review({
      id: appeal.id,
      version: appeal.version,
      // A rejection without a score has no points to correct (the server requires 0).
      proposedDelta: onRejection ? 0 : (v.proposedDelta ?? 0),
      note: v.note.trim(),
    });
    if (show(answer.error)) return;
    void message.success(t('appeals.reviewed'));
    onDone();
  };
  return (
    <Card size="small" title={label}>
      <Form form={form} layout="vertical" aria-label={label} onFinish={(v) => void submit(v)}>
        <ProblemAlert problem={problem} />
        {onRejection ? (
          <Typography.Paragraph>{t('appeals.rejectionReviewHelp')}</Typography.Paragraph>
        ) : (
          <Form.Item
            name="proposedDelta"
            label={t('appeals.delta')}
            extra={t('appeals.deltaHelp')}
            rules={[{ required: true, message: t('appeals.deltaRequired') }]}
          >
            <InputNumber precision={0} style={{ width: 160 }} />
          </Form.Item>
        )}
        <Form.Item
          name="note"
          label={t('appeals.note')}
          rules={[{ required: true, whitespace: true, message: t('appeals.noteRequired') }]}
        >
          <Input.TextArea rows={2} maxLength={500} />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={fetching}>
          {t('appeals.submit')}
        </Button>
      </Form>
    </Card>
  );
}

function DecideForm({ appeal, onDone }: { appeal: AppealRow; onDone: () => void }) {
  const { t } = useLanguage();
  const { me } = useSession();
  const { message } = App.useApp();
  const subjectLabel = useSubjectLabel();
  const [form] = Form.useForm<{ uphold: boolean; note: string }>();
  const { problem, show } = useProblem(form);
  const [{ fetching }, decide] = useMutation(DECIDE_APPEAL);
  const onRejection = appeal.subject === 'REJECTION';
  const label = t('appeals.decideFor', { receipt: appeal.receiptNo ?? '', indicator: subjectLabel(appeal) });
  const delta = appeal.proposedDelta ?? 0;
  const before = appeal.currentTotal ?? 0;
  const submit = async (v: { uphold: boolean; note: string }): Promise<void> => {
    const answer = await decide({
      id: appeal.id,
      version: appeal.version,
      uphold: v.uphold,
      note: v.note.trim(),
    });
    if (show(answer.error)) return;
    void message.success(t('appeals.decided'));
    onDone();
  };
  return (
    <Card size="small" title={label}>
      <Form form={form} layout="vertical" aria-label={label} onFinish={(v) => void submit(v)}>
        {/* The server decides who may decide; the page only warns the person it will refuse. */}
        {me?.id && me.id === appeal.firstReviewer ? (
          <Alert type="warning" showIcon title={t('appeals.ownReview')} style={{ marginBottom: 16 }} />
        ) : null}
        <ProblemAlert problem={problem} />
        <Typography.Paragraph>
          {onRejection
            ? t('appeals.rejectionReviewHelp')
            : t('appeals.correction', {
                delta: signed(delta),
                before: String(before),
                // The server floors the corrected total at 0.
                after: String(Math.max(0, before + delta)),
              })}
          {appeal.firstReviewNote ? `（${appeal.firstReviewNote}）` : null}
        </Typography.Paragraph>
        <Form.Item
          name="uphold"
          label={t('appeals.outcome')}
          rules={[{ required: true, message: t('appeals.outcomeRequired') }]}
        >
          <Radio.Group>
            <Space direction="vertical">
              <Radio value={true}>{t(onRejection ? 'appeals.upholdRejection' : 'appeals.uphold')}</Radio>
              <Radio value={false}>{t(onRejection ? 'appeals.dismissRejection' : 'appeals.dismiss')}</Radio>
            </Space>
          </Radio.Group>
        </Form.Item>
        <Form.Item
          name="note"
          label={t('appeals.note')}
          rules={[{ required: true, whitespace: true, message: t('appeals.noteRequired') }]}
        >
          <Input.TextArea rows={2} maxLength={500} />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={fetching}>
          {t('appeals.submit')}
        </Button>
      </Form>
    </Card>
  );
}

/** HRSS's appeals: filter by state and district, page by cursor, review or decide one. */
export function AppealsPanel() {
  const { t, language } = useLanguage();
  const subjectLabel = useSubjectLabel();
  const [states, setStates] = useState<AppealState[]>([]);
  const [district, setDistrict] = useState<string | null>(null);
  const pages = useKeysetPages();
  const [working, setWorking] = useState<string | null>(null);
  const { after } = pages;
  const variables = useMemo(
    () => ({ filter: { states: states.length ? states : null, district }, first: PAGE_SIZE, after }),
    [states, district, after],
  );
  const [{ data, fetching, error }, reload] = useQuery({
    query: APPEAL_LIST,
    variables,
    requestPolicy: 'cache-and-network',
  });
  const page = data?.appealList;
  const selected = page?.items.find((a) => a.id === working);
  const done = (): void => {
    setWorking(null);
    reload({ requestPolicy: 'network-only' });
  };
  return (
    <section aria-label={t('appeals.title')}>
      <Typography.Paragraph>{t('appeals.intro')}</Typography.Paragraph>
      <Space wrap style={{ marginBottom: 16 }} role="group" aria-label={t('appeals.filters')}>
        <Select
          mode="multiple"
          allowClear
          aria-label={t('appeals.states')}
          style={{ minWidth: 240 }}
          placeholder={t('appeals.openStates')}
          value={states}
          onChange={(next: AppealState[]) => {
            setStates(next);
            pages.restart();
          }}
          options={enumOptions('AppealState', language)}
        />
        <DistrictSelect
          label={t('sanctions.district')}
          cityLabel={t('sanctions.allDistricts')}
          value={district}
          onChange={(next) => {
            setDistrict(next);
            pages.restart();
          }}
        />
      </Space>
      <ProblemAlert problem={error ? { code: 'ERROR', message: error.message, fields: [] } : undefined} />
      <Table<AppealRow>
        size="small"
        rowKey="id"
        data-testid="appeals"
        loading={fetching && !page}
        dataSource={page?.items ?? []}
        pagination={false}
        scroll={{ x: true }}
        locale={{ emptyText: t('appeals.empty') }}
        columns={[
          {
            title: t('appeals.requestedAt'),
            dataIndex: 'requestedAt',
            render: (at: string) => formatDateTime(at, language),
          },
          {
            title: t('sanctions.district'),
            dataIndex: 'district',
            render: (code: string) => <DistrictName code={code} />,
          },
          { title: t('appeals.receiptNo'), dataIndex: 'receiptNo' },
          {
            title: t('appeals.indicator'),
            key: 'indicator',
            render: (_, a) => subjectLabel(a),
          },
          { title: t('appeals.reason'), dataIndex: 'reason' },
          { title: t('appeals.total'), dataIndex: 'currentTotal' },
          {
            title: t('appeals.firstReview'),
            key: 'firstReview',
            render: (_, a) =>
              a.proposedDelta === null || a.proposedDelta === undefined
                ? '—'
                : t('appeals.firstReviewLine', {
                    delta: signed(a.proposedDelta),
                    note: a.firstReviewNote ?? '',
                  }),
          },
          {
            title: t('appeals.decision'),
            key: 'state',
            render: (_, a) => (
              <Space direction="vertical" size={0}>
                <Tag color={STATE_COLOURS[a.state]}>{enumLabel('AppealState', a.state, language)}</Tag>
                {a.decisionNote ? <Typography.Text type="secondary">{a.decisionNote}</Typography.Text> : null}
              </Space>
            ),
          },
          {
            title: t('appeals.actions'),
            key: 'actions',
            render: (_, a) => {
              const indicator = subjectLabel(a);
              if (a.state === 'REQUESTED')
                return (
                  <Button
                    size="small"
                    aria-label={t('appeals.reviewFor', { receipt: a.receiptNo ?? '', indicator })}
                    onClick={() => setWorking(a.id)}
                  >
                    {t('appeals.review')}
                  </Button>
                );
              if (a.state === 'REVIEWED')
                return (
                  <Button
                    size="small"
                    type="primary"
                    aria-label={t('appeals.decideFor', { receipt: a.receiptNo ?? '', indicator })}
                    onClick={() => setWorking(a.id)}
                  >
                    {t('appeals.decide')}
                  </Button>
                );
              return null;
            },
          },
        ]}
      />
      <KeysetPager pages={pages} page={page} testId="appeals-page" />
      {selected ? (
        <div style={{ marginTop: 16 }}>
          {selected.state === 'REQUESTED' ? (
            <ReviewForm key={selected.id} appeal={selected} onDone={done} />
          ) : (
            <DecideForm key={selected.id} appeal={selected} onDone={done} />
          )}
        </div>
      ) : null}
    </section>
  );
}
