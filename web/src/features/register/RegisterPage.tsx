import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { Alert, Button, Col, Form, Input, Result, Row, Select, Typography } from 'antd';
import { useState } from 'react';
import { useMutation, useQuery } from 'urql';
import { Link } from 'react-router';
import { validateCreditCode, validateMobile, validateResidentId } from '@points/validation';
import { ProblemAlert, useProblem } from '../../app/problem';
import { VALIDATOR_RULE } from '../../app/rules';
import { graphql } from '../../gql';
import type { RegisterEmployerInput, RegisterEmployerMutation } from '../../gql/graphql';
import { enumLabel, enumOptions } from '../../i18n/enums';
import { useLanguage } from '../../i18n/language';
import type { MessageKey } from '../../i18n/messages';

export const DISTRICTS = graphql(`
  query Districts {
    districts {
      code
      name
    }
  }
`);

const REGISTER = graphql(`
  mutation RegisterEmployer($input: RegisterEmployerInput!) {
    registerEmployer(input: $input) {
      employerId
      status
      district
      hrUsernames
    }
  }
`);

/** GB 32100's rules in the words of the page, checked as the code is typed. */
const CREDIT_CODE_RULES: Record<string, MessageKey> = {
  LENGTH: 'register.creditCode.LENGTH',
  FORBIDDEN_CHARACTER: 'register.creditCode.FORBIDDEN_CHARACTER',
  CHECK_CHARACTER: 'register.creditCode.CHECK_CHARACTER',
};

