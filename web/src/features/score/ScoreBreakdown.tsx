import { Descriptions, Table, Tag, Typography } from 'antd';
import { enumLabel } from '../../i18n/enums';
import { formatDate } from '../../i18n/format';
import { useLanguage } from '../../i18n/language';
import { noteIn } from './score-note';

export interface BreakdownItem {
  indicator: string;
  points: number;
  counted: boolean;
  note?: string | null;
}

export interface BreakdownExcludedMonth {
  month: string;
  reasons: string[];
  note: string;
}

export interface Breakdown {
  total?: number | null;
  standard: number;
  eligible: boolean;
  vetoed?: boolean;
  ruleSetVersion: string;
  items: BreakdownItem[];
  excludedMonths?: BreakdownExcludedMonth[];
  problems?: string[];
}

/** The explained score: every item, whether it counted and why not, and the months left out. */
export function ScoreBreakdown({ score, title }: { score: Breakdown; title: string }) {
  const { t, language } = useLanguage();
  return (
    <section aria-label={title} data-testid="score-breakdown">
      <Typography.Title level={2} style={{ fontSize: 20 }}>
        {title}
      </Typography.Title>
      <Descriptions bordered size="small" column={1}>
        <Descriptions.Item label={t('score.total')}>
          <span className="score-total" data-testid="score-total">
            {score.total ?? '—'}
          </span>{' '}
          {t('score.ofStandard', { standard: score.standard })}
        </Descriptions.Item>
        <Descriptions.Item label={t('score.verdict')}>
          <span data-testid="score-verdict">
            {score.vetoed ? t('score.vetoed') : score.eligible ? t('score.eligible') : t('score.notEligible')}
          </span>
        </Descriptions.Item>
        <Descriptions.Item label={t('score.ruleSet')}>{score.ruleSetVersion}</Descriptions.Item>
      </Descriptions>
      {score.problems && score.problems.length > 0 && (
        <ul aria-label={t('score.problems')}>
          {score.problems.map((p) => (
            <li key={p}>{p}</li>
          ))}
        </ul>
      )}
      <Table<BreakdownItem>
        size="small"
        style={{ marginTop: 16 }}
        pagination={false}
        rowKey="indicator"
        dataSource={score.items}
        scroll={{ x: true }}
        columns={[
          {
            title: t('score.indicator'),
            dataIndex: 'indicator',
            render: (value: string) => enumLabel('ScoreIndicator', value, language),
          },
          { title: t('score.points'), dataIndex: 'points', align: 'right' },
          {
            title: t('score.counted'),
            dataIndex: 'counted',
            render: (counted: boolean) => (
              <Tag color={counted ? '#237804' : 'default'}>
                {counted ? t('score.countedYes') : t('score.countedNo')}
              </Tag>
            ),
          },
          {
            title: t('score.note'),
            dataIndex: 'note',
            render: (note: string | null) => (note ? noteIn(note, language) : '—'),
          },
        ]}
      />
      {score.excludedMonths && score.excludedMonths.length > 0 && (
        <>
          <Typography.Title level={3} style={{ fontSize: 16, marginTop: 16 }}>
            {t('score.excludedMonths')}
          </Typography.Title>
          <Table<BreakdownExcludedMonth>
            size="small"
            pagination={{ pageSize: 12, hideOnSinglePage: true }}
            rowKey="month"
            dataSource={score.excludedMonths}
            columns={[
              {
                title: t('score.month'),
                dataIndex: 'month',
                render: (m: string) => formatDate(m, language),
              },
              {
                title: t('score.reasons'),
                dataIndex: 'reasons',
                render: (reasons: string[]) =>
                  reasons.map((r) => enumLabel('MonthExclusionReason', r, language)).join('；'),
              },
              { title: t('score.note'), dataIndex: 'note', render: (note: string) => noteIn(note, language) },
            ]}
          />
        </>
      )}
    </section>
  );
}
