import { Button } from 'antd';
import { useTranslation } from 'react-i18next';

type Pages = { hasNextPage: boolean; isFetchingNextPage: boolean; fetchNextPage: () => unknown };

/** "Show more" under a list read page by page (keyset cursors); nothing once the last page is in. */
export function LoadMore({ pages }: { pages: Pages }) {
  const { t } = useTranslation();
  if (!pages.hasNextPage) return null;
  return (
    <div className="load-more">
      <Button onClick={() => pages.fetchNextPage()} loading={pages.isFetchingNextPage}>
        {t('action.loadMore')}
      </Button>
    </div>
  );
}
