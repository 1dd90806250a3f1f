import { fireEvent, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { creditCodeCheckCharacter } from '@points/validation';
import { renderPage } from '../../test/render';
import RegisterPage from './RegisterPage';

const first17 = '91310104MA1FL0001';
const validCode = first17 + creditCodeCheckCharacter(first17);
const wrongCheck = first17 + (creditCodeCheckCharacter(first17) === '0' ? '1' : '0');
const districts = {
  data: {
    districts: [
      { code: 'XUHUI', name: '徐汇区' },
      { code: 'PUDONG', name: '浦东新区' },
    ],
  },
};

/** The form item (label, control, messages) around the control labelled `label`. */
function itemOf(label: string): HTMLElement {
  const item = screen.getByLabelText(label).closest('.ant-form-item');
  if (!(item instanceof HTMLElement)) throw new Error(`no form item for ${label}`);
  return item;
}

/** Sets a field's value in one change, as a paste does (typing every key is slow in jsdom). */
function fill(label: string, value: string): void {
  fireEvent.change(screen.getByLabelText(label), { target: { value } });
}

describe('employer registration', { timeout: 120_000 }, () => {
  it('checks the credit code (GB 32100) as it is typed', async () => {
    const user = userEvent.setup({ delay: null });
    renderPage(<RegisterPage />, { Districts: districts });
    const code = screen.getByLabelText('统一社会信用代码');
    await user.type(code, '91310104');
    expect(await within(itemOf('统一社会信用代码')).findByText('统一社会信用代码应为18位')).toBeVisible();
    await user.clear(code);
    await user.type(code, wrongCheck);
    expect(
      await within(itemOf('统一社会信用代码')).findByText('统一社会信用代码校验位（第18位）不正确，请核对'),
    ).toBeVisible();
    await user.clear(code);
    await user.type(code, validCode.toLowerCase());
    expect(await screen.findByTestId('credit-code-ok')).toHaveTextContent('校验通过');
  });

  it('names every required field left empty and sends nothing', async () => {
    const user = userEvent.setup({ delay: null });
    const page = renderPage(<RegisterPage />, { Districts: districts });
    await user.click(screen.getByRole('button', { name: '提交注册' }));
    expect(await within(itemOf('单位名称')).findByText('此项为必填项')).toBeVisible();
    expect(within(itemOf('人事专员1 手机号码')).getByText('此项为必填项')).toBeVisible();
    expect(page.calls.map((c) => c.operationName)).not.toContain('RegisterEmployer');
  });

  it("shows the API's error at the field it names and keeps everything typed", async () => {
    const user = userEvent.setup({ delay: null });
    const page = renderPage(<RegisterPage />, {
      Districts: districts,
      RegisterEmployer: {
        errors: [
          {
            message: 'HR specialist 1 mobile is already registered to another employer',
            extensions: { code: 'BAD_USER_INPUT', field: 'input.hrSpecialists[0].mobile', rule: 'UNIQUE' },
          },
        ],
      },
    });
    fill('单位名称', '上海测试科技有限公司');
    fill('统一社会信用代码', validCode);
    await user.click(screen.getByLabelText('所在区'));
    await user.click(await screen.findByTitle('徐汇区'));
    fill('单位地址', '上海市徐汇区漕溪北路88号');
    fill('法定代表人', '周法人');
    fill('社会保险登记证号', 'SI0001');
    fill('人事专员1 姓名', '陈人事');
    fill('人事专员1 身份证号', '11010519491231002X');
    fill('人事专员1 手机号码', '13912345678');
    fill('人事专员1 登录密码', 'Pass1234w');
    await user.click(screen.getByRole('button', { name: '提交注册' }));

    // In Chinese at the field, the server's English under the alert's sentence.
    expect(await within(itemOf('人事专员1 手机号码')).findByText('已被使用，不能重复')).toBeVisible();
    expect(screen.getByRole('alert')).toHaveTextContent('有 1 项需要更正');
    expect(screen.getByTestId('problem-detail')).toHaveTextContent(
      'HR specialist 1 mobile is already registered to another employer',
    );
    expect(screen.getByLabelText('单位名称')).toHaveValue('上海测试科技有限公司');
    expect(screen.getByLabelText('人事专员1 手机号码')).toHaveValue('13912345678');
    const sent = page.calls.find((c) => c.operationName === 'RegisterEmployer');
    expect(sent?.variables).toMatchObject({ input: { creditCode: validCode, district: 'XUHUI' } });
  });
});
