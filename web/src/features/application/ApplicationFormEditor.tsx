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
  type SelectProps,
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

type FieldName = ReadonlyArray<string | number>;

/*
 * The form's four kinds of field (text, date or month, tick). Each carries its own rule, so a
 * section lists what it asks for and nothing else.
 */
function TextField({
  name,
  label,
  required = false,
  extra,
}: {
  name: FieldName;
  label: string;
  required?: boolean;
  extra?: ReactNode;
}) {
  const { t } = useLanguage();
  return (
    <Form.Item
      name={[...name]}
      label={label}
      extra={extra}
      rules={required ? [{ required: true, whitespace: true, message: t('rule.required') }] : []}
    >
      <Input />
    </Form.Item>
  );
}

function DateField({
  name,
  label,
  required = false,
  month = false,
  extra,
  width,
}: {
  name: FieldName;
  label: string;
  required?: boolean;
  /** A month (YYYY-MM) instead of a day. */
  month?: boolean;
  extra?: ReactNode;
  width?: number;
}) {
  const { t } = useLanguage();
  const format = month ? MONTH_RULE(t) : DATE_RULE(t);
  return (
    <Form.Item
      name={[...name]}
      label={label}
      extra={extra}
      rules={required ? [{ required: true, message: t('rule.required') }, format] : [format]}
    >
      <Input placeholder={month ? 'YYYY-MM' : 'YYYY-MM-DD'} style={width ? { width } : undefined} />
    </Form.Item>
  );
}

function ChoiceField({
  name,
  label,
  required = false,
  options,
  width,
  multiple = false,
}: {
  name: FieldName;
  label: string;
  required?: boolean;
  options: SelectProps['options'];
  width?: number;
  multiple?: boolean;
}) {
  const { t } = useLanguage();
  return (
    <Form.Item
      name={[...name]}
      label={label}
      rules={required ? [{ required: true, message: t('rule.required') }] : []}
    >
      <Select
        options={options}
        allowClear={!required}
        mode={multiple ? 'multiple' : undefined}
        style={width ? { [multiple ? 'minWidth' : 'width']: width } : undefined}
      />
    </Form.Item>
  );
}

