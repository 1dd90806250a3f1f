import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderPage } from '../../test/render';
import { LoginPage } from './LoginPage';

describe('the login page', () => {
  it('asks for both fields before sending anything', async () => {
    const user = userEvent.setup({ delay: null });
    const page = renderPage(<LoginPage />, {}, '/login');
    await user.click(screen.getByRole('button', { name: '登录' }));
    expect(await screen.findByText('请输入用户名或身份证号')).toBeVisible();
    expect(await screen.findByText('请输入密码')).toBeVisible();
    expect(page.calls.map((c) => c.operationName)).not.toContain('Login');
  });

  it('says a refused login clearly and keeps the login name typed', async () => {
    const user = userEvent.setup({ delay: null });
    const page = renderPage(
      <LoginPage />,
      {
        Login: {
          errors: [{ message: 'Wrong login name or password', extensions: { code: 'UNAUTHENTICATED' } }],
        },
      },
      '/login',
    );
    await user.type(screen.getByLabelText('用户名或身份证号'), 'hr.somebody');
    await user.type(screen.getByLabelText('密码'), 'wrong-password1');
    await user.click(screen.getByRole('button', { name: '登录' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('登录已失效，请重新登录。');
    expect(screen.getByLabelText('用户名或身份证号')).toHaveValue('hr.somebody');
    await waitFor(() => expect(page.calls.some((c) => c.operationName === 'Login')).toBe(true));
  });
});
