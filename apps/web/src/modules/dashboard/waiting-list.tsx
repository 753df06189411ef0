import { Badge, List } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import './dashboard.css';

type WaitingListProps<T> = {
  /** The heading's id, so that the list is named by it. */
  id: string;
  title: string;
  count: number;
  items: T[];
  empty: string;
  /** Where all of them are, when the list shows only the first few. */
  all?: ReactNode;
  /** A line under the heading when some wait: the soonest deadline, the longest wait. */
  note?: ReactNode;
  renderItem: (item: T) => ReactNode;
};

/** One kind of what waits: its count, the first few items each linking to where it is handled. */
export function WaitingList<T>({ id, title, count, items, empty, all, note, renderItem }: WaitingListProps<T>) {
  const { t } = useTranslation();
  return (
    <section className="dashboard-waiting" aria-labelledby={id} data-count={count}>
      <h3 id={id}>
        {title} {count > 0 && <Badge count={count} color="blue" title={t('dashboard.count', { n: count })} />}
      </h3>
      {count === 0 ? (
        <p className="muted">{empty}</p>
      ) : (
        <>
          {note && <p className="muted dashboard-note">{note}</p>}
          <List size="small" dataSource={items} renderItem={(item) => <List.Item>{renderItem(item)}</List.Item>} />
          {all && count > items.length && <p className="dashboard-all">{all}</p>}
        </>
      )}
    </section>
  );
}