function TickField({ name, label, children }: { name: FieldName; label?: string; children: ReactNode }) {
  return (
    <Form.Item name={[...name]} valuePropName="checked" label={label}>
      <Checkbox>{children}</Checkbox>
    </Form.Item>
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
                <TextField name={['personal', 'ethnicity']} label={t('form.ethnicity')} />
              </Col>
              <Col xs={24} sm={12} md={6}>
                <TextField name={['personal', 'hukouPlace']} label={t('form.hukouPlace')} />
              </Col>
              <Col xs={24} sm={12} md={6}>
                <ChoiceField
                  name={['personal', 'maritalStatus']}
                  label={t('form.maritalStatus')}
                  options={enumOptions('MaritalStatus', language)}
                />
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
                <TextField name={['residencePermit', 'number']} label={t('form.permitNumber')} required />
              </Col>
              <Col xs={24} sm={12} md={6}>
                <DateField name={['residencePermit', 'validFrom']} label={t('form.validFrom')} required />
              </Col>
              <Col xs={24} sm={12} md={6}>
                <DateField name={['residencePermit', 'validTo']} label={t('form.validTo')} required />
              </Col>
              <Col xs={24} sm={12} md={6}>
                <TextField name={['residencePermit', 'address']} label={t('form.address')} required />
              </Col>
            </Row>
          </Card>
          <Card size="small" title={t('form.employment')} style={{ marginBottom: 16 }}>
            <Row gutter={16}>
              <Col xs={24} sm={8}>
                <TextField name={['employment', 'position']} label={t('form.position')} required />
              </Col>
              <Col xs={24} sm={8}>
                <DateField name={['employment', 'contractStart']} label={t('form.contractStart')} required />
              </Col>
              <Col xs={24} sm={8}>
                <DateField
                  name={['employment', 'contractEnd']}
                  label={t('form.contractEnd')}
                  extra={t('form.contractEndHelp')}
                />
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
                <ChoiceField
                  name={[field.name, 'level']}
                  label={t('form.level', { n: i + 1 })}
                  required
                  options={enumOptions('DiplomaLevel', language)}
                  width={220}
                />
                <TextField name={[field.name, 'school']} label={t('form.school', { n: i + 1 })} required />
                <TextField name={[field.name, 'major']} label={t('form.major', { n: i + 1 })} />
                <DateField
                  name={[field.name, 'graduationDate']}
                  label={t('form.graduationDate', { n: i + 1 })}
                  required
                  width={130}
                />
                <TextField
                  name={[field.name, 'certificateNo']}
                  label={t('form.certificateNo', { n: i + 1 })}
                />
                <TickField name={[field.name, 'fullTime']} label=" ">
                  {t('form.fullTime')}
                </TickField>
                <TickField name={[field.name, 'overseas']} label=" ">
                  {t('form.overseas')}
                </TickField>
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
                <ChoiceField
                  name={[field.name, 'level']}
                  label={t('form.qualificationLevel', { n: i + 1 })}
                  required
                  options={enumOptions('QualificationLevel', language)}
                  width={240}
                />
                <TextField
                  name={[field.name, 'name']}
                  label={t('form.qualificationName', { n: i + 1 })}
                  required
                />
                <TextField
                  name={[field.name, 'certificateNo']}
                  label={t('form.certificateNo', { n: i + 1 })}
                  required
                />
                <DateField
                  name={[field.name, 'issuedOn']}
                  label={t('form.issuedOn', { n: i + 1 })}
                  required
                  width={130}
                />
                <TickField name={[field.name, 'matchesPosition']} label=" ">
                  {t('form.matchesPosition')}
                </TickField>
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
                <DateField
                  name={[field.name, 'from']}
                  label={t('simulate.from', { n: i + 1 })}
                  required
                  month
                  width={110}
                />
                <DateField
                  name={[field.name, 'to']}
                  label={t('simulate.to', { n: i + 1 })}
                  required
                  month
                  width={110}
                />
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
              <TickField name={['bonusClaims', 'shortageMajor']}>{t('simulate.shortageMajor')}</TickField>
              <TickField name={['bonusClaims', 'freshGraduate']}>{t('simulate.freshGraduate')}</TickField>
              <ChoiceField
                name={['bonusClaims', 'awards']}
                label={t('simulate.awards')}
                options={enumOptions('AwardLevel', language)}
                multiple
                width={220}
              />
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
                <ChoiceField
                  name={[field.name, 'relation']}
                  label={t('form.relation', { n: i + 1 })}
                  required
                  options={enumOptions('CoResidentRelation', language)}
                  width={110}
                />
                <TextField
                  name={[field.name, 'name']}
                  label={t('form.coResidentName', { n: i + 1 })}
                  required
                />
                <DateField
                  name={[field.name, 'birthDate']}
                  label={t('form.birthDate', { n: i + 1 })}
                  required
                  width={130}
                />
                <TextField
                  name={[field.name, 'highSchoolEnrolmentProof']}
                  label={t('form.highSchoolProof', { n: i + 1 })}
                />
              </>
            )}
          </List>
          <Card size="small" title={t('form.archive')} style={{ marginBottom: 16 }}>
            <Row gutter={16}>
              <Col xs={24} sm={10}>
                <ChoiceField
                  name={['archiveLocation', 'kind']}
                  label={t('form.archiveKind')}
                  required
                  options={enumOptions('ArchiveHolderKind', language)}
                />
              </Col>
              <Col xs={24} sm={14}>
                <TextField name={['archiveLocation', 'holder']} label={t('form.archiveHolder')} required />
              </Col>
            </Row>
          </Card>
          <Card size="small" title={t('form.declarations')} style={{ marginBottom: 16 }}>
            <TickField name={['declarations', 'noFamilyPlanningViolation']}>
              {t('form.noFamilyPlanningViolation')}
            </TickField>
            <TickField name={['declarations', 'noCriminalRecord']}>{t('form.noCriminalRecord')}</TickField>
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
