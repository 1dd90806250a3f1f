import { Alert, Button, Card, Descriptions, Form, Input, Typography } from 'antd';
import { validatePassword, validateResidentId } from '@points/validation';
import { useState } from 'react';
import { useClient, useMutation } from 'urql';
import { ProblemAlert, useProblem } from '../../app/problem';
import { VALIDATOR_RULE } from '../../app/rules';
import type { ApplicantAccountQuery } from '../../gql/graphql';
import { useLanguage } from '../../i18n/language';
import { APPLICANT_ACCOUNT, APPLICANT_BY_RESIDENT_ID, RESET_APPLICANT_PASSWORD } from './queries';

type Account = NonNullable<ApplicantAccountQuery['account']>;

/**
 * A lost password is reset only at the window (domain.md §2.3): the officer finds the holder by
 * the resident ID on the card shown, checks the person, and sets the new password they chose.
 */
export default function PasswordResetPage() {
  const { t } = useLanguage();
  const client = useClient();
  const [find] = Form.useForm<{ residentId: string }>();
  const [reset] = Form.useForm<{ newPassword: string }>();
  const finding = useProblem(find);
  const resetting = useProblem(reset);
  const [account, setAccount] = useState<Account | undefined>();
  const [done, setDone] = useState<string | undefined>();
  const [notFound, setNotFound] = useState(false);
  const [searching, setSearching] = useState(false);
  const [{ fetching }, resetPassword] = useMutation(RESET_APPLICANT_PASSWORD);

  const search = async ({ residentId }: { residentId: string }): Promise<void> => {
    setAccount(undefined);
    setDone(undefined);
    setNotFound(false);
    setSearching(true);
    const found = await client
      .query(
        APPLICANT_BY_RESIDENT_ID,
        { residentId: residentId.trim().toUpperCase() },
        { requestPolicy: 'network-only' },
      )
      .toPromise();
    const applicantId = found.data?.applicationsByResidentId?.[0]?.applicantId;
    if (finding.show(found.error) || !applicantId) {
      setSearching(false);
      setNotFound(!found.error);
      return;
    }
    const answer = await client
      .query(APPLICANT_ACCOUNT, { id: applicantId }, { requestPolicy: 'network-only' })
      .toPromise();
    setSearching(false);
    if (finding.show(answer.error) || !answer.data?.account) {
      setNotFound(!answer.error);
      return;
    }
    setAccount(answer.data.account);
  };

  const submit = async ({ newPassword }: { newPassword: string }): Promise<void> => {
    if (!account) return;
    const answer = await resetPassword({ input: { accountId: account.id, newPassword } });
    if (resetting.show(answer.error)) return;
    reset.resetFields();
    setDone(account.name);
  };

  return (
    <>
      <Typography.Title level={1} style={{ fontSize: 24 }}>
        {t('reset.title')}
      </Typography.Title>
      <Typography.Paragraph>{t('reset.intro')}</Typography.Paragraph>
      <Card size="small" style={{ maxWidth: 640, marginBottom: 16 }}>
        <ProblemAlert problem={finding.problem} />
        <Form form={find} layout="vertical" onFinish={(v) => void search(v)} aria-label={t('reset.find')}>
          <Form.Item
            name="residentId"
            label={t('reset.residentId')}
            rules={[
              { required: true, whitespace: true, message: t('rule.required') },
              VALIDATOR_RULE((v) => validateResidentId(v.trim().toUpperCase()).ok, t('rule.residentId')),
            ]}
          >
            <Input autoComplete="off" />
          </Form.Item>
          <Button htmlType="submit" loading={searching}>
            {t('reset.find')}
          </Button>
        </Form>
        {notFound && (
          <Alert style={{ marginTop: 16 }} type="info" showIcon role="status" title={t('reset.notFound')} />
        )}
      </Card>
      {account && (
        <Card size="small" style={{ maxWidth: 640 }} title={t('reset.checkPerson')}>
          <Descriptions size="small" column={1} bordered style={{ marginBottom: 16 }}>
            <Descriptions.Item label={t('queue.applicant')}>{account.name}</Descriptions.Item>
            <Descriptions.Item label={t('reset.residentId')}>{account.residentId ?? '—'}</Descriptions.Item>
            <Descriptions.Item label={t('form.mobile')}>{account.mobile ?? '—'}</Descriptions.Item>
          </Descriptions>
          <ProblemAlert problem={resetting.problem} />
          {done && (
            <Alert
              type="success"
              showIcon
              role="status"
              style={{ marginBottom: 16 }}
              title={t('reset.done', { name: done })}
            />
          )}
          <Form
            form={reset}
            layout="vertical"
            onFinish={(v) => void submit(v)}
            aria-label={t('reset.submit')}
          >
            <Form.Item
              name="newPassword"
              label={t('reset.newPassword')}
              extra={t('rule.passwordHelp')}
              rules={[
                { required: true, message: t('rule.required') },
                VALIDATOR_RULE((v) => validatePassword(v).ok, t('rule.passwordHelp')),
              ]}
            >
              <Input.Password autoComplete="new-password" />
            </Form.Item>
            <Button type="primary" htmlType="submit" loading={fetching}>
              {t('reset.submit')}
            </Button>
          </Form>
        </Card>
      )}
    </>
  );
}
