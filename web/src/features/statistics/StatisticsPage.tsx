import {
  Alert,
  Button,
  Card,
  Col,
  DatePicker,
  Row,
  Select,
  Space,
  Spin,
  Statistic,
  Table,
  Typography,
} from 'antd';
import type { Dayjs } from 'dayjs';
import { useMemo, useState } from 'react';
import { useQuery } from 'urql';
import { ProblemAlert } from '../../app/problem';
import { problemOf } from '../../api/problem';
import { useSession } from '../../app/session';
import { graphql } from '../../gql';
import type { StatisticsQuery } from '../../gql/graphql';
import { enumLabel, enumOptions } from '../../i18n/enums';
import { useLanguage } from '../../i18n/language';
import { toCsv, downloadCsv } from './csv';
import { EChart, type ChartOption } from './EChart';

const STATISTICS = graphql(`
  query Statistics($district: String, $from: String, $to: String) {
    statistics(district: $district, from: $from, to: $to) {
      scope
      district
      from
      to
      today
      byDistrictAndState {
        district
        state
        count
      }
      weeks {
        week
        isoWeek
        received
        decided
        approved
        rejected
      }
      overdue {
        district
        count
      }
      medianWorkingDaysToDecision
      decisionsMeasured
      approved
      rejected
      rejectedByReason {
        reason
        count
      }
      sms {
        delivered
        failed
        pending
      }
    }
    districts {
      code
      name
    }
  }
`);

type Figures = NonNullable<StatisticsQuery['statistics']>;

function CsvButton({
  name,
  header,
  rows,
}: {
  name: string;
  header: string[];
  rows: Array<Array<string | number | null>>;
}) {
  const { t } = useLanguage();
  return (
    <Button size="small" onClick={() => downloadCsv(`${name}.csv`, toCsv(header, rows))}>
      {t('statistics.csv')}
    </Button>
  );
}

/** Statistics for HRSS (the city, or one district) and a supervisor (their district). */
export default function StatisticsPage() {
  const { t, language } = useLanguage();
  const { me } = useSession();
  const hrss = me?.role === 'HRSS_ADMIN';
  const [district, setDistrict] = useState<string | null>(null);
  const [range, setRange] = useState<[Dayjs, Dayjs] | null>(null);
  const variables = useMemo(
    () => ({
      district: hrss ? district : null,
      from: range ? range[0].format('YYYY-MM-DD') : null,
      to: range ? range[1].format('YYYY-MM-DD') : null,
    }),
    [hrss, district, range],
  );
  const [{ data, fetching, error }] = useQuery({
    query: STATISTICS,
    variables,
    requestPolicy: 'cache-and-network',
  });
  const figures = data?.statistics;
  const districtName = useMemo(() => {
    const names = new Map((data?.districts ?? []).map((d) => [d.code, d.name]));
    return (code: string) => (language === 'zh' ? (names.get(code) ?? code) : code);
  }, [data?.districts, language]);

  return (
    <Space direction="vertical" size="large" style={{ width: '100%' }}>
      <Typography.Title level={1}>{t('statistics.title')}</Typography.Title>
      <Space wrap>
        {hrss ? (
          <Select
            aria-label={t('statistics.district')}
            style={{ minWidth: 180 }}
            value={district ?? 'CITY'}
            onChange={(value: string) => setDistrict(value === 'CITY' ? null : value)}
            options={[
              { value: 'CITY', label: t('statistics.city') },
              ...(data?.districts ?? []).map((d) => ({ value: d.code, label: districtName(d.code) })),
            ]}
          />
        ) : null}
        <DatePicker.RangePicker
          aria-label={t('statistics.range')}
          picker="week"
          value={range}
          onChange={(value) => setRange(value && value[0] && value[1] ? [value[0], value[1]] : null)}
        />
        {figures ? (
          <Typography.Text data-testid="statistics-scope">
            {figures.district ? districtName(figures.district) : t('statistics.city')} · {figures.from} –{' '}
            {figures.to}
          </Typography.Text>
        ) : null}
      </Space>
      {error && !figures ? <ProblemAlert problem={problemOf(error, language)} /> : null}
      {fetching && !figures ? <Spin /> : null}
      {figures ? <Figures figures={figures} districtName={districtName} /> : null}
    </Space>
  );
}

