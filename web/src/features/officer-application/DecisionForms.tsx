// The officer's decisions on one application, each a small form checked before anything is sent:
// ask for materials (at least one item, from the window's list or typed), reject with a reason,
// revoke with the employer's request recorded. The API's answer (a field, a CONFLICT) is shown
// at the form, and what was typed stays.
import { Button, Checkbox, Form, Input, Space } from 'antd';
import type { CombinedError } from 'urql';
import { ProblemAlert, useProblem } from '../../app/problem';
import { useLanguage } from '../../i18n/language';
import { WINDOW_MATERIALS } from './materials';

interface MaterialsValues {
  picked?: string[];
  other?: string;
}

/** The items the officer named: the ones picked, then one per typed line, blanks dropped. */
export function missingItems(values: MaterialsValues): string[] {
  const typed = (values.other ?? '')
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '');
  return [...(values.picked ?? []), ...typed];
}

export function RequestMaterialsForm({
  onSend,
  busy,
}: {
  onSend: (missing: string[]) => Promise<CombinedError | undefined>;
  busy?: boolean;
}) {
  const { t } = useLanguage();
  const [form] = Form.useForm<MaterialsValues>();
  const { problem, show } = useProblem(form);
  const atLeastOne = {
    validator: () =>
      missingItems(form.getFieldsValue()).length > 0
        ? Promise.resolve()
        : Promise.reject(new Error(t('officer.missingRequired'))),
  };
  return (
    <Form
      form={form}
      layout="vertical"
      aria-label={t('officer.requestMaterials')}
      onFinish={(values) => void onSend(missingItems(values)).then(show)}
      onValuesChange={() => void form.validateFields(['picked']).catch(() => undefined)}
    >
      <ProblemAlert problem={problem} />
      <Form.Item name="picked" label={t('officer.missing')} rules={[atLeastOne]}>
        <Checkbox.Group>
          <Space orientation="vertical">
            {WINDOW_MATERIALS.map((m) => (
              <Checkbox key={m} value={m}>
                {m}
              </Checkbox>
            ))}
          </Space>
        </Checkbox.Group>
      </Form.Item>
      <Form.Item name="other" label={t('officer.missingOther')}>
        <Input.TextArea rows={2} maxLength={500} />
      </Form.Item>
      <Button htmlType="submit" loading={busy}>
        {t('officer.requestMaterials')}
      </Button>
    </Form>
  );
}

/** A reason the officer writes (rejection) or records (the employer's revocation request). */
export function ReasonForm({
  kind,
  onSend,
  busy,
}: {
  kind: 'reject' | 'revoke';
  onSend: (reason: string) => Promise<CombinedError | undefined>;
  busy?: boolean;
}) {
  const { t } = useLanguage();
  const [form] = Form.useForm<{ reason: string }>();
  const { problem, show } = useProblem(form);
  const label = kind === 'reject' ? t('officer.rejectReason') : t('officer.employerRequest');
  const required = kind === 'reject' ? t('officer.reasonRequired') : t('officer.requestRequired');
  return (
    <Form
      form={form}
      layout="vertical"
      aria-label={kind === 'reject' ? t('officer.reject') : t('officer.revoke')}
      onFinish={(values) => void onSend(values.reason.trim()).then(show)}
    >
      <ProblemAlert problem={problem} />
      <Form.Item
        name="reason"
        label={label}
        rules={[{ required: true, whitespace: true, message: required }]}
      >
        <Input.TextArea rows={3} maxLength={500} showCount />
      </Form.Item>
      <Button danger htmlType="submit" loading={busy}>
        {kind === 'reject' ? t('officer.reject') : t('officer.revoke')}
      </Button>
    </Form>
  );
}
