import {
  Alert,
  Button,
  Card,
  Descriptions,
  Form,
  Input,
  InputNumber,
  Space,
  Table,
  Tag,
  Typography,
} from 'antd';
import { useEffect, useState } from 'react';
import { useMutation, useQuery } from 'urql';
import { ProblemAlert, useProblem } from '../../app/problem';
import { graphql } from '../../gql';
import type { CalendarYearQuery } from '../../gql/graphql';
import { formatDateTime } from '../../i18n/format';
import { useLanguage } from '../../i18n/language';
import { ProvisionalTag } from '../application/ApplicationStatus';

const CALENDAR_YEAR = graphql(`
  query CalendarYear($year: Int!) {
    calendarYear(year: $year) {
      year
      source
      provisional
      current {
        revision
        documentRef
        holidays {
          date
          name
        }
        workdays {
          date
          name
        }
      }
      revisions {
        revision
        reason
        documentRef
        changedBy
        changedAt
      }
      statutoryDaysOff {
        date
        name
      }
    }
  }
`);

const PUBLISH_CALENDAR_YEAR = graphql(`
  mutation PublishCalendarYear($input: PublishCalendarYearInput!) {
    publishCalendarYear(input: $input) {
      year
      source
      current {
        revision
      }
    }
  }
`);

type Year = NonNullable<CalendarYearQuery['calendarYear']>;
type Day = { date: string; name: string };
interface Values {
  holidays: string;
  workdays: string;
  documentRef: string;
  reason: string;
}

const LINE = /^(\d{4}-\d{2}-\d{2})\s+(\S.*)$/;

/** "2027-02-05 春节" lines → days; the 1-based numbers of the lines that do not read so. */
export function parseDayLines(text: string): { days: Day[]; badLines: number[] } {
  const days: Day[] = [];
  const badLines: number[] = [];
  text.split('\n').forEach((raw, i) => {
    const line = raw.trim();
    if (!line) return;
    const match = LINE.exec(line);
    if (match?.[1] && match[2]) days.push({ date: match[1], name: match[2].trim() });
    else badLines.push(i + 1);
  });
  return { days, badLines };
}

const linesOf = (days: readonly Day[]): string => days.map((d) => `${d.date} ${d.name}`).join('\n');

/** The server names `input.holidays[3].date`; the person typed line 4 (blank lines are skipped). */
function lineNumberOf(text: string, index: number): number {
  let seen = -1;
  const lines = text.split('\n');
  for (const [i, line] of lines.entries()) {
    if (line.trim()) seen += 1;
    if (seen === index) return i + 1;
  }
  return index + 1;
}

function ScheduleForm({ year, onSaved }: { year: Year; onSaved: () => void }) {
  const { t } = useLanguage();
  const [form] = Form.useForm<Values>();
  const { problem, show } = useProblem();
  const [{ fetching }, publish] = useMutation(PUBLISH_CALENDAR_YEAR);
  const [saved, setSaved] = useState(false);

  useEffect(() => {
    form.setFieldsValue({
      holidays: linesOf(year.current?.holidays ?? []),
      workdays: linesOf(year.current?.workdays ?? []),
      documentRef: year.current?.documentRef ?? '',
      reason: '',
    });
  }, [form, year]);

  const submit = async (values: Values) => {
    setSaved(false);
    const lists = {
      holidays: parseDayLines(values.holidays ?? ''),
      workdays: parseDayLines(values.workdays ?? ''),
    };
    const bad = (['holidays', 'workdays'] as const).filter((k) => lists[k].badLines.length > 0);
    if (bad.length > 0) {
      form.setFields(
        bad.map((k) => ({
          name: k,
          errors: lists[k].badLines.map((line) => t('admin.calendarLine', { line })),
        })),
      );
      return;
    }
    const answer = await publish({
      input: {
        year: year.year,
        holidays: lists.holidays.days,
        workdays: lists.workdays.days,
        documentRef: values.documentRef ?? '',
        reason: values.reason ?? '',
        expectedRevision: year.current?.revision ?? null,
      },
    });
    const refused = show(answer.error);
    if (refused) {
      // Field problems go to the box they came from, with the line the person typed.
      form.setFields(
        refused.fields.flatMap((f) => {
          const [key, index] = f.name;
          if ((key === 'holidays' || key === 'workdays') && typeof index === 'number') {
            const line = lineNumberOf(values[key] ?? '', index);
            return [{ name: key, errors: [t('admin.calendarLineProblem', { line, message: f.message })] }];
          }
          return key === 'documentRef' || key === 'reason' || key === 'holidays' || key === 'workdays'
            ? [{ name: key, errors: [f.message] }]
            : [];
        }),
      );
      return;
    }
    setSaved(true);
    onSaved();
  };

  return (
    <Form form={form} layout="vertical" onFinish={(v) => void submit(v)}>
      {problem && problem.fields.length === 0 ? <ProblemAlert problem={problem} /> : null}
      {saved ? (
        <Alert type="success" showIcon title={t('admin.calendarSaved')} style={{ marginBottom: 16 }} />
      ) : null}
      <Form.Item name="holidays" label={t('admin.calendarHolidays')} rules={[{ required: true }]}>
        <Input.TextArea rows={8} placeholder="2027-02-05 春节" />
      </Form.Item>
      <Form.Item name="workdays" label={t('admin.calendarWorkdays')}>
        <Input.TextArea rows={3} placeholder="2027-02-20 春节调休上班" />
      </Form.Item>
      <Form.Item name="documentRef" label={t('admin.calendarDocument')} rules={[{ required: true }]}>
        <Input placeholder="国办发明电〔2026〕7号" />
      </Form.Item>
      <Form.Item name="reason" label={t('admin.calendarReason')} rules={[{ required: true }]}>
        <Input />
      </Form.Item>
      <Button type="primary" htmlType="submit" loading={fetching}>
        {t('admin.calendarSave')}
      </Button>
    </Form>
  );
}

