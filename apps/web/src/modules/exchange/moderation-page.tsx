import { useInfiniteQuery } from '@tanstack/react-query';
import { Result } from 'antd';
import { useTranslation } from 'react-i18next';
import { isStaff, useMe } from '../../app/auth.js';
import { LoadMore } from '../../shared/load-more.js';
import { Page } from '../../shared/page.js';
import { ProblemAlert } from '../../shared/problem.js';
import { exchangeApi, exchangeKeys } from './exchange.api.js';
import { OpportunityTable } from './opportunity-table.js';

/** Submitted opportunities an operator may publish or return; each opens on its own page. */
export function ModerationPage() {
  const { t } = useTranslation(['app', 'errors']);
  const { me } = useMe();
  const queue = useInfiniteQuery({
    queryKey: exchangeKeys.moderation,
    queryFn: ({ pageParam }) => exchangeApi.moderationQueue(pageParam),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (page) => page.nextCursor ?? undefined,
    enabled: isStaff(me),
  });
  if (!isStaff(me)) {
    return (
      <Page title={t('exchange.moderation.title')}>
        <Result status="403" subTitle={t('errors:operator_required')} />
      </Page>
    );
  }
  return (
    <Page title={t('exchange.moderation.title')} width="wide">
      <p className="section-intro">{t('exchange.moderation.intro')}</p>
      <ProblemAlert error={queue.error} />
      <OpportunityTable
        items={queue.data?.pages.flatMap((page) => page.items) ?? []}
        loading={queue.isPending}
        emptyText={t('exchange.moderation.empty')}
        variant="moderation"
      />
      <LoadMore pages={queue} />
    </Page>
  );
}
