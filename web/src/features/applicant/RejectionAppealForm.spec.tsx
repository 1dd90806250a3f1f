import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { renderPage } from '../../test/render';
import { RejectionAppealForm } from './ApplicantPage';

describe("the applicant's appeal on an unscored rejection", () => {
  it('files the reason, shows the refusal beside the form, and tells the page when filed', async () => {
    const user = userEvent.setup({ delay: null });
    const onDone = vi.fn();
    let answered = 0;
    const page = renderPage(<RejectionAppealForm applicationId="a1" onDone={onDone} />, {
      RequestRejectionAppeal: () =>
        ++answered === 1
          ? {
              errors: [
                {
                  message: 'reason must say what is wrong (at least 5 characters)',
                  extensions: { code: 'BAD_USER_INPUT', field: 'reason', rule: 'min-length-5' },
                },
              ],
            }
          : { data: { requestRejectionAppeal: { id: 'p1', state: 'REQUESTED' } } },
    });
    const form = await screen.findByRole('form', { name: '对审核不通过申请复核' });
    expect(screen.getByText('复核成立的，将重新核查', { exact: false })).toBeVisible();
    await user.click(within(form).getByRole('button', { name: '提交复核申请' }));
    expect(await within(form).findByText('此项为必填项')).toBeVisible();
    expect(page.calls.map((c) => c.operationName)).not.toContain('RequestRejectionAppeal');

    await user.type(within(form).getByLabelText('复核理由'), '有误');
    await user.click(within(form).getByRole('button', { name: '提交复核申请' }));
    expect(await screen.findByText('reason must say what is wrong', { exact: false })).toBeVisible();
    expect(onDone).not.toHaveBeenCalled();

    await user.clear(within(form).getByLabelText('复核理由'));
    await user.type(within(form).getByLabelText('复核理由'), '学历在学信网可查，请重新核查');
    await user.click(within(form).getByRole('button', { name: '提交复核申请' }));
    await waitFor(() => expect(onDone).toHaveBeenCalledTimes(1));
    expect(page.calls.filter((c) => c.operationName === 'RequestRejectionAppeal').at(-1)?.variables).toEqual({
      input: { applicationId: 'a1', reason: '学历在学信网可查，请重新核查' },
    });
  }, 120_000);
});
