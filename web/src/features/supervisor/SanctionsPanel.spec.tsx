import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { App } from 'antd';
import { describe, expect, it } from 'vitest';
import { renderPage } from '../../test/render';
import { SanctionsPanel } from './SanctionsPanel';

const PENDING = {
  data: {
    sanctionedEmployers: [
      {
        id: 'e1',
        name: '上海示例科技有限公司',
        creditCode: '91310104MA1FL0001Q',
        suspended: false,
        suspendedUntil: null,
        sanctions: [
          {
            id: 's1',
            status: 'PENDING_DECISION',
            fineCny: null,
            suspendedUntil: null,
            reason: '学历证书系伪造',
            decidedRole: null,
            decidedAt: null,
            forgeryCaseId: 'c1',
            foundOn: '2026-11-02',
            createdAt: '2026-11-02T02:00:00Z',
          },
        ],
      },
    ],
  },
};

describe("the supervisor's decision on a forgery case", () => {
  it('takes a fine of 30,000–50,000 CNY only, and a suspension date only when the case is serious', async () => {
    const user = userEvent.setup({ delay: null });
    const page = renderPage(
      <App>
        <SanctionsPanel />
      </App>,
      {
        SanctionedEmployers: PENDING,
        DecideSanction: { data: { recordEmployerSanction: { id: 'e1', suspendedUntil: '2029-11-01' } } },
      },
    );
    const fine = await screen.findByLabelText('罚款金额（元）');
    await user.type(fine, '29999');
    await user.click(screen.getByRole('button', { name: '作出处理决定' }));
    expect(await screen.findByText('罚款金额应为30000至50000元')).toBeVisible();
    expect(screen.queryByLabelText('停止代理至')).toBeNull();

    await user.clear(fine);
    await user.type(fine, '45000');
    await user.click(screen.getByLabelText('情节严重（3年内不得代理申办）'));
    await user.click(screen.getByRole('button', { name: '作出处理决定' }));
    expect(await screen.findByText('此项为必填项')).toBeVisible();
    expect(page.calls.map((c) => c.operationName)).not.toContain('DecideSanction');

    await user.type(screen.getByLabelText('停止代理至'), '2029-11-01');
    await user.click(screen.getByRole('button', { name: '作出处理决定' }));
    await waitFor(() =>
      expect(page.calls.find((c) => c.operationName === 'DecideSanction')?.variables).toEqual({
        input: {
          employerId: 'e1',
          forgeryCaseId: 'c1',
          fineCny: 45000,
          reason: '学历证书系伪造',
          suspendedUntil: '2029-11-01',
        },
      }),
    );
    // Typing into InputNumber is slow on a busy machine.
  }, 120_000);
});
