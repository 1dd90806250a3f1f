import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import {
  Button,
  Checkbox,
  Col,
  Collapse,
  Form,
  Input,
  InputNumber,
  Row,
  Select,
  Space,
  Typography,
} from 'antd';
import { useState } from 'react';
import { useClient } from 'urql';
import { ProblemAlert, useProblem } from '../../app/problem';
import { graphql } from '../../gql';
import type { ScoreProfileInput, SimulateScoreQuery } from '../../gql/graphql';
import { enumOptions } from '../../i18n/enums';
import { shanghaiToday } from '../../i18n/format';
import { useLanguage } from '../../i18n/language';
import { ScoreBreakdown } from '../score/ScoreBreakdown';
import { DATE_RULE, MONTH_RULE } from '../../app/rules';

const SIMULATE = graphql(`
  query SimulateScore($profile: ScoreProfileInput!) {
    simulateScore(profile: $profile) {
      total
      standard
      eligible
      vetoed
      ruleSetVersion
      items {
        ...ScoreResultParts
      }
      excludedMonths {
        ...ExcludedMonthParts
      }
    }
  }
`);

type SimulateForm = Required<Pick<ScoreProfileInput, 'assessmentDate' | 'birthDate'>> &
  Omit<ScoreProfileInput, 'assessmentDate' | 'birthDate'>;

/** 模拟估分: anyone scores a profile with the rule set in force; nothing is stored. */
export function SimulatePage() {
  const { t, language } = useLanguage();
  const [form] = Form.useForm<SimulateForm>();
  const { problem, show } = useProblem(form);
  const client = useClient();
  const [result, setResult] = useState<SimulateScoreQuery['simulateScore'] | undefined>();
  const [busy, setBusy] = useState(false);

  const submit = async (values: SimulateForm): Promise<void> => {
    setBusy(true);
    try {
      const answer = await client
        .query(SIMULATE, { profile: values }, { requestPolicy: 'network-only' })
        .toPromise();
      show(answer.error);
      setResult(answer.data?.simulateScore);
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <Typography.Title level={1} style={{ fontSize: 26 }}>
        {t('simulate.title')}
      </Typography.Title>
      <Typography.Paragraph>{t('simulate.intro')}</Typography.Paragraph>
      <Row gutter={24}>
        <Col xs={24} lg={12}>
          <ProblemAlert problem={problem} />
          <Form<SimulateForm>
            form={form}
            layout="vertical"
            initialValues={{
              assessmentDate: shanghaiToday(),
              education: 'NONE',
              qualification: 'NONE',
              qualificationMatchesPosition: true,
              socialInsurance: [],
              awards: [],
            }}
            onFinish={(v) => void submit(v)}
            requiredMark="optional"
          >
            <Form.Item name="assessmentDate" label={t('simulate.assessmentDate')} rules={[DATE_RULE(t)]}>
              <Input placeholder="YYYY-MM-DD" inputMode="numeric" />
            </Form.Item>
            <Form.Item
              name="birthDate"
              label={t('simulate.birthDate')}
              rules={[{ required: true, message: t('rule.required') }, DATE_RULE(t)]}
            >
              <Input placeholder="YYYY-MM-DD" inputMode="numeric" />
            </Form.Item>
            <Form.Item name="education" label={t('simulate.education')}>
              <Select options={enumOptions('DiplomaLevel', language)} />
            </Form.Item>
            <Form.Item name="qualification" label={t('simulate.qualification')}>
              <Select options={enumOptions('QualificationLevel', language)} />
            </Form.Item>
            <Form.Item name="qualificationMatchesPosition" valuePropName="checked">
              <Checkbox>{t('simulate.matchesPosition')}</Checkbox>
            </Form.Item>
            <Typography.Title level={2} style={{ fontSize: 16 }}>
              {t('simulate.socialInsurance')}
            </Typography.Title>
            <Form.List name="socialInsurance">
              {(fields, { add, remove }) => (
                <>
                  {fields.map((field, index) => (
                    <Space key={field.key} align="start" wrap>
                      <Form.Item
                        name={[field.name, 'from']}
                        label={t('simulate.from', { n: index + 1 })}
                        rules={[{ required: true, message: t('rule.required') }, MONTH_RULE(t)]}
                      >
                        <Input placeholder="YYYY-MM" style={{ width: 110 }} />
                      </Form.Item>
                      <Form.Item
                        name={[field.name, 'to']}
                        label={t('simulate.to', { n: index + 1 })}
                        rules={[{ required: true, message: t('rule.required') }, MONTH_RULE(t)]}
                      >
                        <Input placeholder="YYYY-MM" style={{ width: 110 }} />
                      </Form.Item>
                      <Form.Item
                        name={[field.name, 'base']}
                        label={t('simulate.base', { n: index + 1 })}
                        rules={[{ required: true, message: t('rule.required') }]}
                      >
                        <InputNumber min={0} style={{ width: 130 }} />
                      </Form.Item>
                      <Button
                        aria-label={t('simulate.removePeriod', { n: index + 1 })}
                        icon={<MinusCircleOutlined />}
                        onClick={() => remove(field.name)}
                        style={{ marginTop: 30 }}
                      />
                    </Space>
                  ))}
                  <Form.Item>
                    <Button icon={<PlusOutlined />} onClick={() => add({ backPaid: false })}>
                      {t('simulate.addPeriod')}
                    </Button>
                  </Form.Item>
                </>
              )}
            </Form.List>
            <Collapse
              style={{ marginBottom: 16 }}
              items={[
                {
                  key: 'bonus',
                  label: t('simulate.bonus'),
                  forceRender: true,
                  children: (
                    <>
                      <Form.Item name="shortageMajor" valuePropName="checked">
                        <Checkbox>{t('simulate.shortageMajor')}</Checkbox>
                      </Form.Item>
                      <Form.Item name="freshGraduate" valuePropName="checked">
                        <Checkbox>{t('simulate.freshGraduate')}</Checkbox>
                      </Form.Item>
                      <Form.Item name="entrepreneur" valuePropName="checked">
                        <Checkbox>{t('simulate.entrepreneur')}</Checkbox>
                      </Form.Item>
                      <Form.Item name="awards" label={t('simulate.awards')}>
                        <Select mode="multiple" options={enumOptions('AwardLevel', language)} />
                      </Form.Item>
                      <Form.Item name="publicServiceYears" label={t('simulate.publicServiceYears')}>
                        <InputNumber min={0} />
                      </Form.Item>
                      <Form.Item name="remoteSuburbYears" label={t('simulate.remoteSuburbYears')}>
                        <InputNumber min={0} />
                      </Form.Item>
                      <Form.Item
                        name="spouseHukouMarriageDate"
                        label={t('simulate.spouseHukouMarriageDate')}
                        rules={[DATE_RULE(t)]}
                      >
                        <Input placeholder="YYYY-MM-DD" />
                      </Form.Item>
                    </>
                  ),
                },
              ]}
            />
            <Button type="primary" htmlType="submit" loading={busy}>
              {t('simulate.submit')}
            </Button>
          </Form>
        </Col>
        <Col xs={24} lg={12} aria-live="polite">
          {result && <ScoreBreakdown score={result} title={t('simulate.result')} />}
        </Col>
      </Row>
    </>
  );
}
