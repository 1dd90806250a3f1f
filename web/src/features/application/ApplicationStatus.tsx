import { Alert, Descriptions, Space, Tag, Timeline, Tooltip, Typography } from 'antd';
import type { ApplicationDetailQuery } from '../../gql/graphql';
import { enumLabel } from '../../i18n/enums';
import { formatDate, formatDateTime } from '../../i18n/format';
import { describeHistory } from '../../i18n/history';
import { useLanguage } from '../../i18n/language';

type Detail = NonNullable<ApplicationDetailQuery['application']>;

// Solid tags in dark shades: white text on each is over 4.5:1 (Ant Design's presets are lighter).
export const TAG_COLOURS = { green: '#237804', red: '#a8071a', orange: '#873800', blue: '#0958d9' } as const;

const STATE_COLOURS: Record<string, string> = {
  APPROVED: TAG_COLOURS.green,
  REJECTED: TAG_COLOURS.red,
  MATERIALS_REQUIRED: TAG_COLOURS.orange,
};

export function StateTag({ state }: { state: string }) {
  const { language } = useLanguage();
  return (
    <Tag color={STATE_COLOURS[state] ?? TAG_COLOURS.blue} data-testid="application-state" data-state={state}>
      {enumLabel('ApplicationState', state, language)}
    </Tag>
  );
}

/** A deadline counted over a year whose holidays are not published yet: it may still move. */
export function ProvisionalTag() {
  const { t } = useLanguage();
  return (
    <Tooltip title={t('status.provisionalHint')}>
      <Tag color={TAG_COLOURS.orange} data-testid="provisional">
        {t('status.provisionalTag')}
      </Tag>
    </Tooltip>
  );
}

/** Where the application is, what it waits on, and its whole history as a timeline. */
export function ApplicationStatus({ application: a }: { application: Detail }) {
  const { t, language } = useLanguage();
  const deadline = a.scoringDeadline ?? a.archiveDeadline;
  return (
    <section aria-label={t('status.title')}>
      <Descriptions bordered size="small" column={{ xs: 1, sm: 2 }} style={{ marginBottom: 16 }}>
        <Descriptions.Item label={t('status.state')}>
          <StateTag state={a.state} />
        </Descriptions.Item>
        <Descriptions.Item label={t('status.kind')}>
          {enumLabel('ApplicationKind', a.kind, language)}
        </Descriptions.Item>
        <Descriptions.Item label={t('status.receiptNo')}>
          <span data-testid="receipt-no">{a.receiptNo ?? t('status.notYetAccepted')}</span>
        </Descriptions.Item>
        <Descriptions.Item label={t('status.deadline')}>
          {deadline ? (
            <Space size={4}>
              {`${formatDate(deadline.dueOn, language)}${deadline.overdue ? ` ${t('status.overdue')}` : ''}`}
              {deadline.provisional ? <ProvisionalTag /> : null}
            </Space>
          ) : (
            '—'
          )}
        </Descriptions.Item>
        {a.totalPoints !== null && a.totalPoints !== undefined && (
          <Descriptions.Item label={t('status.totalPoints')}>
            {a.correctedTotal ?? a.totalPoints}
          </Descriptions.Item>
        )}
        {a.validUntil && (
          <Descriptions.Item label={t('status.validUntil')}>
            {formatDate(a.validUntil, language)}
          </Descriptions.Item>
        )}
        {a.notice && (
          <Descriptions.Item label={t('status.noticeNo')}>
            <span data-testid="notice-no">{a.notice.documentNo}</span>
          </Descriptions.Item>
        )}
        {a.notice && (
          <Descriptions.Item label={t('status.noticeCode')}>
            <a href={a.notice.verifyUrl} data-testid="notice-verify-link">
              {a.notice.verificationCode}
            </a>
          </Descriptions.Item>
        )}
      </Descriptions>
      {a.materialsMissing && a.materialsMissing.length > 0 && (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 16 }}
          title={t('status.materialsMissing')}
          description={
            <ul data-testid="materials-missing">
              {a.materialsMissing.map((m) => (
                <li key={m}>{m}</li>
              ))}
            </ul>
          }
        />
      )}
      {a.decisionReason && (
        <Alert
          type={a.state === 'APPROVED' ? 'success' : 'error'}
          showIcon
          style={{ marginBottom: 16 }}
          title={a.decisionReason}
        />
      )}
      <Typography.Title level={3} style={{ fontSize: 16 }}>
        {t('status.history')}
      </Typography.Title>
      <Timeline
        data-testid="history"
        items={a.history.map((h, index) => {
          const { title, detail } = describeHistory(h, language);
          return {
            key: `${index}-${h.at}`,
            content: (
              <div data-testid="history-entry" data-code={h.code ?? ''}>
                <strong>{title}</strong>{' '}
                {h.fromState !== h.toState && <Tag>{enumLabel('ApplicationState', h.toState, language)}</Tag>}
                <span>{formatDateTime(h.at, language)}</span>{' '}
                <span>
                  {h.role === 'SYSTEM' ? t('status.bySystem') : enumLabel('AccountRole', h.role, language)}
                </span>
                {detail ? <div>{detail}</div> : null}
              </div>
            ),
          };
        })}
      />
    </section>
  );
}
