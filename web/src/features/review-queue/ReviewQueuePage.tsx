import { App, Button, Typography } from 'antd';
import { useMutation } from 'urql';
import { ProblemAlert, useProblem } from '../../app/problem';
import { useSession } from '../../app/session';
import { useLanguage } from '../../i18n/language';
import { useDistrictName } from './district';
import { CLAIM_APPLICATION } from './queries';
import { ReviewQueue, type QueueRow } from './ReviewQueue';

/** The centre officer's home: the district's review queue, with claim on every free item. */
export default function ReviewQueuePage() {
  const { t } = useLanguage();
  const { me } = useSession();
  const district = useDistrictName(me?.district);
  const { message } = App.useApp();
  const [{ fetching }, claim] = useMutation(CLAIM_APPLICATION);
  const { problem, show } = useProblem();

  const claimRow = async (row: QueueRow, refresh: () => void): Promise<void> => {
    const answer = await claim({ id: row.id });
    // Another officer was quicker: say so (CONFLICT) and show the queue as it is now.
    if (!show(answer.error)) void message.success(t('queue.claimed', { name: row.form.personal.name }));
    refresh();
  };

  return (
    <>
      <Typography.Title level={1} style={{ fontSize: 24 }}>
        {t('queue.title', { district })}
      </Typography.Title>
      <ProblemAlert problem={problem} />
      <ReviewQueue
        label={t('queue.title', { district })}
        toggle="mine"
        action={(row, refresh) =>
          row.assignedOfficer === me?.id ? null : (
            <Button
              size="small"
              loading={fetching}
              aria-label={t('queue.claimFor', { name: row.form.personal.name })}
              onClick={() => void claimRow(row, refresh)}
            >
              {t('queue.claim')}
            </Button>
          )
        }
      />
    </>
  );
}
