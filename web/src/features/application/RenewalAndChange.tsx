import { Alert, Button, Card, Form, Input, Space, Typography } from 'antd';
import { useMutation } from 'urql';
import { ProblemAlert, useProblem } from '../../app/problem';
import { DATE_RULE } from '../../app/rules';
import type { RenewalWindowPosition } from '../../gql/graphql';
import { formatDate } from '../../i18n/format';
import { useLanguage } from '../../i18n/language';
import { CREATE_APPLICATION, RECORD_ENDORSEMENT } from './queries';

export interface RenewalWindowInfo {
  endorsedOn: string;
  opensOn: string;
  closesOn: string;
  provisional: boolean;
  position: RenewalWindowPosition;
}

/** Where today lies in the renewal window, in words: when it opens, until when, or that it closed. */
export function RenewalWindowNote({ window }: { window: RenewalWindowInfo | null | undefined }) {
  const { t, language } = useLanguage();
  if (!window) return <Typography.Paragraph>{t('renewal.noEndorsement')}</Typography.Paragraph>;
  const values = {
    endorsed: formatDate(window.endorsedOn, language),
    opens: formatDate(window.opensOn, language),
    closes: formatDate(window.closesOn, language),
  };
  const text =
    window.position === 'TOO_EARLY'
      ? t('renewal.notYet', values)
      : window.position === 'OPEN'
        ? t('renewal.open', values)
        : t('renewal.closed', values);
  return (
    <Alert
      type={window.position === 'CLOSED' ? 'warning' : 'info'}
      showIcon
      data-testid="renewal-window"
      data-position={window.position}
      title={`${text}${window.provisional ? ` ${t('status.provisional')}` : ''}`}
      style={{ marginBottom: 12 }}
    />
  );
}

/**
 * On an approved application: the permit's endorsement (签注), the renewal (积分确认) inside its
 * window only, and for HR a CHANGE (情况变化: new employer, new degree, marriage...).
 */
export function RenewalAndChange({
  application: a,
  forApplicantId,
  allowChange,
  onStarted,
  onChanged,
}: {
  application: {
    id: string;
    state: string;
    renewalWindow?: RenewalWindowInfo | null;
  };
  /** HR files for the applicant; the applicant files for themselves (undefined). */
  forApplicantId?: string;
  allowChange: boolean;
  onStarted(id: string): void;
  onChanged(): void;
}) {
  const { t } = useLanguage();
  const [endorsementForm] = Form.useForm<{ endorsedOn: string }>();
  const endorsement = useProblem(endorsementForm, (p) =>
    p.rule === 'not-in-future'
      ? t('renewal.notInFuture')
      : p.rule === 'real-date'
        ? t('rule.date')
        : undefined,
  );
  const started = useProblem();
  const [{ fetching: recording }, record] = useMutation(RECORD_ENDORSEMENT);
  const [{ fetching: creating }, create] = useMutation(CREATE_APPLICATION);
  if (a.state !== 'APPROVED') return null;
  const window = a.renewalWindow;

  const start = async (kind: 'RENEWAL' | 'CHANGE'): Promise<void> => {
    const answer = await create({
      input: {
        kind,
        ...(forApplicantId ? { applicantId: forApplicantId } : {}),
        ...(kind === 'RENEWAL' && window ? { permitEndorsedOn: window.endorsedOn } : {}),
      },
    });
    if (started.show(answer.error) || !answer.data) return;
    onStarted(answer.data.createApplication.id);
  };

  return (
    <Card size="small" title={t('renewal.title')} style={{ margin: '16px 0' }}>
      <RenewalWindowNote window={window} />
      {!window && (
        <>
          <ProblemAlert problem={endorsement.problem} />
          <Form
            form={endorsementForm}
            layout="inline"
            onFinish={({ endorsedOn }) =>
              void record({ id: a.id, endorsedOn: endorsedOn.trim() }).then((answer) => {
                if (!endorsement.show(answer.error)) onChanged();
              })
            }
            style={{ marginBottom: 12 }}
          >
            <Form.Item
              name="endorsedOn"
              label={t('renewal.endorsedOn')}
              rules={[{ required: true, message: t('rule.required') }, DATE_RULE(t)]}
            >
              <Input placeholder="YYYY-MM-DD" autoComplete="off" style={{ width: 160 }} />
            </Form.Item>
            <Button htmlType="submit" loading={recording}>
              {t('renewal.record')}
            </Button>
          </Form>
        </>
      )}
      <ProblemAlert problem={started.problem} withFields />
      <Space wrap>
        {window?.position === 'OPEN' && (
          <Button type="primary" loading={creating} onClick={() => void start('RENEWAL')}>
            {t('applicant.startRenewal')}
          </Button>
        )}
        {allowChange && (
          <Button loading={creating} onClick={() => void start('CHANGE')}>
            {t('renewal.startChange')}
          </Button>
        )}
      </Space>
      {allowChange && (
        <Typography.Paragraph style={{ marginTop: 8 }}>{t('renewal.changeHelp')}</Typography.Paragraph>
      )}
    </Card>
  );
}