/** 单位网上注册: the employer registers itself and its HR specialists; the district centre reviews it. */
export default function RegisterPage() {
  const { t, language } = useLanguage();
  const [form] = Form.useForm<RegisterEmployerInput>();
  const { problem, show } = useProblem(form);
  const [{ fetching }, register] = useMutation(REGISTER);
  const [{ data: districts }] = useQuery({ query: DISTRICTS });
  const [done, setDone] = useState<RegisterEmployerMutation['registerEmployer'] | undefined>();
  const organisationType = Form.useWatch('organisationType', form);
  const creditCode = Form.useWatch('creditCode', form) ?? '';

  const submit = async (input: RegisterEmployerInput): Promise<void> => {
    const answer = await register({ input: { ...input, creditCode: input.creditCode.trim().toUpperCase() } });
    if (show(answer.error)) return;
    setDone(answer.data?.registerEmployer);
  };

  if (done) {
    return (
      <Result
        status="success"
        title={t('register.done')}
        subTitle={t('register.doneDetail', {
          status: enumLabel('EmployerStatus', done.status, language),
          district: districts?.districts?.find((d) => d.code === done.district)?.name ?? done.district,
        })}
        extra={[
          <Alert
            key="usernames"
            type="info"
            title={t('register.usernames')}
            description={<span data-testid="hr-usernames">{done.hrUsernames.join('、')}</span>}
          />,
          <Link key="login" to="/login">
            {t('nav.login')}
          </Link>,
        ]}
      />
    );
  }

  const creditCheck = creditCode.trim() ? validateCreditCode(creditCode) : undefined;
  return (
    <>
      <Typography.Title level={1} style={{ fontSize: 26 }}>
        {t('register.title')}
      </Typography.Title>
      <Typography.Paragraph>{t('register.intro')}</Typography.Paragraph>
      <ProblemAlert problem={problem} />
      <Form<RegisterEmployerInput>
        form={form}
        layout="vertical"
        initialValues={{
          establishment: 'SHANGHAI_REGISTERED',
          organisationType: 'ENTERPRISE',
          hrSpecialists: [{}],
        }}
        onFinish={(v) => void submit(v)}
        requiredMark="optional"
        scrollToFirstError
      >
        <Row gutter={16}>
          <Col xs={24} md={12}>
            <Form.Item
              name="name"
              label={t('register.name')}
              rules={[{ required: true, whitespace: true, message: t('rule.required') }]}
            >
              <Input />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item
              name="creditCode"
              label={t('register.creditCode')}
              validateFirst
              hasFeedback
              help={
                creditCheck?.ok ? (
                  <span data-testid="credit-code-ok">{t('register.creditCode.ok')}</span>
                ) : undefined
              }
              rules={[
                { required: true, message: t('rule.required') },
                VALIDATOR_RULE(
                  (value) => {
                    const check = validateCreditCode(value);
                    return check.ok || check.rule;
                  },
                  (rule) => t(CREDIT_CODE_RULES[rule] ?? 'register.creditCode.LENGTH'),
                ),
              ]}
            >
              <Input maxLength={18} autoComplete="off" style={{ textTransform: 'uppercase' }} />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item
              name="organisationType"
              label={t('register.organisationType')}
              rules={[{ required: true }]}
            >
              <Select options={enumOptions('OrganisationType', language)} />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item
              name="establishment"
              label={t('register.establishment')}
              extra={t('register.establishmentHelp')}
            >
              <Select options={enumOptions('EstablishmentKind', language)} />
            </Form.Item>
          </Col>
          {organisationType === 'HR_SERVICE_AGENCY' && (
            <>
              <Col xs={24} md={12}>
                <Form.Item
                  name="licenceKind"
                  label={t('register.licenceKind')}
                  rules={[{ required: true, message: t('rule.required') }]}
                >
                  <Select options={enumOptions('LicenceKind', language)} />
                </Form.Item>
              </Col>
              <Col xs={24} md={12}>
                <Form.Item
                  name="licenceNumber"
                  label={t('register.licenceNumber')}
                  rules={[{ required: true, message: t('rule.required') }]}
                >
                  <Input />
                </Form.Item>
              </Col>
            </>
          )}
          <Col xs={24} md={12}>
            <Form.Item
              name="district"
              label={t('register.district')}
              rules={[{ required: true, message: t('rule.required') }]}
            >
              <Select
                showSearch
                optionFilterProp="label"
                options={(districts?.districts ?? []).map((d) => ({ value: d.code, label: d.name }))}
              />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item
              name="address"
              label={t('register.address')}
              rules={[{ required: true, whitespace: true, message: t('rule.required') }]}
            >
              <Input />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item
              name="legalRepresentative"
              label={t('register.legalRepresentative')}
              rules={[{ required: true, whitespace: true, message: t('rule.required') }]}
            >
              <Input />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item
              name="socialInsuranceNo"
              label={t('register.socialInsuranceNo')}
              rules={[{ required: true, whitespace: true, message: t('rule.required') }]}
            >
              <Input />
            </Form.Item>
          </Col>
        </Row>
        <Typography.Title level={2} style={{ fontSize: 18 }}>
          {t('register.hrSpecialists')}
        </Typography.Title>
        <Form.List name="hrSpecialists">
          {(fields, { add, remove }) => (
            <>
              {fields.map((field, index) => (
                <Row gutter={16} key={field.key} aria-label={t('register.hr', { n: index + 1 })} role="group">
                  <Col xs={24} md={5}>
                    <Form.Item
                      name={[field.name, 'name']}
                      label={t('register.hrName', { n: index + 1 })}
                      rules={[{ required: true, whitespace: true, message: t('rule.required') }]}
                    >
                      <Input />
                    </Form.Item>
                  </Col>
                  <Col xs={24} md={7}>
                    <Form.Item
                      name={[field.name, 'residentId']}
                      label={t('register.hrResidentId', { n: index + 1 })}
                      rules={[
                        { required: true, message: t('rule.required') },
                        VALIDATOR_RULE((v) => validateResidentId(v).ok, t('rule.residentId')),
                      ]}
                    >
                      <Input maxLength={18} autoComplete="off" />
                    </Form.Item>
                  </Col>
                  <Col xs={24} md={5}>
                    <Form.Item
                      name={[field.name, 'mobile']}
                      label={t('register.hrMobile', { n: index + 1 })}
                      rules={[
                        { required: true, message: t('rule.required') },
                        VALIDATOR_RULE((v) => validateMobile(v).ok, t('rule.mobile')),
                      ]}
                    >
                      <Input inputMode="tel" autoComplete="off" />
                    </Form.Item>
                  </Col>
                  <Col xs={20} md={5}>
                    <Form.Item
                      name={[field.name, 'password']}
                      label={t('register.hrPassword', { n: index + 1 })}
                      extra={t('rule.passwordHelp')}
                      rules={[{ required: true, message: t('rule.required') }]}
                    >
                      <Input.Password autoComplete="new-password" />
                    </Form.Item>
                  </Col>
                  <Col xs={4} md={2}>
                    {fields.length > 1 && (
                      <Button
                        aria-label={t('register.removeHr', { n: index + 1 })}
                        icon={<MinusCircleOutlined />}
                        onClick={() => remove(field.name)}
                        style={{ marginTop: 30 }}
                      />
                    )}
                  </Col>
                </Row>
              ))}
              <Form.Item>
                <Button icon={<PlusOutlined />} onClick={() => add({})}>
                  {t('register.addHr')}
                </Button>
              </Form.Item>
            </>
          )}
        </Form.List>
        <Button type="primary" htmlType="submit" loading={fetching}>
          {t('register.submit')}
        </Button>
      </Form>
    </>
  );
}
