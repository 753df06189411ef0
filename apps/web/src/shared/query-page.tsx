import type { UseQueryResult } from '@tanstack/react-query';
import { Spin } from 'antd';
import type { ReactNode } from 'react';
import { Page } from './page.js';
import { ProblemAlert } from './problem.js';

type QueryPageProps<T> = {
  query: UseQueryResult<T>;
  /** The page's title when the record cannot be shown (missing, forbidden, unreachable). */
  errorTitle: string;
  children: (data: T) => ReactNode;
};

/** A page about one record: a spinner while it loads, the API's problem if it fails, else the page. */
export function QueryPage<T>({ query, errorTitle, children }: QueryPageProps<T>) {
  if (query.isPending) return <Spin className="page-spinner" />;
  if (query.isError) {
    return (
      <Page title={errorTitle}>
        <ProblemAlert error={query.error} />
      </Page>
    );
  }
  return children(query.data);
}
