import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import {
  Button,
  Card,
  Checkbox,
  Col,
  Form,
  Input,
  InputNumber,
  Row,
  Select,
  Space,
  Steps,
  Typography,
} from 'antd';
import { useMemo, useState, type ReactNode } from 'react';
import { useMutation } from 'urql';
import { ProblemAlert, useProblem } from '../../app/problem';
import { DATE_RULE, MONTH_RULE } from '../../app/rules';
import type { ApplicationDetailQuery, ApplicationFormInput } from '../../gql/graphql';
import { enumOptions } from '../../i18n/enums';
import { useLanguage } from '../../i18n/language';
import { formInputOf, mutationInputOf } from './form-input';
import { SAVE_FORM } from './queries';

type Detail = NonNullable<ApplicationDetailQuery['application']>;

/**
 * The form's sections in four steps, so a person on a phone sees where they are. Every step stays
 * mounted (the others hidden): nothing typed is lost between steps, and saving checks them all.
 */
const STEPS = [
  { key: 'person', sections: ['personal', 'residencePermit', 'employment'] },
  { key: 'education', sections: ['educationHistory', 'qualifications'] },
  { key: 'insurance', sections: ['socialInsurance', 'bonusClaims'] },
  { key: 'family', sections: ['coResidents', 'archiveLocation', 'declarations'] },
] as const;

/** The step that holds a field (its form name path starts with the section). */
export function stepOf(name: ReadonlyArray<string | number> | undefined): number {
  const section = name?.[0];
  const index = STEPS.findIndex((s) => (s.sections as readonly string[]).includes(String(section)));
  return index < 0 ? 0 : index;
}

function StepPanel({ index, current, children }: { index: number; current: number; children: ReactNode }) {
  return (
    <div hidden={index !== current} data-testid={`form-step-${index + 1}`}>
      {children}
    </div>
  );
}

function List({
  name,
  title,
  addLabel,
  empty,
  children,
}: {
  name: string;
  title: string;
  addLabel: string;
  empty: Record<string, unknown>;
  children: (field: { name: number }, index: number) => ReactNode;
}) {
  const { t } = useLanguage();
  return (
    <Card size="small" title={title} style={{ marginBottom: 16 }}>
      <Form.List name={name}>
        {(fields, { add, remove }) => (
          <>
            {fields.map((field, index) => (
              <div key={field.key} role="group" aria-label={`${title} ${index + 1}`}>
                <Space align="start" wrap>
                  {children(field, index)}
                  <Button
                    aria-label={t('form.remove', { what: title, n: index + 1 })}
                    icon={<MinusCircleOutlined />}
                    onClick={() => remove(field.name)}
                    style={{ marginTop: 30 }}
                  />
                </Space>
              </div>
            ))}
            <Button icon={<PlusOutlined />} onClick={() => add(empty)}>
              {addLabel}
            </Button>
          </>
        )}
      </Form.List>
    </Card>
  );
}

/**
 * 《上海市居住证积分申请表》 as a form, by its sections; saving returns the simulated score. Errors
 * land at their fields and nothing typed is lost.
 */
