import { Button, Space } from 'antd';
import { useState } from 'react';
import { useLanguage } from '../i18n/language';

/** What the API answers for a keyset page (the fields the pager needs). */
interface KeysetPage {
  hasNextPage: boolean;
  endCursor?: string | null;
}

/**
 * Keyset paging as the API gives it (an `after` cursor per page, no page numbers): a stack of the
 * cursors walked so far, so 上一页 goes back and a filter change starts again at page 1.
 */
export function useKeysetPages() {
  // cursors[i] is the `after` of page i+1 (page 1 has none).
  const [cursors, setCursors] = useState<Array<string | null>>([null]);
  return {
    after: cursors[cursors.length - 1] ?? null,
    pageNumber: cursors.length,
    previous: () => setCursors((c) => (c.length > 1 ? c.slice(0, -1) : c)),
    next: (endCursor: string) => setCursors((c) => [...c, endCursor]),
    restart: () => setCursors([null]),
  };
}

/** 上一页 · 第 n 页 · 下一页 under a list. */
export function KeysetPager({
  pages,
  page,
  testId,
  style,
}: {
  pages: ReturnType<typeof useKeysetPages>;
  page: KeysetPage | null | undefined;
  /** The page number's test id, where a test reads it. */
  testId?: string;
  style?: React.CSSProperties;
}) {
  const { t } = useLanguage();
  return (
    <Space style={style ?? { marginTop: 16 }}>
      <Button disabled={pages.pageNumber <= 1} onClick={pages.previous}>
        {t('queue.previous')}
      </Button>
      <span data-testid={testId}>{t('queue.page', { n: pages.pageNumber })}</span>
      <Button
        disabled={!page?.hasNextPage || !page.endCursor}
        onClick={() => page?.endCursor && pages.next(page.endCursor)}
      >
        {t('queue.next')}
      </Button>
    </Space>
  );
}
