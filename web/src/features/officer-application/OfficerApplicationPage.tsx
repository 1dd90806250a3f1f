import { Alert, App, Button, Card, Col, Descriptions, List, Row, Space, Spin, Tabs, Typography } from 'antd';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { useMutation, useQuery, type CombinedError } from 'urql';
import { homeOf } from '../../app/homes';
import { ProblemAlert, useProblem } from '../../app/problem';
import { useSession } from '../../app/session';
import { enumLabel } from '../../i18n/enums';
import { formatDate, formatDateTime } from '../../i18n/format';
import { useLanguage } from '../../i18n/language';
import { APPLICATION } from '../application/queries';
import { ApplicationStatus } from '../application/ApplicationStatus';
import { OfficerName } from '../review-queue/ReviewQueue';
import { CLAIM_APPLICATION } from '../review-queue/queries';
import { ScoreBreakdown } from '../score/ScoreBreakdown';
import { TaskTable } from '../verification/TaskTable';
import { ReasonForm, RequestMaterialsForm } from './DecisionForms';
import { FormView } from './FormView';
import {
  ACCEPT_APPLICATION,
  CASE_OF_APPLICATION,
  OFFICER_APPLICATION,
  REJECT_APPLICATION,
  REQUEST_MATERIALS,
  REVOKE_APPLICATION,
} from './queries';

const OPEN_STATES = ['SUBMITTED', 'MATERIALS_REQUIRED', 'ARCHIVE_REVIEW', 'SCORING'];

/** The verification case: its outcome, each finding, each check with the registry's answer. */
function VerificationCasePanel({
  applicationId,
  onChanged,
}: {
  applicationId: string;
  onChanged: () => void;
}) {
  const { t, language } = useLanguage();
  const [{ data, fetching, error }, reload] = useQuery({
    query: CASE_OF_APPLICATION,
    variables: { id: applicationId },
    requestPolicy: 'network-only',
  });
  const c = data?.verificationCaseOfApplication;
  if (!c) {
    if (fetching) return <Spin />;
    // Before acceptance there is no case: that is no error.
    const missing = error?.graphQLErrors.every((e) => e.extensions?.code === 'NOT_FOUND') ?? true;
    return missing ? (
      <Typography.Paragraph>{t('officer.noCase')}</Typography.Paragraph>
    ) : (
      <ProblemAlert problem={{ code: 'ERROR', message: error?.message ?? '', fields: [] }} />
    );
  }
  return (
    <section aria-label={t('officer.case')}>
      <Descriptions bordered size="small" column={{ xs: 1, sm: 2 }} style={{ marginBottom: 16 }}>
        <Descriptions.Item label={t('status.receiptNo')}>{c.receiptNo}</Descriptions.Item>
        <Descriptions.Item label={t('officer.acceptedOn')}>
          {formatDate(c.acceptedOn, language)}
        </Descriptions.Item>
        <Descriptions.Item label={t('form.archiveHolder')}>{c.archiveHolder}</Descriptions.Item>
        <Descriptions.Item label={t('officer.caseStatus')}>
          <span data-testid="case-status">
            {c.status === 'COMPLETED'
              ? c.outcome === 'VERIFIED'
                ? t('officer.caseVerified', { at: formatDateTime(c.completedAt, language) })
                : t('officer.caseFailed')
              : t('officer.caseOpen')}
          </span>
        </Descriptions.Item>
      </Descriptions>
      <Typography.Title level={3} style={{ fontSize: 16 }}>
        {t('officer.findings')}
      </Typography.Title>
      {/* Ant Design's empty list text is too pale for WCAG AA: a plain paragraph says "none". */}
      {c.findings && c.findings.length > 0 ? (
        <List
          size="small"
          data-testid="case-findings"
          dataSource={c.findings}
          renderItem={(f) => (
            <List.Item>
              <strong>{f.code}</strong> {f.note}
            </List.Item>
          )}
        />
      ) : (
        <Typography.Paragraph data-testid="case-findings">{t('officer.noFindings')}</Typography.Paragraph>
      )}
      <Typography.Title level={3} style={{ fontSize: 16, marginTop: 16 }}>
        {t('officer.checks')}
      </Typography.Title>
      <TaskTable
        tasks={c.tasks.items}
        onChanged={() => {
          reload({ requestPolicy: 'network-only' });
          onChanged();
        }}
      />
      <Button style={{ marginTop: 8 }} onClick={() => reload({ requestPolicy: 'network-only' })}>
        {t('officer.reloadCase')}
      </Button>
    </section>
  );
}

