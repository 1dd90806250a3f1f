import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type { ApplicationDetailQuery } from '../../gql/graphql';
import { renderPage } from '../../test/render';
import { ApplicationFormEditor } from './ApplicationFormEditor';

type Detail = NonNullable<ApplicationDetailQuery['application']>;

// A draft with nothing filled in but what the account gives.
const DRAFT = {
  id: 'a1',
  version: 3,
  form: {
    personal: {
      name: '张三',
      residentId: '310***********0018',
      sex: 'MALE',
      birthDate: '1990-03-07',
      ethnicity: null,
      hukouPlace: null,
      maritalStatus: null,
      mobile: null,
    },
    residencePermit: null,
    employment: null,
    educationHistory: [],
    qualifications: [],
    socialInsurance: [],
    bonusClaims: null,
    coResidents: [],
    archiveLocation: null,
    declarations: null,
  },
} as unknown as Detail;

// Step 1 filled in, the archive (step 4) not yet.
const STEP_ONE_DONE = {
  ...DRAFT,
  form: {
    ...DRAFT.form,
    residencePermit: { number: 'SH1', validFrom: '2026-02-28', validTo: '2027-02-28', address: '上海' },
    employment: { position: '工程师', contractStart: '2019-12-01', contractEnd: null },
  },
} as unknown as Detail;

const visibleStep = (): number =>
  [1, 2, 3, 4].filter((n) => !screen.getByTestId(`form-step-${n}`).hidden)[0] ?? 0;

describe('the application form in steps', () => {
  it('shows one step at a time, keeps what was typed across steps, and checks every step on save', async () => {
    const page = renderPage(<ApplicationFormEditor application={STEP_ONE_DONE} onSaved={vi.fn()} />, {
      SaveApplicationForm: { data: null },
    });
    expect(visibleStep()).toBe(1);
    fireEvent.change(screen.getByLabelText('居住证号码'), { target: { value: 'SH2026000123' } });
    fireEvent.click(screen.getByRole('button', { name: '下一步：学历与职称' }));
    expect(visibleStep()).toBe(2);
    // The steps say where one is, and take one anywhere.
    fireEvent.click(screen.getByText('同住人与档案'));
    expect(visibleStep()).toBe(4);
    fireEvent.change(screen.getByLabelText('存档机构名称'), { target: { value: '徐汇区人才服务中心' } });
    fireEvent.click(screen.getByText('个人与就业'));
    expect(visibleStep()).toBe(1);
    expect(screen.getByLabelText('居住证号码')).toHaveValue('SH2026000123');
    // Saving from step 1 checks every step: the archive's kind is missing, so step 4 opens on it.
    fireEvent.click(screen.getByRole('button', { name: '保存并估分' }));
    await waitFor(() => expect(visibleStep()).toBe(4));
    // Ant Design marks the item and then renders its message a tick later (a motion), so
    // both are waited for; on a loaded machine the message came after the step switch.
    await waitFor(() => {
      const kind = screen.getByTestId('form-step-4').querySelector('.ant-form-item-has-error');
      expect(kind).not.toBeNull();
      expect(within(kind as HTMLElement).getByText('此项为必填项')).toBeVisible();
    });
    expect(page.calls.map((c) => c.operationName)).not.toContain('SaveApplicationForm');
    expect(screen.getByLabelText('存档机构名称')).toHaveValue('徐汇区人才服务中心');
  });

  it('opens the step of the field the server refused, with its message there', async () => {
    const filled = {
      ...DRAFT,
      form: {
        ...DRAFT.form,
        residencePermit: { number: 'SH1', validFrom: '2026-02-28', validTo: '2027-02-28', address: '上海' },
        employment: { position: '工程师', contractStart: '2019-12-01', contractEnd: null },
        archiveLocation: { kind: 'DISTRICT_TALENT_CENTRE', holder: '某中心' },
      },
    } as unknown as Detail;
    const page = renderPage(<ApplicationFormEditor application={filled} onSaved={vi.fn()} />, {
      SaveApplicationForm: {
        errors: [
          {
            message: '存档机构名称与档案所在地不符',
            extensions: {
              code: 'BAD_USER_INPUT',
              field: 'form.archiveLocation.holder',
              rule: 'archive-holder',
            },
          },
        ],
      },
    });
    fireEvent.click(screen.getByRole('button', { name: '保存并估分' }));
    await waitFor(() => expect(page.calls.map((c) => c.operationName)).toContain('SaveApplicationForm'));
    await waitFor(() =>
      expect([1, 2, 3, 4].map((n) => screen.getByTestId(`form-step-${n}`).hidden)).toEqual([
        true,
        true,
        true,
        false,
      ]),
    );
    expect(
      within(screen.getByTestId('form-step-4')).getAllByText('存档机构名称与档案所在地不符')[0],
    ).toBeVisible();
  });
});
