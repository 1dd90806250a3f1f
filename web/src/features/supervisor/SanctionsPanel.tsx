// The second pair of eyes on forgery (domain.md §3, §1.5): a verification found forged material;
// the supervisor decides the fine (30,000–50,000 CNY) and, only if the case is serious (情节严重),
// the suspension (up to 3 years). Decided sanctions stay on the employer's record.
import { App, Button, Card, Checkbox, Form, Input, InputNumber, List, Spin, Typography } from 'antd';
import { useMutation, useQuery } from 'urql';
import { DistrictName } from '../../app/DistrictSelect';
import { ProblemAlert, useProblem } from '../../app/problem';
import { DATE_RULE } from '../../app/rules';
import { enumLabel } from '../../i18n/enums';
import { formatDate, formatDateTime } from '../../i18n/format';
import { useLanguage } from '../../i18n/language';
import { DECIDE_SANCTION, SANCTIONED_EMPLOYERS } from './queries';

interface DecisionValues {
  fineCny: number;
  serious?: boolean;
  suspendedUntil?: string;
  reason: string;
}

export const FINE_MIN_CNY = 30_000;
export const FINE_MAX_CNY = 50_000;

function DecisionForm({
  employerId,
  forgeryCaseId,
  note,
  onDone,
}: {
  employerId: string;
  forgeryCaseId: string;
  note: string;
  onDone: () => void;
}) {
  const { t } = useLanguage();
  const { message } = App.useApp();
  const [form] = Form.useForm<DecisionValues>();
  const { problem, show } = useProblem(form);
  const [{ fetching }, decide] = useMutation(DECIDE_SANCTION);
  const serious = Form.useWatch('serious', form);
  const submit = async (v: DecisionValues): Promise<void> => {
    const answer = await decide({
      input: {
        employerId,
        forgeryCaseId,
        fineCny: v.fineCny,
        reason: v.reason.trim(),
        ...(v.serious && v.suspendedUntil ? { suspendedUntil: v.suspendedUntil } : {}),
      },
    });
    if (show(answer.error)) return;
    void message.success(t('sanctions.decided'));
    onDone();
  };
  return (
    <Form
      form={form}
      layout="vertical"
      initialValues={{ reason: note }}
      aria-label={t('sanctions.decide')}
      onFinish={(v) => void submit(v)}
    >
      <ProblemAlert problem={problem} />
      <Form.Item
        name="fineCny"
        label={t('sanctions.fine')}
        rules={[
          { required: true, message: t('sanctions.fineRule') },
          { type: 'number', min: FINE_MIN_CNY, max: FINE_MAX_CNY, message: t('sanctions.fineRule') },
        ]}
      >
        <InputNumber precision={0} step={1000} style={{ width: 200 }} />
      </Form.Item>
      <Form.Item name="serious" valuePropName="checked">
        <Checkbox>{t('sanctions.serious')}</Checkbox>
      </Form.Item>
      {serious && (
        <Form.Item
          name="suspendedUntil"
          label={t('sanctions.suspendedUntil')}
          extra={t('sanctions.suspendedUntilHelp')}
          rules={[{ required: true, message: t('rule.required') }, DATE_RULE(t)]}
        >
          <Input style={{ maxWidth: 200 }} />
        </Form.Item>
      )}
      <Form.Item
        name="reason"
        label={t('sanctions.reason')}
        rules={[{ required: true, whitespace: true, message: t('sanctions.reasonRequired') }]}
      >
        <Input.TextArea rows={2} maxLength={500} />
      </Form.Item>
      <Button type="primary" htmlType="submit" loading={fetching}>
        {t('sanctions.decide')}
      </Button>
    </Form>
  );
}

/**
 * The supervisor's district (the server's scope), or for HRSS the city (`cityWide`) or one
 * `district`: each employer then names its district.
 */
export function SanctionsPanel({
  district = null,
  cityWide = false,
}: {
  district?: string | null;
  cityWide?: boolean;
}) {
  const { t, language } = useLanguage();
  const [{ data, fetching, error }, reload] = useQuery({
    query: SANCTIONED_EMPLOYERS,
    variables: { district },
    requestPolicy: 'network-only',
  });
  const employers = data?.sanctionedEmployers ?? [];
  if (fetching && !data) return <Spin />;
  return (
    <section aria-label={t('sanctions.title')}>
      <Typography.Paragraph>{t('sanctions.intro')}</Typography.Paragraph>
      <ProblemAlert problem={error ? { code: 'ERROR', message: error.message, fields: [] } : undefined} />
      {employers.length === 0 && (
        <Typography.Paragraph>{t(cityWide ? 'sanctions.noneCity' : 'sanctions.none')}</Typography.Paragraph>
      )}
      {employers.map((e) => (
        <Card
          key={e.id}
          size="small"
          title={`${e.name}（${e.creditCode}）`}
          extra={cityWide ? <DistrictName code={e.district} /> : null}
          style={{ marginBottom: 16 }}
        >
          {e.suspended && (
            <Typography.Paragraph>
              {t('sanctions.suspendedNow', { date: formatDate(e.suspendedUntil, language) })}
            </Typography.Paragraph>
          )}
          <List
            dataSource={e.sanctions}
            renderItem={(s) => (
              <List.Item>
                <div style={{ width: '100%' }}>
                  <strong>{enumLabel('SanctionStatus', s.status, language)}</strong>{' '}
                  {s.foundOn ? t('sanctions.foundOn', { date: formatDate(s.foundOn, language) }) : null}{' '}
                  {s.reason}
                  {s.status === 'DECIDED' ? (
                    <div>
                      {t('sanctions.decidedLine', {
                        fine: s.fineCny ?? '—',
                        until: s.suspendedUntil ? formatDate(s.suspendedUntil, language) : '—',
                        role: enumLabel('AccountRole', s.decidedRole, language),
                        at: formatDateTime(s.decidedAt, language),
                      })}
                    </div>
                  ) : s.forgeryCaseId ? (
                    <DecisionForm
                      employerId={e.id}
                      forgeryCaseId={s.forgeryCaseId}
                      note={s.reason}
                      onDone={() => reload({ requestPolicy: 'network-only' })}
                    />
                  ) : null}
                </div>
              </List.Item>
            )}
          />
        </Card>
      ))}
    </section>
  );
}