/**
 * A year's working-day calendar as deadlines are counted with it: where its days off come from,
 * the law's days while no notice is entered, HRSS's entries, and the form to enter the notice.
 */
export function CalendarPanel({ initialYear }: { initialYear: number }) {
  const { t, language } = useLanguage();
  const [year, setYear] = useState(initialYear);
  const [{ data, error }, reload] = useQuery({ query: CALENDAR_YEAR, variables: { year } });
  const shown = data?.calendarYear;
  return (
    <Space orientation="vertical" size="large" style={{ width: '100%' }}>
      <Space>
        <Typography.Text>{t('admin.calendarYear')}</Typography.Text>
        <InputNumber
          aria-label={t('admin.calendarYear')}
          min={2000}
          max={2100}
          value={year}
          onChange={(value) => value && setYear(Number(value))}
        />
      </Space>
      {error && !data ? <Alert type="error" title={error.message} /> : null}
      {shown ? (
        <Card
          title={
            <Space>
              {String(shown.year)}
              {shown.provisional ? <ProvisionalTag /> : null}
            </Space>
          }
        >
          <Descriptions size="small" column={1} style={{ marginBottom: 16 }}>
            <Descriptions.Item label={t('admin.status')}>
              <span data-testid="calendar-source">
                {t(`admin.calendarSource.${shown.source}`, { revision: shown.current?.revision ?? '' })}
              </span>
            </Descriptions.Item>
            {shown.provisional ? (
              <Descriptions.Item label={t('admin.calendarStatutory')}>
                <Space wrap size={[4, 4]} data-testid="statutory-days">
                  {shown.statutoryDaysOff.map((d) => (
                    <Tag key={d.date}>{`${d.date} ${d.name}`}</Tag>
                  ))}
                </Space>
              </Descriptions.Item>
            ) : null}
          </Descriptions>
          <ScheduleForm year={shown} onSaved={() => reload({ requestPolicy: 'network-only' })} />
          {shown.revisions.length > 0 ? (
            <Table
              style={{ marginTop: 24 }}
              title={() => t('admin.calendarRevisions')}
              size="small"
              rowKey="revision"
              pagination={false}
              showHeader={false}
              dataSource={shown.revisions}
              columns={[
                {
                  key: 'entry',
                  render: (_: unknown, r) =>
                    t('admin.calendarRevisionRow', {
                      revision: r.revision,
                      at: formatDateTime(r.changedAt, language),
                      by: r.changedBy,
                      reason: `${r.reason}（${r.documentRef}）`,
                    }),
                },
              ]}
            />
          ) : null}
        </Card>
      ) : null}
    </Space>
  );
}
