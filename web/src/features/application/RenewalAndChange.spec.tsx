import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { renderPage } from '../../test/render';
import { RenewalAndChange } from './RenewalAndChange';

const APPLICANT = '6f1c2a9e-0000-4000-8000-000000000001';
// Endorsed Mon 2 March 2026: opens 3 working days on (Thu 5 March), closes 60 days on (1 May).
const WINDOW = {
  endorsedOn: '2026-03-02',
  opensOn: '2026-03-05',
  closesOn: '2026-05-01',
  provisional: false,
};

describe('renewal and change on an approved application', () => {
  it('outside the window has no renewal button and says when it opens', async () => {
    renderPage(
      <RenewalAndChange
        application={{ id: 'a1', state: 'APPROVED', renewalWindow: { ...WINDOW, position: 'TOO_EARLY' } }}
        allowChange={false}
        onStarted={vi.fn()}
        onChanged={vi.fn()}
      />,
      {},
    );
    expect(await screen.findByTestId('renewal-window')).toHaveTextContent(
      '居住证已于 2026年3月2日 签注；续办自 2026年3月5日 起可申请，截止 2026年5月1日。',
    );
    expect(screen.queryByRole('button', { name: '申请续办' })).toBeNull();
  });

  it('inside the window HR files the renewal with the endorsement day, or a CHANGE, for the applicant', async () => {
    const user = userEvent.setup({ delay: null });
    const onStarted = vi.fn();
    const page = renderPage(
      <RenewalAndChange
        application={{ id: 'a1', state: 'APPROVED', renewalWindow: { ...WINDOW, position: 'OPEN' } }}
        forApplicantId={APPLICANT}
        allowChange
        onStarted={onStarted}
        onChanged={vi.fn()}
      />,
      {
        CreateApplication: (variables) => ({
          data: {
            createApplication: {
              id: `new-${(variables['input'] as { kind: string }).kind}`,
              version: 1,
              state: 'DRAFT',
              kind: (variables['input'] as { kind: string }).kind,
            },
          },
        }),
      },
    );
    await user.click(await screen.findByRole('button', { name: '申请续办' }));
    await waitFor(() => expect(onStarted).toHaveBeenCalledWith('new-RENEWAL'));
    await user.click(await screen.findByRole('button', { name: '申请积分变更' }));
    await waitFor(() => expect(onStarted).toHaveBeenCalledWith('new-CHANGE'));
    expect(page.calls.filter((c) => c.operationName === 'CreateApplication').map((c) => c.variables)).toEqual(
      [
        { input: { kind: 'RENEWAL', applicantId: APPLICANT, permitEndorsedOn: '2026-03-02' } },
        { input: { kind: 'CHANGE', applicantId: APPLICANT } },
      ],
    );
  });

  it('after the window closed says the points lapsed, with no renewal button', async () => {
    renderPage(
      <RenewalAndChange
        application={{ id: 'a1', state: 'APPROVED', renewalWindow: { ...WINDOW, position: 'CLOSED' } }}
        allowChange={false}
        onStarted={vi.fn()}
        onChanged={vi.fn()}
      />,
      {},
    );
    expect(await screen.findByTestId('renewal-window')).toHaveTextContent('续办已于 2026年5月1日 截止');
    expect(screen.queryByRole('button', { name: '申请续办' })).toBeNull();
  });

  it('without an endorsement asks for its day, and a refused day shows at its field', async () => {
    const user = userEvent.setup({ delay: null });
    const page = renderPage(
      <RenewalAndChange
        application={{ id: 'a1', state: 'APPROVED', renewalWindow: null }}
        allowChange={false}
        onStarted={vi.fn()}
        onChanged={vi.fn()}
      />,
      {
        RecordPermitEndorsement: {
          errors: [
            {
              message: 'endorsedOn must not be in the future',
              extensions: { code: 'BAD_USER_INPUT', field: 'endorsedOn', rule: 'not-in-future' },
            },
          ],
        },
      },
    );
    expect(screen.queryByRole('button', { name: '申请续办' })).toBeNull();
    await user.type(screen.getByLabelText('居住证签注日期'), '2026-02-30x');
    await user.click(screen.getByRole('button', { name: '登记签注日期' }));
    expect(await screen.findByText('请按 YYYY-MM-DD 填写日期，如 2026-12-01')).toBeVisible();
    expect(page.calls.map((c) => c.operationName)).not.toContain('RecordPermitEndorsement');
    await user.clear(screen.getByLabelText('居住证签注日期'));
    await user.type(screen.getByLabelText('居住证签注日期'), '2099-01-01');
    await user.click(screen.getByRole('button', { name: '登记签注日期' }));
    await waitFor(() =>
      expect(page.calls.filter((c) => c.operationName === 'RecordPermitEndorsement')).toHaveLength(1),
    );
    // The server's refusal stands at the field it names, and what was typed stays.
    expect(await screen.findByText('签注日期不能晚于今天')).toBeVisible();
    expect(screen.getByLabelText('居住证签注日期')).toHaveValue('2099-01-01');
  });
});
