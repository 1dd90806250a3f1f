import { Alert, Button, Card, Form, Input, Typography } from 'antd';
import { useMutation } from 'urql';
import { useLocation, useNavigate } from 'react-router';
import { homeOf } from '../../app/homes';
import { ProblemAlert, useProblem } from '../../app/problem';
import { LOGIN, useSession } from '../../app/session';
import { useLanguage } from '../../i18n/language';

interface LoginForm {
  username: string;
  password: string;
}

/** HR and staff log in with their login name; applicants with their resident ID number. */
export function LoginPage() {
  const { t } = useLanguage();
  const [form] = Form.useForm<LoginForm>();
  const { problem, show } = useProblem(form);
  const [{ fetching }, login] = useMutation(LOGIN);
  const session = useSession();
  const navigate = useNavigate();
  const from = (useLocation().state as { from?: string } | null)?.from;

  const submit = async (values: LoginForm): Promise<void> => {
    const answer = await login({ username: values.username.trim(), password: values.password });
    if (show(answer.error) || !answer.data) return;
    const me = await session.signedIn(answer.data.login.expiresAt);
    const home = homeOf(me?.role);
    // A bookmark of the same role's pages is kept (the officer's home /centre also holds its applications).
    void navigate(from && home !== '/' && from.startsWith(home) ? from : home, { replace: true });
  };

  return (
    <Card style={{ maxWidth: 420, margin: '0 auto' }}>
      <Typography.Title level={1} style={{ fontSize: 24 }}>
        {t('login.title')}
      </Typography.Title>
      {session.expired && (
        <Alert
          role="status"
          type="warning"
          showIcon
          title={t('login.expired')}
          style={{ marginBottom: 16 }}
        />
      )}
      <ProblemAlert problem={problem} />
      <Form form={form} layout="vertical" onFinish={(v) => void submit(v)} requiredMark="optional">
        <Form.Item
          name="username"
          label={t('login.username')}
          extra={t('login.usernameHelp')}
          rules={[{ required: true, whitespace: true, message: t('login.usernameRequired') }]}
        >
          <Input autoComplete="username" autoFocus />
        </Form.Item>
        <Form.Item
          name="password"
          label={t('login.password')}
          rules={[{ required: true, message: t('login.passwordRequired') }]}
        >
          <Input.Password autoComplete="current-password" />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={fetching} block>
          {t('login.submit')}
        </Button>
      </Form>
    </Card>
  );
}
