import { Button, Descriptions, Form, Input, Result, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useNavigate, useParams, useSearchParams } from 'react-router';
import { useClient } from 'urql';
import { ProblemAlert, useProblem } from '../../app/problem';
import { graphql } from '../../gql';
import type { VerifyPointsNoticeQuery } from '../../gql/graphql';
import { formatDate } from '../../i18n/format';
import { useLanguage } from '../../i18n/language';

const VERIFY = graphql(`
  query VerifyPointsNotice($code: String!) {
    verifyPointsNotice(code: $code) {
      valid
      holderName
      validUntil
      district
      districtName
      documentNo
    }
  }
`);

/**
 * 积分通知书核验: type the notice's verification code, or arrive from its QR code
 * (/verify-notice?code=<code>, the link printed on the notice; /verify/<code> too).
 */
export default function VerifyNoticePage() {
  const { t, language } = useLanguage();
  const { code: fromPath } = useParams();
  const [search] = useSearchParams();
  const fromLink = fromPath ?? search.get('code') ?? undefined;
  const navigate = useNavigate();
  const [form] = Form.useForm<{ code: string }>();
  const { problem, show } = useProblem(form);
  const client = useClient();
  const [answer, setAnswer] = useState<VerifyPointsNoticeQuery['verifyPointsNotice'] | undefined>();
  const [busy, setBusy] = useState(false);

  const check = async (code: string): Promise<void> => {
    setBusy(true);
    const result = await client
      .query(VERIFY, { code: code.trim() }, { requestPolicy: 'network-only' })
      .toPromise();
    setBusy(false);
    show(result.error);
    setAnswer(result.data?.verifyPointsNotice);
  };

  useEffect(() => {
    if (!fromLink) return;
    form.setFieldsValue({ code: fromLink });
    void check(fromLink);
    // Only when the link's code changes.
  }, [fromLink]);

  return (
    <>
      <Typography.Title level={1} style={{ fontSize: 26 }}>
        {t('verify.title')}
      </Typography.Title>
      <Typography.Paragraph>{t('verify.intro')}</Typography.Paragraph>
      <ProblemAlert problem={problem} />
      <Form
        form={form}
        layout="inline"
        onFinish={({ code }) => void navigate(`/verify/${encodeURIComponent(code.trim())}`)}
        style={{ marginBottom: 24 }}
      >
        <Form.Item
          name="code"
          label={t('verify.code')}
          rules={[{ required: true, whitespace: true, message: t('rule.required') }]}
        >
          <Input autoComplete="off" style={{ width: 260 }} />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={busy}>
          {t('verify.submit')}
        </Button>
      </Form>
      {answer && (
        <Result
          status={answer.valid ? 'success' : 'warning'}
          title={
            <span data-testid="verify-result">{answer.valid ? t('verify.valid') : t('verify.invalid')}</span>
          }
          extra={
            answer.valid ? (
              <Descriptions bordered column={1} size="small">
                <Descriptions.Item label={t('verify.holder')}>{answer.holderName}</Descriptions.Item>
                <Descriptions.Item label={t('verify.validUntil')}>
                  {formatDate(answer.validUntil, language)}
                </Descriptions.Item>
                <Descriptions.Item label={t('verify.district')}>
                  {answer.districtName ?? answer.district ?? '—'}
                </Descriptions.Item>
                <Descriptions.Item label={t('verify.documentNo')}>
                  <span data-testid="verify-document-no">{answer.documentNo ?? '—'}</span>
                </Descriptions.Item>
              </Descriptions>
            ) : undefined
          }
        />
      )}
    </>
  );
}
