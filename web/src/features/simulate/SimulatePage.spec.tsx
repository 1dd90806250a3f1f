import { fireEvent, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderPage } from '../../test/render';
import { SimulatePage } from './SimulatePage';

function itemOf(label: RegExp): HTMLElement {
  const item = screen.getByLabelText(label).closest('.ant-form-item');
  if (!(item instanceof HTMLElement)) throw new Error(`no form item for ${String(label)}`);
  return item;
}

describe('the score simulation form', { timeout: 120_000 }, () => {
  it("shows the scoring service's refusal at the field it names and keeps the profile", async () => {
    const user = userEvent.setup({ delay: null });
    const page = renderPage(<SimulatePage />, {
      SimulateScore: {
        errors: [
          {
            message: 'profile.birthDate must be before the assessment date',
            extensions: {
              code: 'BAD_USER_INPUT',
              field: 'profile.birthDate',
              rule: 'not-after-assessment-date',
            },
          },
        ],
      },
    });
    fireEvent.change(screen.getByLabelText(/^评定日期/), { target: { value: '2026-12-01' } });
    fireEvent.change(screen.getByLabelText(/^出生日期/), { target: { value: '2027-01-01' } });
    await user.click(screen.getByRole('button', { name: '估算分值' }));
    expect(await within(itemOf(/^出生日期/)).findByText('不能晚于评定日期')).toBeVisible();
    expect(screen.getByTestId('problem-detail')).toHaveTextContent(
      'profile.birthDate must be before the assessment date',
    );
    expect(screen.getByLabelText(/^出生日期/)).toHaveValue('2027-01-01');
    expect(page.calls.find((c) => c.operationName === 'SimulateScore')?.variables).toMatchObject({
      profile: { assessmentDate: '2026-12-01', birthDate: '2027-01-01', education: 'NONE' },
    });
  });
});