function Figures({ figures, districtName }: { figures: Figures; districtName: (code: string) => string }) {
  const { t, language } = useLanguage();
  const stateLabel = (state: string) => enumLabel('ApplicationState', state, language);
  const overdueTotal = figures.overdue.reduce((sum, d) => sum + d.count, 0);
  const states = enumOptions('ApplicationState', language).map((o) => o.value);
  const districts = [...new Set(figures.byDistrictAndState.map((r) => r.district))];
  const cell = (d: string, s: string) =>
    figures.byDistrictAndState.find((r) => r.district === d && r.state === s)?.count ?? 0;

  const weekly: ChartOption = {
    tooltip: { trigger: 'axis' },
    legend: {},
    grid: { left: 40, right: 16, bottom: 40 },
    xAxis: { type: 'category', data: figures.weeks.map((w) => w.isoWeek) },
    yAxis: { type: 'value', minInterval: 1 },
    series: [
      { name: t('statistics.received'), type: 'bar', data: figures.weeks.map((w) => w.received) },
      { name: t('statistics.decided'), type: 'line', data: figures.weeks.map((w) => w.decided) },
    ],
  };
  const byState: ChartOption = {
    tooltip: { trigger: 'axis' },
    legend: { type: 'scroll' },
    grid: { left: 40, right: 16, bottom: 60 },
    xAxis: { type: 'category', data: districts.map(districtName), axisLabel: { rotate: 30 } },
    yAxis: { type: 'value', minInterval: 1 },
    series: states.map((s) => ({
      name: stateLabel(s),
      type: 'bar' as const,
      stack: 'states',
      data: districts.map((d) => cell(d, s)),
    })),
  };
  const overdue: ChartOption = {
    tooltip: { trigger: 'axis' },
    grid: { left: 40, right: 16, bottom: 60 },
    xAxis: {
      type: 'category',
      data: figures.overdue.map((d) => districtName(d.district)),
      axisLabel: { rotate: 30 },
    },
    yAxis: { type: 'value', minInterval: 1 },
    series: [{ name: t('statistics.overdue'), type: 'bar', data: figures.overdue.map((d) => d.count) }],
  };

  return (
    <>
      <Row gutter={[16, 16]}>
        {[
          ['approved', t('statistics.approved'), figures.approved],
          ['rejected', t('statistics.rejected'), figures.rejected],
          ['median', t('statistics.median'), figures.medianWorkingDaysToDecision ?? '—'],
          ['overdue', t('statistics.overdueTotal'), overdueTotal],
          ['sms-delivered', t('statistics.smsDelivered'), figures.sms?.delivered ?? '—'],
          ['sms-failed', t('statistics.smsFailed'), figures.sms?.failed ?? '—'],
        ].map(([key, title, value]) => (
          <Col xs={12} md={8} lg={4} key={key}>
            <Card>
              <Statistic
                title={title}
                value={value}
                valueRender={(node) => <span data-testid={`stat-${key}`}>{node}</span>}
              />
            </Card>
          </Col>
        ))}
      </Row>
      {figures.sms ? null : <Alert type="warning" showIcon title={t('statistics.smsAway')} />}
      <Card
        title={t('statistics.weekly')}
        extra={
          <CsvButton
            name={`weeks-${figures.scope}`}
            header={[
              t('statistics.week'),
              t('statistics.received'),
              t('statistics.decided'),
              t('statistics.approved'),
              t('statistics.rejected'),
            ]}
            rows={figures.weeks.map((w) => [w.isoWeek, w.received, w.decided, w.approved, w.rejected])}
          />
        }
      >
        <EChart option={weekly} label={t('statistics.weekly')} />
        <Table
          size="small"
          rowKey="week"
          pagination={false}
          dataSource={figures.weeks}
          columns={[
            {
              title: t('statistics.week'),
              dataIndex: 'isoWeek',
              render: (v: string, w) => `${v}（${w.week}）`,
            },
            { title: t('statistics.received'), dataIndex: 'received' },
            { title: t('statistics.decided'), dataIndex: 'decided' },
            { title: t('statistics.approved'), dataIndex: 'approved' },
            { title: t('statistics.rejected'), dataIndex: 'rejected' },
          ]}
        />
      </Card>
      <Card
        title={t('statistics.byState')}
        extra={
          <CsvButton
            name={`states-${figures.scope}`}
            header={[t('statistics.district'), ...states.map(stateLabel)]}
            rows={districts.map((d) => [districtName(d), ...states.map((s) => cell(d, s))])}
          />
        }
      >
        <EChart option={byState} label={t('statistics.byState')} />
        <Table
          size="small"
          rowKey={(d) => d}
          pagination={false}
          scroll={{ x: true }}
          dataSource={districts}
          data-testid="statistics-by-state"
          columns={[
            {
              title: t('statistics.district'),
              key: 'district',
              render: (_: unknown, d: string) => districtName(d),
            },
            ...states.map((s) => ({
              title: stateLabel(s),
              key: s,
              render: (_: unknown, d: string) => cell(d, s),
            })),
          ]}
        />
      </Card>
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={12}>
          <Card
            title={t('statistics.overdue')}
            extra={
              <CsvButton
                name={`overdue-${figures.scope}`}
                header={[t('statistics.district'), t('statistics.overdue')]}
                rows={figures.overdue.map((d) => [districtName(d.district), d.count])}
              />
            }
          >
            <EChart option={overdue} label={t('statistics.overdue')} height={260} />
          </Card>
        </Col>
        <Col xs={24} lg={12}>
          <Card
            title={t('statistics.reasons')}
            extra={
              <CsvButton
                name={`rejections-${figures.scope}`}
                header={[t('statistics.reason'), t('statistics.count')]}
                rows={figures.rejectedByReason.map((r) => [r.reason, r.count])}
              />
            }
          >
            <Typography.Paragraph>
              {t('statistics.medianNote', { n: String(figures.decisionsMeasured) })}
            </Typography.Paragraph>
            <Table
              size="small"
              rowKey="reason"
              pagination={false}
              dataSource={figures.rejectedByReason}
              columns={[
                { title: t('statistics.reason'), dataIndex: 'reason', render: (v: string) => v || '—' },
                { title: t('statistics.count'), dataIndex: 'count' },
              ]}
            />
          </Card>
        </Col>
      </Row>
    </>
  );
}
