import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { CombinedError } from 'urql';
import { describe, expect, it, vi } from 'vitest';
import { renderPage } from '../../test/render';
import { ArchiveArrivalForm, type Task } from '../verification/TaskForms';
import { ReasonForm, RequestMaterialsForm } from './DecisionForms';

const conflict = (message: string): CombinedError =>
  new CombinedError({ graphQLErrors: [{ message, extensions: { code: 'CONFLICT' } }] });

describe("the officer's decision forms", () => {
  it('asks for materials only when at least one item is named; the typed lines count, blank ones do not', async () => {
    const user = userEvent.setup({ delay: null });
    const onSend = vi.fn(() => Promise.resolve(undefined));
    renderPage(<RequestMaterialsForm onSend={onSend} />, {});
    await user.click(screen.getByRole('button', { name: '告知补齐材料' }));
    expect(await screen.findByText('请至少选择或填写一项缺少的材料')).toBeVisible();
    expect(onSend).not.toHaveBeenCalled();

    await user.click(screen.getByLabelText('劳动（聘用）合同（原件和复印件）'));
    await user.type(screen.getByLabelText('其他缺少的材料（每行一项）'), '社保缴费清单{Enter}{Enter}   ');
    await user.click(screen.getByRole('button', { name: '告知补齐材料' }));
    await waitFor(() =>
      expect(onSend).toHaveBeenCalledWith(['劳动（聘用）合同（原件和复印件）', '社保缴费清单']),
    );
  });

  it('says clearly that another officer moved the application first, and keeps what was picked', async () => {
    const user = userEvent.setup({ delay: null });
    const onSend = vi.fn(() =>
      Promise.resolve(conflict('version 3 is stale: the application is at version 4')),
    );
    renderPage(<RequestMaterialsForm onSend={onSend} />, {});
    await user.click(screen.getByLabelText('结婚证明'));
    await user.click(screen.getByRole('button', { name: '告知补齐材料' }));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('数据已被他人修改或状态已变化，请刷新后重试。');
    expect(alert).toHaveTextContent('version 3 is stale');
    expect(screen.getByLabelText('结婚证明')).toBeChecked();
  });

  it('rejects only with a reason (spaces are none) and sends it trimmed', async () => {
    const user = userEvent.setup({ delay: null });
    const onSend = vi.fn(() => Promise.resolve(undefined));
    renderPage(<ReasonForm kind="reject" onSend={onSend} />, {});
    await user.type(screen.getByLabelText('不予通过的理由'), '   ');
    await user.click(screen.getByRole('button', { name: '不予通过' }));
    expect(await screen.findByText('请填写不予通过的理由')).toBeVisible();
    expect(onSend).not.toHaveBeenCalled();
    await user.clear(screen.getByLabelText('不予通过的理由'));
    await user.type(screen.getByLabelText('不予通过的理由'), ' 档案记载学历与申报不符 ');
    await user.click(screen.getByRole('button', { name: '不予通过' }));
    await waitFor(() => expect(onSend).toHaveBeenCalledWith('档案记载学历与申报不符'));
  });

  it("revokes only with the employer's request recorded", async () => {
    const user = userEvent.setup({ delay: null });
    const onSend = vi.fn(() => Promise.resolve(undefined));
    renderPage(<ReasonForm kind="revoke" onSend={onSend} />, {});
    await user.click(screen.getByRole('button', { name: '撤销（单位申请）' }));
    expect(await screen.findByText('请记录单位的撤销申请')).toBeVisible();
    expect(onSend).not.toHaveBeenCalled();
  });

  it("records the archive's arrival only on a real date and with a note; nothing is sent before", async () => {
    const user = userEvent.setup({ delay: null });
    const task: Task = {
      id: 't1',
      caseId: 'c1',
      district: 'XUHUI',
      kind: 'ARCHIVE_RETRIEVAL',
      archiveMode: 'TRANSFER',
      automated: true,
      status: 'IN_PROGRESS',
      reason: null,
      note: null,
      forgedMaterial: false,
      requestedAt: '2026-11-20T02:00:00Z',
      archiveArrivedOn: null,
      letterReturnedOn: null,
      completedManually: false,
      completedAt: null,
      version: 2,
      createdAt: '2026-11-20T02:00:00Z',
    };
    const page = renderPage(<ArchiveArrivalForm task={task} onDone={() => undefined} />, {});
    const date = screen.getByLabelText('档案到达日期');
    await user.clear(date);
    await user.type(date, '2026-13-01');
    await user.click(screen.getByRole('button', { name: '确认档案到达' }));
    expect(await screen.findByText('请按 YYYY-MM-DD 填写日期，如 2026-12-01')).toBeVisible();
    expect(await screen.findByText('请写明核验了什么、如何核验')).toBeVisible();
    expect(page.calls.map((c) => c.operationName)).not.toContain('RecordArchiveArrival');
  });
});