export function ApplicationFormEditor({
  application,
  onSaved,
}: {
  application: Detail;
  onSaved(saved: { version: number; simulatedScore: Detail['simulatedScore'] }): void;
}) {
  const { t, language } = useLanguage();
  const [form] = Form.useForm<ApplicationFormInput>();
  const { problem, show } = useProblem(form);
  const [{ fetching }, save] = useMutation(SAVE_FORM);
  const [step, setStep] = useState(0);
  // The form's starting values are read once per application: a save must not reset what is typed.
  const initial = useMemo(() => formInputOf(application.form), [application.id]);
  const required = { required: true, message: t('rule.required') };
  const requiredText = { required: true, whitespace: true, message: t('rule.required') };

  const submit = async (values: ApplicationFormInput): Promise<void> => {
    const answer = await save({
      id: application.id,
      version: application.version,
      form: mutationInputOf(values),
    });
    const refused = show(answer.error);
    // The server names the field: open its step (the alert and the field say why).
    const named = refused?.fields[0]?.name;
    if (named) {
      setStep(stepOf(named));
      setTimeout(() => form.scrollToField(named, { block: 'center', focus: true }), 0);
    }
    if (refused || !answer.data) return;
    onSaved(answer.data.updateApplicationForm);
  };
  const stepTitles = [
    t('form.step.person'),
    t('form.step.education'),
    t('form.step.insurance'),
    t('form.step.family'),
  ];

  return (
    <>
      <ProblemAlert problem={problem} />
      <Form<ApplicationFormInput>
        form={form}
        layout="vertical"
        initialValues={initial}
        onFinish={(v) => void submit(v)}
        onFinishFailed={({ errorFields }) => {
          const first = errorFields[0]?.name;
          if (!first) return;
          setStep(stepOf(first));
          // Once the step is shown, bring the field into view.
          setTimeout(() => form.scrollToField(first, { block: 'center', focus: true }), 0);
        }}
        requiredMark="optional"
      >
        <Steps
          size="small"
          current={step}
          onChange={setStep}
          items={stepTitles.map((title) => ({ title }))}
          style={{ marginBottom: 16 }}
        />
        <StepPanel index={0} current={step}>
          <Card size="small" title={t('form.personal')} style={{ marginBottom: 16 }}>
            <Typography.Paragraph>
              {t('form.personalFixed', {
                name: application.form.personal.name,
                residentId: application.form.personal.residentId,
              })}
            </Typography.Paragraph>
            <Row gutter={16}>
              <Col xs={24} sm={12} md={6}>
                <Form.Item name={['personal', 'ethnicity']} label={t('form.ethnicity')}>
                  <Input />
                </Form.Item>
              </Col>
              <Col xs={24} sm={12} md={6}>
                <Form.Item name={['personal', 'hukouPlace']} label={t('form.hukouPlace')}>
                  <Input />
                </Form.Item>
              </Col>
              <Col xs={24} sm={12} md={6}>
                <Form.Item name={['personal', 'maritalStatus']} label={t('form.maritalStatus')}>
                  <Select allowClear options={enumOptions('MaritalStatus', language)} />
                </Form.Item>
              </Col>
              <Col xs={24} sm={12} md={6}>
                <Form.Item
                  name={['personal', 'mobile']}
                  label={t('form.mobile')}
                  extra={
                    application.form.personal.mobile
                      ? t('form.mobileKept', { masked: application.form.personal.mobile })
                      : undefined
                  }
                >
                  <Input inputMode="tel" autoComplete="off" />
                </Form.Item>
              </Col>
            </Row>
          </Card>
          <Card size="small" title={t('form.residencePermit')} style={{ marginBottom: 16 }}>
            <Row gutter={16}>
              <Col xs={24} sm={12} md={6}>
                <Form.Item
                  name={['residencePermit', 'number']}
                  label={t('form.permitNumber')}
                  rules={[requiredText]}
                >
                  <Input />
                </Form.Item>
              </Col>
              <Col xs={24} sm={12} md={6}>
                <Form.Item
                  name={['residencePermit', 'validFrom']}
                  label={t('form.validFrom')}
                  rules={[required, DATE_RULE(t)]}
                >
                  <Input placeholder="YYYY-MM-DD" />
                </Form.Item>
              </Col>
              <Col xs={24} sm={12} md={6}>
                <Form.Item
                  name={['residencePermit', 'validTo']}
                  label={t('form.validTo')}
                  rules={[required, DATE_RULE(t)]}
                >
                  <Input placeholder="YYYY-MM-DD" />
                </Form.Item>
              </Col>
              <Col xs={24} sm={12} md={6}>
                <Form.Item
                  name={['residencePermit', 'address']}
                  label={t('form.address')}
                  rules={[requiredText]}
                >
                  <Input />
                </Form.Item>
              </Col>
            </Row>
          </Card>
          <Card size="small" title={t('form.employment')} style={{ marginBottom: 16 }}>
            <Row gutter={16}>
              <Col xs={24} sm={8}>
                <Form.Item
                  name={['employment', 'position']}
                  label={t('form.position')}
                  rules={[requiredText]}
                >
                  <Input />
                </Form.Item>
              </Col>
              <Col xs={24} sm={8}>
                <Form.Item
                  name={['employment', 'contractStart']}
                  label={t('form.contractStart')}
                  rules={[required, DATE_RULE(t)]}
                >
                  <Input placeholder="YYYY-MM-DD" />
                </Form.Item>
              </Col>
              <Col xs={24} sm={8}>
                <Form.Item
                  name={['employment', 'contractEnd']}
                  label={t('form.contractEnd')}
                  extra={t('form.contractEndHelp')}
                  rules={[DATE_RULE(t)]}
                >
                  <Input placeholder="YYYY-MM-DD" />
                </Form.Item>
              </Col>
            </Row>
          </Card>
        </StepPanel>
        <StepPanel index={1} current={step}>
          <List
            name="educationHistory"
            title={t('form.education')}
            addLabel={t('form.addEducation')}
            empty={{ level: 'BACHELOR_WITH_DEGREE', fullTime: true, overseas: false }}
          >
            {(field, i) => (
              <>
                <Form.Item
                  name={[field.name, 'level']}
                  label={t('form.level', { n: i + 1 })}
                  rules={[required]}
                >
                  <Select style={{ width: 220 }} options={enumOptions('DiplomaLevel', language)} />
                </Form.Item>
                <Form.Item
                  name={[field.name, 'school']}
                  label={t('form.school', { n: i + 1 })}
                  rules={[requiredText]}
                >
                  <Input />
                </Form.Item>
                <Form.Item name={[field.name, 'major']} label={t('form.major', { n: i + 1 })}>
                  <Input />
                </Form.Item>
                <Form.Item
                  name={[field.name, 'graduationDate']}
                  label={t('form.graduationDate', { n: i + 1 })}
                  rules={[required, DATE_RULE(t)]}
                >
                  <Input placeholder="YYYY-MM-DD" style={{ width: 130 }} />
                </Form.Item>
                <Form.Item name={[field.name, 'certificateNo']} label={t('form.certificateNo', { n: i + 1 })}>
                  <Input />
                </Form.Item>
                <Form.Item name={[field.name, 'fullTime']} valuePropName="checked" label=" ">
                  <Checkbox>{t('form.fullTime')}</Checkbox>
                </Form.Item>
                <Form.Item name={[field.name, 'overseas']} valuePropName="checked" label=" ">
                  <Checkbox>{t('form.overseas')}</Checkbox>
                </Form.Item>
              </>
            )}
          </List>
          <List
            name="qualifications"
            title={t('form.qualifications')}
            addLabel={t('form.addQualification')}
            empty={{ level: 'MID_TITLE', matchesPosition: true }}
          >
            {(field, i) => (
              <>
                <Form.Item
                  name={[field.name, 'level']}
                  label={t('form.qualificationLevel', { n: i + 1 })}
                  rules={[required]}
                >
                  <Select style={{ width: 240 }} options={enumOptions('QualificationLevel', language)} />
                </Form.Item>
                <Form.Item
                  name={[field.name, 'name']}
                  label={t('form.qualificationName', { n: i + 1 })}
                  rules={[requiredText]}
                >
                  <Input />
                </Form.Item>
                <Form.Item
                  name={[field.name, 'certificateNo']}
                  label={t('form.certificateNo', { n: i + 1 })}
                  rules={[requiredText]}
                >
                  <Input />
                </Form.Item>
                <Form.Item
                  name={[field.name, 'issuedOn']}
                  label={t('form.issuedOn', { n: i + 1 })}
                  rules={[required, DATE_RULE(t)]}
                >
                  <Input placeholder="YYYY-MM-DD" style={{ width: 130 }} />
                </Form.Item>
                <Form.Item name={[field.name, 'matchesPosition']} valuePropName="checked" label=" ">
                  <Checkbox>{t('form.matchesPosition')}</Checkbox>
                </Form.Item>
              </>
            )}
          </List>
        </StepPanel>
        <StepPanel index={2} current={step}>
          <List
            name="socialInsurance"
            title={t('form.socialInsurance')}
            addLabel={t('form.addPeriod')}
            empty={{ backPaid: false, payerMatchesContract: true, baseMatchesTax: true }}
          >
            {(field, i) => (
              <>
                <Form.Item
                  name={[field.name, 'from']}
                  label={t('simulate.from', { n: i + 1 })}
                  rules={[required, MONTH_RULE(t)]}
                >
                  <Input placeholder="YYYY-MM" style={{ width: 110 }} />
                </Form.Item>
                <Form.Item
                  name={[field.name, 'to']}
                  label={t('simulate.to', { n: i + 1 })}
                  rules={[required, MONTH_RULE(t)]}
                >
                  <Input placeholder="YYYY-MM" style={{ width: 110 }} />
                </Form.Item>
                <Form.Item
                  name={[field.name, 'base']}
                  label={t('simulate.base', { n: i + 1 })}
                  rules={[required]}
                >
                  <InputNumber min={0} style={{ width: 130 }} />
                </Form.Item>
              </>
            )}
          </List>
          <Card size="small" title={t('form.bonus')} style={{ marginBottom: 16 }}>
            <Space wrap>
              <Form.Item name={['bonusClaims', 'shortageMajor']} valuePropName="checked">
                <Checkbox>{t('simulate.shortageMajor')}</Checkbox>
              </Form.Item>
              <Form.Item name={['bonusClaims', 'freshGraduate']} valuePropName="checked">
                <Checkbox>{t('simulate.freshGraduate')}</Checkbox>
              </Form.Item>
              <Form.Item name={['bonusClaims', 'awards']} label={t('simulate.awards')}>
                <Select
                  mode="multiple"
                  style={{ minWidth: 220 }}
                  options={enumOptions('AwardLevel', language)}
                />
              </Form.Item>
            </Space>
          </Card>
        </StepPanel>
        <StepPanel index={3} current={step}>
          <List
            name="coResidents"
            title={t('form.coResidents')}
            addLabel={t('form.addCoResident')}
            empty={{ relation: 'SPOUSE' }}
          >
            {(field, i) => (
              <>
                <Form.Item
                  name={[field.name, 'relation']}
                  label={t('form.relation', { n: i + 1 })}
                  rules={[required]}
                >
                  <Select style={{ width: 110 }} options={enumOptions('CoResidentRelation', language)} />
                </Form.Item>
                <Form.Item
                  name={[field.name, 'name']}
                  label={t('form.coResidentName', { n: i + 1 })}
                  rules={[requiredText]}
                >
                  <Input />
                </Form.Item>
                <Form.Item
                  name={[field.name, 'birthDate']}
                  label={t('form.birthDate', { n: i + 1 })}
                  rules={[required, DATE_RULE(t)]}
                >
                  <Input placeholder="YYYY-MM-DD" style={{ width: 130 }} />
                </Form.Item>
                <Form.Item
                  name={[field.name, 'highSchoolEnrolmentProof']}
                  label={t('form.highSchoolProof', { n: i + 1 })}
                >
                  <Input />
                </Form.Item>
              </>
            )}
          </List>
          <Card size="small" title={t('form.archive')} style={{ marginBottom: 16 }}>
            <Row gutter={16}>
              <Col xs={24} sm={10}>
                <Form.Item
                  name={['archiveLocation', 'kind']}
                  label={t('form.archiveKind')}
                  rules={[required]}
                >
                  <Select options={enumOptions('ArchiveHolderKind', language)} />
                </Form.Item>
              </Col>
              <Col xs={24} sm={14}>
                <Form.Item
                  name={['archiveLocation', 'holder']}
                  label={t('form.archiveHolder')}
                  rules={[requiredText]}
                >
                  <Input />
                </Form.Item>
              </Col>
            </Row>
          </Card>
          <Card size="small" title={t('form.declarations')} style={{ marginBottom: 16 }}>
            <Form.Item name={['declarations', 'noFamilyPlanningViolation']} valuePropName="checked">
              <Checkbox>{t('form.noFamilyPlanningViolation')}</Checkbox>
            </Form.Item>
            <Form.Item name={['declarations', 'noCriminalRecord']} valuePropName="checked">
              <Checkbox>{t('form.noCriminalRecord')}</Checkbox>
            </Form.Item>
          </Card>
        </StepPanel>
        <Space wrap>
          {step > 0 && <Button onClick={() => setStep(step - 1)}>{t('form.previous')}</Button>}
          {step < STEPS.length - 1 && (
            <Button onClick={() => setStep(step + 1)}>
              {t('form.next', { title: stepTitles[step + 1] ?? '' })}
            </Button>
          )}
          <Button type="primary" htmlType="submit" loading={fetching}>
            {t('form.save')}
          </Button>
        </Space>
      </Form>
    </>
  );
}