/** The officer's page of one application: all of it, and the decisions its state allows. */
export default function OfficerApplicationPage() {
  const { id = '' } = useParams();
  const { t, language } = useLanguage();
  const { me } = useSession();
  const { message } = App.useApp();
  const [{ data, fetching, error }, reload] = useQuery({
    query: APPLICATION,
    variables: { id },
    requestPolicy: 'network-only',
  });
  const [{ data: extra }, reloadExtra] = useQuery({
    query: OFFICER_APPLICATION,
    variables: { id },
    requestPolicy: 'network-only',
  });
  const [{ fetching: accepting }, accept] = useMutation(ACCEPT_APPLICATION);
  const [{ fetching: asking }, ask] = useMutation(REQUEST_MATERIALS);
  const [{ fetching: rejecting }, reject] = useMutation(REJECT_APPLICATION);
  const [{ fetching: revoking }, revoke] = useMutation(REVOKE_APPLICATION);
  const [{ fetching: claiming }, claim] = useMutation(CLAIM_APPLICATION);
  const { problem, show } = useProblem();
  const [receipt, setReceipt] = useState<string | undefined>();

  if (!data?.application)
    return fetching ? (
      <Spin />
    ) : (
      <ProblemAlert
        problem={
          error
            ? { code: 'ERROR', message: error.message, fields: [] }
            : { code: 'NOT_FOUND', message: t('error.notFound'), fields: [] }
        }
      />
    );
  const a = data.application;
  const more = extra?.application;
  const refresh = (): void => {
    reload({ requestPolicy: 'network-only' });
    reloadExtra({ requestPolicy: 'network-only' });
  };
  const isOfficer = me?.role === 'CENTRE_OFFICER';
  const name = a.form.personal.name;
  /**
   * A decision answered. A refusal stays on screen where it was asked (a CONFLICT: another officer
   * moved it meanwhile; nothing is overwritten) and the page shows the application as it is now.
   */
  const settle = (error: CombinedError | undefined, done: string): CombinedError | undefined => {
    if (!error) void message.success(done);
    refresh();
    return error;
  };
  /** A button's action has no form: its refusal is shown at the top of the page. */
  const act = (error: CombinedError | undefined, done: string): void => {
    show(error);
    settle(error, done);
  };

  const onAccept = async (): Promise<void> => {
    const answer = await accept({ id: a.id, version: a.version });
    if (answer.data?.acceptApplication.receiptNo) setReceipt(answer.data.acceptApplication.receiptNo);
    act(answer.error, t('officer.accepted', { receiptNo: answer.data?.acceptApplication.receiptNo ?? '' }));
  };

  const decisions = isOfficer && OPEN_STATES.includes(a.state) && (
    <Card title={t('officer.decisions')} size="small" style={{ marginBottom: 16 }}>
      <Tabs
        items={[
          ...(a.state === 'SUBMITTED' || a.state === 'MATERIALS_REQUIRED'
            ? [
                {
                  key: 'accept',
                  label: t('officer.accept'),
                  children: (
                    <Space orientation="vertical">
                      <Typography.Text>{t('officer.acceptHelp')}</Typography.Text>
                      <Button type="primary" loading={accepting} onClick={() => void onAccept()}>
                        {t('officer.accept')}
                      </Button>
                    </Space>
                  ),
                },
              ]
            : []),
          ...(a.state === 'SUBMITTED'
            ? [
                {
                  key: 'materials',
                  label: t('officer.requestMaterials'),
                  children: (
                    <RequestMaterialsForm
                      busy={asking}
                      onSend={async (missing) =>
                        settle(
                          (await ask({ id: a.id, version: a.version, missing })).error,
                          t('officer.materialsAsked'),
                        )
                      }
                    />
                  ),
                },
              ]
            : []),
          ...(a.state === 'ARCHIVE_REVIEW' || (a.state === 'SCORING' && more?.scoringFailure)
            ? [
                {
                  key: 'reject',
                  label: t('officer.reject'),
                  children: (
                    <ReasonForm
                      kind="reject"
                      busy={rejecting}
                      onSend={async (reason) =>
                        settle(
                          (await reject({ id: a.id, version: a.version, reason })).error,
                          t('officer.rejected'),
                        )
                      }
                    />
                  ),
                },
              ]
            : []),
          {
            key: 'revoke',
            label: t('officer.revoke'),
            children: (
              <ReasonForm
                kind="revoke"
                busy={revoking}
                onSend={async (employerRequest) =>
                  settle(
                    (await revoke({ id: a.id, version: a.version, employerRequest })).error,
                    t('officer.revoked'),
                  )
                }
              />
            ),
          },
        ]}
      />
    </Card>
  );

  return (
    <>
      <Link to={homeOf(me?.role)}>{t('officer.back')}</Link>
      <Typography.Title level={1} style={{ fontSize: 24 }}>
        {t('officer.title', { name, kind: enumLabel('ApplicationKind', a.kind, language) })}
      </Typography.Title>
      <Descriptions size="small" column={{ xs: 1, sm: 3 }} style={{ marginBottom: 16 }}>
        <Descriptions.Item label={t('queue.employer')}>{more?.employer.name ?? '—'}</Descriptions.Item>
        <Descriptions.Item label={t('queue.officer')}>
          <span data-testid="assigned-officer">
            <OfficerName id={more?.assignedOfficer} />
          </span>
        </Descriptions.Item>
        <Descriptions.Item label={t('queue.submittedAt')}>
          {formatDateTime(a.submittedAt, language)}
        </Descriptions.Item>
      </Descriptions>
      <ProblemAlert problem={problem} />
      {receipt && (
        <Alert
          type="success"
          showIcon
          role="status"
          style={{ marginBottom: 16 }}
          title={t('officer.accepted', { receiptNo: receipt })}
          data-testid="accepted-receipt"
        />
      )}
      {more?.scoringFailure && (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 16 }}
          title={t('officer.scoringFailure', { reason: more.scoringFailure })}
        />
      )}
      {more?.revocationRequest && (
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 16 }}
          title={t('officer.revocationRequest', { request: more.revocationRequest })}
        />
      )}
      {isOfficer && OPEN_STATES.includes(a.state) && more && !more.assignedOfficer && (
        <Button
          style={{ marginBottom: 16 }}
          loading={claiming}
          onClick={() =>
            void claim({ id: a.id }).then((answer) => act(answer.error, t('queue.claimed', { name })))
          }
        >
          {t('queue.claim')}
        </Button>
      )}
      {decisions}
      <Row gutter={24}>
        <Col xs={24} xl={14}>
          <ApplicationStatus application={a} />
          <Typography.Title level={2} style={{ fontSize: 20, marginTop: 16 }}>
            {t('officer.case')}
          </Typography.Title>
          {a.receiptNo ? (
            <VerificationCasePanel applicationId={a.id} onChanged={refresh} />
          ) : (
            <Typography.Paragraph>{t('officer.noCase')}</Typography.Paragraph>
          )}
          <Typography.Title level={2} style={{ fontSize: 20, marginTop: 16 }}>
            {t('officer.form')}
          </Typography.Title>
          <FormView form={a.form} />
        </Col>
        <Col xs={24} xl={10}>
          {a.assessment && <ScoreBreakdown score={a.assessment} title={t('officer.decided')} />}
          <ScoreBreakdown score={a.simulatedScore} title={t('officer.simulated')} />
        </Col>
      </Row>
    </>
  );
}
